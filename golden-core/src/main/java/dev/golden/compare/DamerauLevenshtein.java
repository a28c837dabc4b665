package dev.golden.compare;

/**
 * Damerau-Levenshtein distance in its optimal string alignment form: the fewest insertions,
 * deletions, substitutions and transpositions of two adjacent characters that turn one string
 * into the other, where no substring is edited twice. So {@code "ca"} to {@code "abc"} costs 3
 * (the unrestricted distance would be 2), which is the variant Splink and most databases call
 * Damerau-Levenshtein. Characters are UTF-16 code units.
 */
public final class DamerauLevenshtein {
  private DamerauLevenshtein() {}

  /** The optimal string alignment distance. */
  public static int distance(String a, String b) {
    return EditDistance.distance(a, 0, a.length(), b, 0, b.length(), Integer.MAX_VALUE, true);
  }

  /**
   * The distance if it is at most {@code max}, otherwise {@code max + 1}, found in time
   * proportional to {@code max} times the length rather than the product of the lengths.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static int distance(String a, String b, int max) {
    return EditDistance.distance(a, 0, a.length(), b, 0, b.length(), max, true);
  }

  /** {@code 1 - distance / longer length}; 1 for two empty strings. */
  public static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
  }

  /** Whether {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)} are at most {@code max} apart. */
  static boolean atMost(String a, int aFrom, int aTo, String b, int bFrom, int bTo, int max) {
    return EditDistance.distance(a, aFrom, aTo, b, bFrom, bTo, max, true) <= max;
  }
}
