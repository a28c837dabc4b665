package dev.golden.compare;

/**
 * Levenshtein distance: the fewest single-character insertions, deletions and substitutions that
 * turn one string into the other. Characters are UTF-16 code units. Prefer {@link
 * DamerauLevenshtein} for typed values, where swapped neighbours are a common slip.
 */
public final class Levenshtein {
  private Levenshtein() {}

  /** The Levenshtein distance. */
  public static int distance(String a, String b) {
    return EditDistance.distance(a, 0, a.length(), b, 0, b.length(), Integer.MAX_VALUE, false);
  }

  /**
   * The distance if it is at most {@code max}, otherwise {@code max + 1}, found in time
   * proportional to {@code max} times the length.
   *
   * @throws IllegalArgumentException if {@code max} is negative
   */
  public static int distance(String a, String b, int max) {
    return EditDistance.distance(a, 0, a.length(), b, 0, b.length(), max, false);
  }

  /** {@code 1 - distance / longer length}; 1 for two empty strings. */
  public static double similarity(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) distance(a, b) / longer;
  }
}
