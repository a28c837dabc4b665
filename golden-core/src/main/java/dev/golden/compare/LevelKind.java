package dev.golden.compare;

/** The test a comparison level applies to the two values of a pair. */
public enum LevelKind {
  /** Values are identical (term-frequency adjustable). */
  EXACT,
  /** Jaro-Winkler similarity at least the threshold. */
  JARO_WINKLER,
  /** Damerau-Levenshtein (optimal string alignment) distance at most the threshold. */
  DAMERAU_LEVENSHTEIN,
  /** Share of the shorter side's tokens that have a near-equal token on the other side. */
  TOKEN_SET,
  /**
   * Share of the words of the less informative value that the other shares, words weighed by
   * their rarity in the column (see {@link RareWordOverlap}), at least the threshold.
   */
  RARE_WORDS,
  /** Jaccard similarity of the token sets at least the threshold. */
  JACCARD,
  /** The level's own attribute (e.g. a phonetic code) is identical on both sides. */
  ATTRIBUTE_EXACT,
  /**
   * This attribute equals the other record's level attribute and vice versa (swapped names);
   * with a threshold, both crossings need a Jaro-Winkler similarity at least that high.
   */
  SWAPPED_WITH,
  /**
   * This attribute of either record equals the level attribute of the other (a given name typed
   * in the family name field); with a threshold, Jaro-Winkler at least that high.
   */
  CROSS_MATCH,
  /** One side is a single letter equal to the first letter of the other (an initial). */
  INITIAL,
  /** The last {@code threshold} digits are equal (phones typed without area or country code). */
  LAST_DIGITS,
  /** Email local parts (before the @) are identical. */
  EMAIL_LOCAL_PART,
  /** ISO dates with day and month swapped. */
  DAY_MONTH_SWAPPED,
  /** ISO dates at most {@code threshold} days apart. */
  DAYS_APART,
  /** Leading numbers at most {@code threshold} apart (house numbers, numeric postcodes). */
  NUMBER_WITHIN,
  /** The first {@code threshold} characters are equal. */
  PREFIX;

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
