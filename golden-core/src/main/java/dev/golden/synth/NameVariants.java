package dev.golden.synth;

import java.util.List;
import java.util.Locale;

/**
 * Writes a person's name into the given/family columns the way another system or clerk would:
 * nicknames, initials, typos, case, swapped parts, "Surname, Given" in one column, honorifics,
 * stray spaces, missing parts; for Chinese names also traditional script, homophones and pinyin.
 */
final class NameVariants {
  private static final String[] HONORIFICS = {"Mr", "Mr.", "Dr", "Dr."};
  private static final String[] HONORIFICS_FEMALE = {"Mrs", "Ms", "Ms.", "Miss", "Dr"};

  private NameVariants() {}

  static void clean(Draft draft, PersonName name) {
    draft.givenName = name.given();
    draft.familyName = name.family();
  }

  static void vary(Draft draft, PersonName name, Culture culture, Script script, Dice dice) {
    if (name.han() && script == Script.PINYIN) {
      pinyin(draft, name, dice);
    } else if (name.han()) {
      han(draft, name, script == Script.TRADITIONAL, dice);
    } else {
      latin(draft, name, dice);
    }
    if (dice.chance(0.03)) {
      draft.givenName = Placeholders.missing(culture, dice);
    }
  }

  private static void pinyin(Draft draft, PersonName name, Dice dice) {
    String given = ChineseText.pinyinGiven(name.givenPinyin(), dice);
    String family = ChineseText.pinyinFamily(name.familyPinyin(), dice);
    double u = dice.nextDouble();
    if (u < 0.15) {
      draft.givenName = family;
      draft.familyName = given;
    } else if (u < 0.25) {
      draft.givenName = "";
      draft.familyName = family.toUpperCase(Locale.ROOT) + " " + given;
    } else {
      draft.givenName = given;
      draft.familyName = family;
    }
  }

  private static void han(Draft draft, PersonName name, boolean traditional, Dice dice) {
    String given = name.given();
    String family = name.family();
    if (dice.chance(0.1)) {
      given = ChineseText.homophone(given, name.givenPinyin(), dice);
    }
    if (traditional) {
      given = ChineseText.traditional(given);
      family = ChineseText.traditional(family);
    }
    double u = dice.nextDouble();
    if (u < 0.08) {
      draft.givenName = "";
      draft.familyName = family + given;
    } else if (u < 0.12) {
      draft.givenName = "";
      draft.familyName = family + given + (name.female() ? "女士" : "先生");
    } else if (u < 0.16) {
      draft.givenName = family;
      draft.familyName = given;
    } else if (u < 0.2) {
      draft.givenName = "";
      draft.familyName = family + " " + given;
    } else {
      draft.givenName = given;
      draft.familyName = family;
    }
  }

  private static void latin(Draft draft, PersonName name, Dice dice) {
    String given = name.given();
    String family = name.family();
    List<String> nicknames = Vocabulary.INSTANCE.nicknames.get(given);
    if (nicknames != null && dice.chance(0.2)) {
      given = dice.pick(nicknames);
    } else if (dice.chance(0.08)) {
      given = given.charAt(0) + (dice.chance(0.5) ? "." : "");
    }
    if (dice.chance(0.08)) {
      given = misspell(given, dice);
    }
    if (dice.chance(0.1)) {
      family = misspell(family, dice);
    }
    if (dice.chance(0.08)) {
      boolean upper = dice.chance(0.7);
      given = upper ? given.toUpperCase(Locale.ROOT) : given.toLowerCase(Locale.ROOT);
      family = upper ? family.toUpperCase(Locale.ROOT) : family.toLowerCase(Locale.ROOT);
    }
    if (dice.chance(0.05)) {
      given = dice.pick(name.female() ? HONORIFICS_FEMALE : HONORIFICS) + " " + given;
    }
    double u = dice.nextDouble();
    if (u < 0.05) {
      draft.givenName = family;
      draft.familyName = given;
    } else if (u < 0.1) {
      draft.givenName = "";
      draft.familyName = family + ", " + given;
    } else if (u < 0.14) {
      draft.givenName = " " + given + "  ";
      draft.familyName = family + " ";
    } else {
      draft.givenName = given;
      draft.familyName = family;
    }
  }

  private static String misspell(String text, Dice dice) {
    return dice.chance(0.75) ? Typos.keyboard(text, dice) : Typos.ocr(text, dice);
  }
}
