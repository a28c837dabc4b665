package dev.golden.compare;

/**
 * The tests of comparison levels that have no similarity class of their own, on two present
 * values: one definition for the batch {@link ComparisonEvaluator} and the scorer of a single
 * record against its candidates on entry, so both give a pair the same level.
 */
public final class ValueChecks {
  private ValueChecks() {}

  /** Jaro-Winkler at least {@code jaroWinkler}, or equal values when it is 0. */
  public static boolean similar(String x, String y, double jaroWinkler) {
    return jaroWinkler == 0 ? x.equals(y) : JaroWinkler.atLeast(x, y, jaroWinkler);
  }

  /** {@code initial} is one letter and {@code name}, a longer value, begins with it. */
  public static boolean isInitialOf(String initial, String name) {
    return initial.length() == 1 && name.length() > 1 && name.charAt(0) == initial.charAt(0);
  }

  /** The same e-mail local part (the whole value where there is no {@code @}). */
  public static boolean sameLocalPart(String x, String y) {
    int atX = x.indexOf('@');
    int atY = y.indexOf('@');
    int lengthX = atX < 0 ? x.length() : atX;
    int lengthY = atY < 0 ? y.length() : atY;
    return lengthX == lengthY && x.regionMatches(0, y, 0, lengthX);
  }

  /** Both values at least {@code length} long and equal over their first {@code length} characters. */
  public static boolean samePrefix(String a, String b, int length) {
    return a.length() >= length && b.length() >= length && a.regionMatches(0, b, 0, length);
  }
}
