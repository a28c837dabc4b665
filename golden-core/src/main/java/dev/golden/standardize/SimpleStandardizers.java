package dev.golden.standardize;

/** The roles whose values need only light cleaning. */
final class SimpleStandardizers {
  private SimpleStandardizers() {}

  /** A picklist value: trimmed, single spaces, lower case. */
  static final Standardizer CATEGORY =
      (raw, context) -> StandardValue.of(raw, Texts.lower(Texts.collapseWhitespace(Texts.nfkc(raw))));

  /** An identifier from a source system: only trimmed, since its case and spacing may matter. */
  static final Standardizer IDENTIFIER = (raw, context) -> StandardValue.of(raw, raw.strip());

  /** Free text: white space collapsed, nothing else touched. */
  static final Standardizer FREE_TEXT =
      (raw, context) -> StandardValue.of(raw, Texts.collapseWhitespace(raw));
}
