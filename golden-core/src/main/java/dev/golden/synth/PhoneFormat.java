package dev.golden.synth;

/** The ways people and systems write the same telephone number. */
enum PhoneFormat {
  /** How the country usually writes it: (212) 555-0147, 020 7946 0123, 138-0013-8000, (02) 9123 4567. */
  NATIONAL,
  /** National digits only: 2125550147, 02079460123, 13800138000. */
  NATIONAL_COMPACT,
  /** National digits in groups with hyphens: 212-555-0147, 010-6552-8899. */
  NATIONAL_HYPHENATED,
  /** +86 138 0013 8000. */
  INTERNATIONAL,
  /** +8613800138000. */
  E164,
  /** 0086 13800138000, as dialled from abroad with the 00 prefix. */
  DOUBLE_ZERO;

  private static final PhoneFormat[] ALL = values();

  static PhoneFormat any(Dice dice) {
    return ALL[dice.nextInt(ALL.length)];
  }

  String format(Phone phone) {
    return switch (this) {
      case NATIONAL -> national(phone);
      case NATIONAL_COMPACT -> phone.trunk() + phone.significant();
      case NATIONAL_HYPHENATED -> phone.trunk() + String.join("-", phone.groups());
      case INTERNATIONAL -> "+" + phone.culture().callingCode() + " " + String.join(" ", phone.groups());
      case E164 -> "+" + phone.culture().callingCode() + phone.significant();
      case DOUBLE_ZERO -> "00" + phone.culture().callingCode() + " " + phone.significant();
    };
  }

  private static String national(Phone phone) {
    var groups = phone.groups();
    return switch (phone.culture()) {
      case US -> "(" + groups.get(0) + ") " + groups.get(1) + "-" + groups.get(2);
      case CN -> phone.mobile()
          ? String.join("-", groups)
          : "0" + groups.get(0) + "-" + groups.get(1) + groups.get(2);
      case AU -> phone.mobile()
          ? "0" + String.join(" ", groups)
          : "(0" + groups.get(0) + ") " + groups.get(1) + " " + groups.get(2);
      case GB -> "0" + String.join(" ", groups);
    };
  }
}
