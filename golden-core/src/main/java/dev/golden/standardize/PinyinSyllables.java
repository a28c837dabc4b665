package dev.golden.standardize;

import java.util.HashSet;
import java.util.Set;

/**
 * Recognises Latin words written in toneless pinyin, such as {@code xiaoming} (xiao + ming). The
 * syllable inventory is read once from the pinyin of the basic Han block, so it is the same
 * spelling that {@link ChineseText#pinyin(String)} produces.
 */
final class PinyinSyllables {
  private PinyinSyllables() {}

  private static final class Holder {
    static final Set<String> SYLLABLES = load();
    static final int LONGEST = SYLLABLES.stream().mapToInt(String::length).max().orElse(0);
  }

  /** Whether the lower-case word splits completely into pinyin syllables. */
  static boolean isPinyin(String word) {
    return !word.isEmpty() && splits(word, 0, 0);
  }

  // Longest syllable first, backtracking: "xian" is xian, "xiaoming" is xiao + ming. A name has at
  // most a handful of syllables, so the recursion stays shallow.
  private static boolean splits(String word, int from, int depth) {
    if (from == word.length()) {
      return true;
    }
    if (depth > 4) {
      return false;
    }
    int max = Math.min(Holder.LONGEST, word.length() - from);
    for (int length = max; length >= 1; length--) {
      if (Holder.SYLLABLES.contains(word.substring(from, from + length))
          && splits(word, from + length, depth + 1)) {
        return true;
      }
    }
    return false;
  }

  private static Set<String> load() {
    Set<String> syllables = new HashSet<>();
    for (char c = '\u4e00'; c <= '\u9fa5'; c++) {
      String syllable = ChineseText.syllable(c);
      if (!syllable.isEmpty()) {
        syllables.add(syllable);
      }
    }
    syllables.add("lv"); // ü spelled v, as on post-2012 passports (lyu) and in input methods
    syllables.add("lyu");
    syllables.add("nv");
    syllables.add("nyu");
    return Set.copyOf(syllables);
  }
}
