package dev.golden.standardize;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One part of a person's name held in its own field: a given (or middle) name, or a family name.
 * Cleaned like a whole name, with the value itself as the one part; Han values also get their
 * pinyin, family names with surname readings ({@code 单 → shan}). A Han family name that is a
 * whole name ({@code 宋彤}) keeps it as its value, with the surname and the given name as parts.
 */
final class NamePartStandardizer implements Standardizer {
  private final Part part;
  private final Nicknames nicknames;

  /** @param part {@link Part#GIVEN} or {@link Part#FAMILY} */
  NamePartStandardizer(Part part, Nicknames nicknames) {
    if (part != Part.GIVEN && part != Part.FAMILY) {
      throw new IllegalArgumentException("a name part is GIVEN or FAMILY, not " + part);
    }
    this.part = part;
    this.nicknames = nicknames;
  }

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.basicClean(raw);
    Map<Part, String> parts = new EnumMap<>(Part.class);
    if (ChineseText.containsHan(text)) {
      parts.put(Part.SCRIPT, NameText.hasLatinLetter(text) ? NameText.MIXED : NameText.HAN);
      String name = NameText.hanOnly(text);
      name = Honorifics.moveChineseTitle(name, parts);
      if (part == Part.FAMILY) {
        // A whole name in the surname field (宋彤先生): the surname, with the given name as a part of its own.
        String family = ChineseSurnames.surnameOfWholeName(name).orElse(name);
        if (family.length() < name.length()) {
          parts.put(Part.GIVEN, name.substring(family.length()));
        }
        parts.put(Part.FAMILY, family);
        parts.put(Part.PINYIN, ChineseSurnames.pinyin(family));
      } else {
        parts.put(part, name);
        parts.put(Part.PINYIN, ChineseText.joinedPinyin(name));
      }
      return new StandardValue.Present(raw, name, parts, List.of());
    }

    parts.put(Part.SCRIPT, NameText.LATIN);
    List<String> tokens = new ArrayList<>(NameText.latinTokens(text));
    List<String> titles = new ArrayList<>(1);
    while (tokens.size() > 1 && Honorifics.LATIN_TITLES.contains(tokens.get(0))) {
      titles.add(tokens.remove(0));
    }
    if (!titles.isEmpty()) {
      parts.put(Part.HONORIFIC, String.join(" ", titles));
    }
    if (tokens.isEmpty()) {
      return new StandardValue.Present(raw, Texts.lower(text), parts, List.of("no name left"));
    }
    if (part == Part.GIVEN) {
      tokens.set(0, nicknames.formalOf(tokens.get(0)));
    }
    String name = String.join(" ", tokens);
    parts.put(part, name);
    parts.put(Part.PHONETIC, NameText.phonetic(tokens));
    String joined = NameText.pinyinSpelling(String.join("", tokens));
    boolean pinyin = part == Part.FAMILY
        ? ChineseSurnames.rankOfPinyin(joined).isPresent()
        : tokens.size() <= 2 && PinyinSyllables.isPinyin(joined);
    if (pinyin) {
      parts.put(Part.PINYIN, joined);
    }
    return new StandardValue.Present(raw, name, parts, List.of());
  }
}
