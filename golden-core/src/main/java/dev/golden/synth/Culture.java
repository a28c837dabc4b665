package dev.golden.synth;

/** Where a synthetic customer lives; decides script, name order, address and phone formats. */
enum Culture {
  CN("86"), US("1"), GB("44"), AU("61");

  private final String callingCode;

  Culture(String callingCode) {
    this.callingCode = callingCode;
  }

  String callingCode() {
    return callingCode;
  }

  /** The ISO 3166 alpha-2 code written in the country column. */
  String countryCode() {
    return name();
  }

  boolean chinese() {
    return this == CN;
  }
}
