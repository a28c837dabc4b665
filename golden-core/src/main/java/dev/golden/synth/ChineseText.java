package dev.golden.synth;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ways the same Chinese text is written elsewhere: traditional script (Hong Kong, Taiwan, older
 * systems), pinyin in Latin script, a homophone picked by an input method, full-width digits.
 */
final class ChineseText {
  private static final Map<Character, Character> TRADITIONAL = Vocabulary.INSTANCE.traditional;
  private static final Map<String, List<String>> HOMOPHONES = homophones();

  private ChineseText() {}

  /**
   * The text in traditional script, character by character. A table of the generator's own
   * characters suffices and starts instantly, where a full converter takes seconds to load.
   */
  static String traditional(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = TRADITIONAL.getOrDefault(chars[i], chars[i]);
    }
    return new String(chars);
  }

  /** "xiu ying" as written in passports ("Xiuying"), by some ("Xiu Ying") or in Hong Kong style ("Xiu-Ying"). */
  static String pinyinGiven(String pinyin, Dice dice) {
    String[] syllables = pinyin.split(" ");
    if (syllables.length == 1) {
      return capitalize(syllables[0]);
    }
    return switch (dice.nextInt(4)) {
      case 0 -> capitalize(syllables[0]) + " " + capitalize(syllables[1]);
      case 1 -> capitalize(syllables[0]) + "-" + syllables[1];
      default -> capitalize(syllables[0]) + syllables[1];
    };
  }

  /** "zhang" as "Zhang", or "ZHANG" the way passports and many forms write family names. */
  static String pinyinFamily(String pinyin, Dice dice) {
    String joined = pinyin.replace(" ", "");
    return dice.chance(0.35) ? joined.toUpperCase(Locale.ROOT) : capitalize(joined);
  }

  /** Replaces one single-character given name by another with the same sound (静 for 晶), if there is one. */
  static String homophone(String han, String pinyin, Dice dice) {
    List<String> candidates = HOMOPHONES.get(pinyin);
    if (han.length() != 1 || candidates == null || candidates.size() < 2) {
      return han;
    }
    String other = candidates.get(dice.nextInt(candidates.size()));
    return other.equals(han) ? candidates.get((candidates.indexOf(han) + 1) % candidates.size()) : other;
  }

  static String fullWidthDigits(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] >= '0' && chars[i] <= '9') {
        chars[i] = (char) (chars[i] - '0' + '０');
      }
    }
    return new String(chars);
  }

  static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static Map<String, List<String>> homophones() {
    Map<String, List<String>> byPinyin = new HashMap<>();
    for (Vocabulary.HanWord name : Vocabulary.INSTANCE.chineseGivenNames.items()) {
      if (name.han().length() == 1) {
        byPinyin.computeIfAbsent(name.pinyin(), p -> new ArrayList<>()).add(name.han());
      }
    }
    return Map.copyOf(byPinyin);
  }
}
