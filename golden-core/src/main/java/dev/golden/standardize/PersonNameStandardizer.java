package dev.golden.standardize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A person's whole name, in Latin or Han script, in either order.
 *
 * <p>Latin names become lower-case ASCII tokens, given name first, without titles ({@code Dr.},
 * {@code Mrs}) and with a nickname in the given-name position replaced by its formal name ({@code
 * Smith, Bob → robert smith}). Han names become simplified characters without spaces ({@code 張偉 →
 * 张伟}) split into family and given name. Both carry a {@link Part#PINYIN} part, family name first
 * with the given name's syllables joined ({@code zhang wei}, {@code ouyang nana}), so that {@code
 * 张伟}, {@code Zhang Wei} and {@code Wei Zhang} compare equal. A Latin name that is itself pinyin
 * with a common Chinese surname is written family name first in its canonical form too.
 */
final class PersonNameStandardizer implements Standardizer {
  private final Nicknames nicknames;

  PersonNameStandardizer(Nicknames nicknames) {
    this.nicknames = nicknames;
  }

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.basicClean(raw);
    if (ChineseText.containsHan(text)) {
      return han(raw, text);
    }
    return latin(raw, text);
  }

  private static StandardValue han(String raw, String text) {
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.SCRIPT, NameText.hasLatinLetter(text) ? NameText.MIXED : NameText.HAN);
    String name = NameText.hanOnly(text);
    name = Honorifics.moveChineseTitle(name, parts);
    int dot = name.lastIndexOf('·');
    if (dot >= 0) {
      // A transliterated foreign name (约翰·史密斯): the family name is the last segment.
      String family = name.substring(dot + 1);
      String given = name.substring(0, dot);
      parts.put(Part.FAMILY, family);
      parts.put(Part.GIVEN, given);
      parts.put(Part.PINYIN, ChineseText.pinyin(name));
      return new StandardValue.Present(raw, name, parts, List.of());
    }
    String family = ChineseSurnames.familyOf(name);
    String given = name.substring(family.length());
    parts.put(Part.FAMILY, family);
    String pinyin = ChineseSurnames.pinyin(family);
    if (!given.isEmpty()) {
      parts.put(Part.GIVEN, given);
      pinyin = pinyin + ' ' + ChineseText.joinedPinyin(given);
    }
    parts.put(Part.PINYIN, pinyin);
    return new StandardValue.Present(raw, name, parts, List.of());
  }

  private StandardValue latin(String raw, String text) {
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.SCRIPT, NameText.LATIN);
    int comma = text.indexOf(',');
    List<String> before = NameText.latinTokens(comma < 0 ? text : text.substring(0, comma));
    List<String> after = comma < 0 ? List.of() : NameText.latinTokens(text.substring(comma + 1));

    List<String> titles = new ArrayList<>(1);
    List<String> generation = new ArrayList<>(1);
    stripTitles(before, titles);
    stripTitles(after, titles);
    stripSuffixes(before, generation);
    stripSuffixes(after, generation);
    if (!titles.isEmpty()) {
      parts.put(Part.HONORIFIC, String.join(" ", titles));
    }

    // "Smith, John" names the family first; "John Smith, PhD" only had a suffix after the comma.
    boolean familyFirst = !after.isEmpty() && !before.isEmpty();
    List<String> family;
    List<String> rest;
    if (familyFirst) {
      family = before;
      rest = after;
    } else {
      List<String> all = before.isEmpty() ? after : before;
      if (all.isEmpty()) {
        return new StandardValue.Present(raw, Texts.lower(text), parts,
            List.of("no name left after removing titles"));
      }
      family = all.subList(all.size() - 1, all.size());
      rest = all.subList(0, all.size() - 1);
    }

    Optional<PinyinName> pinyin = PinyinName.recognise(family, rest, familyFirst, text);
    if (pinyin.isPresent()) {
      PinyinName name = pinyin.get();
      parts.put(Part.FAMILY, name.family());
      parts.put(Part.GIVEN, name.given());
      parts.put(Part.PINYIN, name.pinyin());
      parts.put(Part.PHONETIC, NameText.phonetic(List.of(name.family(), name.given())));
      return new StandardValue.Present(raw, withGeneration(name.pinyin(), generation), parts, List.of());
    }

    List<String> tokens = new ArrayList<>(rest.size() + family.size());
    if (!rest.isEmpty()) {
      String given = nicknames.formalOf(rest.get(0));
      tokens.add(given);
      parts.put(Part.GIVEN, given);
      if (rest.size() > 1) {
        List<String> middle = rest.subList(1, rest.size());
        parts.put(Part.MIDDLE, String.join(" ", middle));
        tokens.addAll(middle);
      }
    }
    parts.put(Part.FAMILY, String.join(" ", family));
    tokens.addAll(family);
    parts.put(Part.PHONETIC, NameText.phonetic(tokens));
    return new StandardValue.Present(
        raw, withGeneration(String.join(" ", tokens), generation), parts, List.of());
  }

  private static String withGeneration(String name, List<String> generation) {
    return generation.isEmpty() ? name : name + ' ' + String.join(" ", generation);
  }

  private static void stripTitles(List<String> tokens, List<String> titles) {
    while (tokens.size() > 1 && Honorifics.LATIN_TITLES.contains(tokens.get(0))) {
      titles.add(tokens.remove(0));
    }
    // "Smith, Mr John": the title may also follow the comma, and stand alone there.
    if (tokens.size() == 1 && Honorifics.LATIN_TITLES.contains(tokens.get(0))) {
      titles.add(tokens.remove(0));
    }
  }

  private static void stripSuffixes(List<String> tokens, List<String> generation) {
    while (!tokens.isEmpty()) {
      String last = tokens.get(tokens.size() - 1);
      if (Honorifics.LATIN_POST_NOMINALS.contains(last) && tokens.size() > 1) {
        tokens.remove(tokens.size() - 1);
      } else if (Honorifics.GENERATIONAL.contains(last) && tokens.size() > 1) {
        generation.add(0, tokens.remove(tokens.size() - 1));
      } else if (tokens.size() == 1 && (Honorifics.LATIN_POST_NOMINALS.contains(last)
          || Honorifics.GENERATIONAL.contains(last))) {
        // alone after a comma: "Smith Jr., John" or "John Smith, PhD"
        if (Honorifics.GENERATIONAL.contains(last)) {
          generation.add(0, last);
        }
        tokens.remove(0);
      } else {
        return;
      }
    }
  }

  /** A Latin name whose tokens are pinyin and one of which is a common Chinese surname. */
  record PinyinName(String family, String given) {
    private static final Pattern NON_LETTERS = Pattern.compile("[^\\p{L}]+");

    String pinyin() {
      return given.isEmpty() ? family : family + ' ' + given;
    }

    /**
     * The family name is the surname token the writer marked (after a comma, or in capitals, as in
     * {@code ZHANG Wei}), else the commoner surname of the first and last tokens.
     */
    static Optional<PinyinName> recognise(
        List<String> family, List<String> rest, boolean familyFirst, String original) {
      int count = family.size() + rest.size();
      if (count < 2 || count > 3) {
        return Optional.empty();
      }
      List<String> tokens = new ArrayList<>(count);
      if (familyFirst) {
        tokens.addAll(family);
        tokens.addAll(rest);
      } else {
        tokens.addAll(rest);
        tokens.addAll(family);
      }
      for (int i = 0; i < tokens.size(); i++) {
        String token = NameText.pinyinSpelling(tokens.get(i));
        if (!PinyinSyllables.isPinyin(token)) {
          return Optional.empty();
        }
        tokens.set(i, token);
      }
      int familyIndex;
      if (familyFirst) {
        if (family.size() != 1 || ChineseSurnames.rankOfPinyin(tokens.get(0)).isEmpty()) {
          return Optional.empty();
        }
        familyIndex = 0;
      } else {
        familyIndex = capitalised(tokens, original);
        if (familyIndex < 0) {
          familyIndex = commonerEnd(tokens);
        }
        if (familyIndex < 0) {
          return Optional.empty();
        }
      }
      StringBuilder given = new StringBuilder();
      for (int i = 0; i < tokens.size(); i++) {
        if (i != familyIndex) {
          given.append(tokens.get(i));
        }
      }
      return Optional.of(new PinyinName(tokens.get(familyIndex), given.toString()));
    }

    // ZHANG Wei: a surname alone in capitals among mixed-case tokens marks the family name.
    private static int capitalised(List<String> tokens, String original) {
      String[] words = NON_LETTERS.split(Texts.foldAccents(original));
      int found = -1;
      int upperWords = 0;
      for (String word : words) {
        if (word.length() > 1 && word.equals(Texts.upper(word))) {
          upperWords++;
          String token = NameText.pinyinSpelling(Texts.lower(word));
          int index = tokens.indexOf(token);
          if (index == 0 || index == tokens.size() - 1) {
            found = ChineseSurnames.rankOfPinyin(token).isPresent() ? index : found;
          }
        }
      }
      return upperWords == 1 ? found : -1;
    }

    private static int commonerEnd(List<String> tokens) {
      int last = tokens.size() - 1;
      int firstRank = ChineseSurnames.rankOfPinyin(tokens.get(0)).orElse(Integer.MAX_VALUE);
      int lastRank = ChineseSurnames.rankOfPinyin(tokens.get(last)).orElse(Integer.MAX_VALUE);
      if (firstRank == Integer.MAX_VALUE && lastRank == Integer.MAX_VALUE) {
        return -1;
      }
      // Latin-script order puts the family name last, so a tie goes to the last token.
      return lastRank <= firstRank ? last : 0;
    }
  }
}
