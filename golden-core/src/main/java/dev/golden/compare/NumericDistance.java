package dev.golden.compare;

/**
 * Distances between the numbers that values start with: house numbers ({@code 12A}, {@code 12号}),
 * postcodes, ages. The number is the run of decimal digits (any script's digits, such as
 * full-width ones) after optional leading whitespace; values without one, or with more than 18
 * digits, have no number, and every distance involving them is {@link Double#NaN}, so that no
 * threshold comparison ({@code distance <= 2}) holds for them.
 */
public final class NumericDistance {
  private static final int MAX_DIGITS = 18;
  private static final long NONE = -1;

  private NumericDistance() {}

  /** Whether the value starts with a number. */
  public static boolean hasLeadingNumber(String s) {
    return leadingNumber(s) != NONE;
  }

  /** {@code |x - y|} of the leading numbers, or NaN if either value lacks one. */
  public static double absoluteDifference(String a, String b) {
    long x = leadingNumber(a);
    long y = leadingNumber(b);
    return x == NONE || y == NONE ? Double.NaN : Math.abs(x - y);
  }

  /**
   * {@code |x - y| / max(x, y)} of the leading numbers, as Splink defines percentage difference:
   * 0 when equal, 1 when one is zero and the other is not; NaN if either value lacks a number.
   */
  public static double percentageDifference(String a, String b) {
    long x = leadingNumber(a);
    long y = leadingNumber(b);
    if (x == NONE || y == NONE) {
      return Double.NaN;
    }
    long larger = Math.max(x, y);
    return larger == 0 ? 0 : (double) Math.abs(x - y) / larger;
  }

  private static long leadingNumber(String s) {
    int i = 0;
    int length = s.length();
    while (i < length && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    long value = 0;
    int digits = 0;
    for (; i < length; i++) {
      int digit = Character.digit(s.charAt(i), 10);
      if (digit < 0) {
        break;
      }
      if (++digits > MAX_DIGITS) {
        return NONE;
      }
      value = value * 10 + digit;
    }
    return digits == 0 ? NONE : value;
  }
}
