package dev.golden.synth;

import java.util.List;

/**
 * A telephone number as its parts: the national trunk prefix ("0" in China, the UK and Australia
 * for area codes, none for US numbers and Chinese mobiles) and the digit groups of the national
 * significant number, e.g. {@code 138 0013 8000} or {@code 20 7946 0123}.
 */
record Phone(Culture culture, String trunk, List<String> groups) {
  private static final String[] CHINESE_MOBILE_PREFIXES = {
      "130", "131", "132", "133", "135", "136", "137", "138", "139",
      "150", "151", "152", "153", "155", "156", "157", "158", "159",
      "180", "181", "182", "183", "185", "186", "187", "188", "189"};

  /** A mobile number of the country (US mobiles look like landlines). */
  private static final String[] US_MOBILE_AREA_CODES = {
      "212", "646", "917", "347", "213", "310", "424", "312", "773", "713", "832", "281", "602", "480", "215",
      "267", "619", "858", "214", "469", "512", "737", "206", "425", "303", "720", "617", "857", "404", "678",
      "305", "786", "503", "971", "614", "704", "980", "612", "952"};

  static Phone mobile(Culture culture, Dice dice) {
    return switch (culture) {
      case CN -> chineseMobile(dice);
      case GB -> britishMobile(dice);
      case AU -> australianMobile(dice);
      case US -> american(dice, dice.pick(US_MOBILE_AREA_CODES));
    };
  }

  static Phone chineseMobile(Dice dice) {
    return new Phone(Culture.CN, "", List.of(dice.pick(CHINESE_MOBILE_PREFIXES), dice.digits(4), dice.digits(4)));
  }

  /** A Chinese landline: area code and an eight-digit subscriber number starting 2-8. */
  static Phone chineseLandline(Dice dice, String areaCode) {
    return new Phone(Culture.CN, "0", List.of(areaCode, dice.between(2, 8) + dice.digits(3), dice.digits(4)));
  }

  /** A US number; US mobiles and landlines look alike. */
  static Phone american(Dice dice, String areaCode) {
    return new Phone(Culture.US, "", List.of(areaCode, dice.between(2, 9) + dice.digits(2), dice.digits(4)));
  }

  static Phone britishLandline(Dice dice, String areaCode) {
    return areaCode.length() == 2
        ? new Phone(Culture.GB, "0", List.of(areaCode, dice.between(3, 8) + dice.digits(3), dice.digits(4)))
        : new Phone(Culture.GB, "0", List.of(areaCode, dice.between(2, 9) + dice.digits(2), dice.digits(4)));
  }

  static Phone britishMobile(Dice dice) {
    return new Phone(Culture.GB, "0", List.of("7" + dice.between(4, 9) + dice.digits(2), dice.digits(6)));
  }

  static Phone australianLandline(Dice dice, String areaCode) {
    return new Phone(Culture.AU, "0", List.of(areaCode, dice.between(3, 9) + dice.digits(3), dice.digits(4)));
  }

  static Phone australianMobile(Dice dice) {
    return new Phone(Culture.AU, "0", List.of("4" + dice.digits(2), dice.digits(3), dice.digits(3)));
  }

  boolean mobile() {
    String first = groups.get(0);
    return switch (culture) {
      case CN -> trunk.isEmpty();
      case GB -> first.startsWith("7");
      case AU -> first.startsWith("4");
      case US -> false;
    };
  }

  /** The national significant number without separators. */
  String significant() {
    return String.join("", groups);
  }
}
