package dev.golden.compare;

/**
 * Comparisons of the digits of a value, ignoring everything else: phone numbers written as
 * {@code +852 9123 4567}, {@code (852) 91234567} or {@code 9123-4567} agree on their last 8 digits.
 * Digits of any script count (full-width {@code ９} is 9).
 */
public final class Digits {
  private Digits() {}

  /**
   * Whether both values have at least {@code n} digits and their last {@code n} digits are equal.
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public static boolean sameLastN(String a, String b, int n) {
    requirePositive(n);
    int i = a.length();
    int j = b.length();
    for (int compared = 0; compared < n; compared++) {
      int x = -1;
      while (x < 0 && i > 0) {
        x = digit(a.charAt(--i));
      }
      int y = -1;
      while (y < 0 && j > 0) {
        y = digit(b.charAt(--j));
      }
      if (x < 0 || y < 0 || x != y) {
        return false;
      }
    }
    return true;
  }

  /**
   * The last {@code n} digits of the value as ASCII digits, or all of them if it has fewer; for
   * blocking keys.
   *
   * @throws IllegalArgumentException if {@code n} is not positive
   */
  public static String lastN(String s, int n) {
    requirePositive(n);
    char[] last = new char[n];
    int found = 0;
    for (int i = s.length() - 1; i >= 0 && found < n; i--) {
      int digit = Character.digit(s.charAt(i), 10);
      if (digit >= 0) {
        last[n - ++found] = (char) ('0' + digit);
      }
    }
    return new String(last, n - found, found);
  }

  /** The value of a digit of any script, -1 for any other character; ASCII without a table lookup. */
  private static int digit(char c) {
    if (c < 128) {
      return c >= '0' && c <= '9' ? c - '0' : -1;
    }
    return Character.digit(c, 10);
  }

  private static void requirePositive(int n) {
    if (n <= 0) {
      throw new IllegalArgumentException("n must be positive: " + n);
    }
  }
}
