package dev.golden.synth;

/**
 * A person's clean name. For Chinese persons {@code given}/{@code family} are in Han script and the
 * pinyin is kept beside them (syllables separated by spaces, lower case: "xiu ying", "zhang").
 */
record PersonName(String given, String family, String givenPinyin, String familyPinyin, boolean female) {
  static final PersonName NONE = new PersonName("", "", "", "", false);

  static PersonName latin(String given, String family, boolean female) {
    return new PersonName(given, family, "", "", female);
  }

  boolean isPresent() {
    return !family.isEmpty();
  }

  boolean han() {
    return !familyPinyin.isEmpty();
  }
}
