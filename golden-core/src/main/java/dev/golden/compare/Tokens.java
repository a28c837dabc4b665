package dev.golden.compare;

/**
 * Splits strings into whitespace-separated tokens without creating substrings: a token is a pair
 * {@code [start, end)} of offsets written into an int array.
 */
final class Tokens {
  private Tokens() {}

  /** The most ints {@link #distinct} can write for a string of this length. */
  static int capacity(int length) {
    return length + 1;
  }

  /**
   * Writes the distinct tokens of {@code s} as offset pairs into {@code out} from {@code at}, in
   * order of first appearance, and returns how many there are.
   */
  static int distinct(String s, int[] out, int at) {
    int count = 0;
    int length = s.length();
    int i = 0;
    while (true) {
      while (i < length && isSeparator(s.charAt(i))) {
        i++;
      }
      if (i == length) {
        return count;
      }
      int start = i;
      while (i < length && !isSeparator(s.charAt(i))) {
        i++;
      }
      if (!contains(s, out, at, count, start, i)) {
        out[at + 2 * count] = start;
        out[at + 2 * count + 1] = i;
        count++;
      }
    }
  }

  /** Whether {@code a[aStart, aEnd)} equals {@code b[bStart, bEnd)}. */
  static boolean equal(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
    return aEnd - aStart == bEnd - bStart && a.regionMatches(aStart, b, bStart, aEnd - aStart);
  }

  private static boolean contains(String s, int[] tokens, int at, int count, int start, int end) {
    for (int k = 0; k < count; k++) {
      if (equal(s, tokens[at + 2 * k], tokens[at + 2 * k + 1], s, start, end)) {
        return true;
      }
    }
    return false;
  }

  // Ideographic (U+3000) and no-break spaces separate words as well as the ASCII space does.
  private static boolean isSeparator(char c) {
    return c == ' ' || Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
