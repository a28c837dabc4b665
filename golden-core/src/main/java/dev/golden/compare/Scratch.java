package dev.golden.compare;

/**
 * Per-thread work buffers, so that comparing two strings allocates nothing once a thread has
 * warmed up. Each buffer belongs to one algorithm, and an algorithm that calls another (token
 * comparisons call Jaro-Winkler and edit distance) uses a different buffer than its callee.
 */
final class Scratch {
  private static final ThreadLocal<Scratch> LOCAL = ThreadLocal.withInitial(Scratch::new);

  private int[] editRows = new int[96];
  private boolean[] jaroFlags = new boolean[128];
  private final long[] latin1Occurrences = new long[256];
  private int[] grams = new int[128];
  private int[] tokens = new int[128];
  private boolean[] tokenFlags = new boolean[64];

  private Scratch() {}

  static Scratch get() {
    return LOCAL.get();
  }

  /** Rows of the dynamic-programming matrix of edit distances and common substrings. */
  int[] editRows(int size) {
    if (editRows.length < size) {
      editRows = new int[grown(size)];
    }
    return editRows;
  }

  /**
   * Bit masks of the positions of each Latin-1 character in a string of up to 64 units, for Jaro.
   * All zeros between calls: the caller clears the entries it set.
   */
  long[] latin1Occurrences() {
    return latin1Occurrences;
  }

  /** Match flags of Jaro for strings too long for a bit mask; cleared by the caller. */
  boolean[] jaroFlags(int size) {
    if (jaroFlags.length < size) {
      jaroFlags = new boolean[grown(size)];
    }
    return jaroFlags;
  }

  /** Packed q-grams of both strings. */
  int[] grams(int size) {
    if (grams.length < size) {
      grams = new int[grown(size)];
    }
    return grams;
  }

  /** Token boundaries of both strings. */
  int[] tokens(int size) {
    if (tokens.length < size) {
      tokens = new int[grown(size)];
    }
    return tokens;
  }

  /** Which tokens found a partner; cleared by the caller. */
  boolean[] tokenFlags(int size) {
    if (tokenFlags.length < size) {
      tokenFlags = new boolean[grown(size)];
    }
    return tokenFlags;
  }

  private static int grown(int size) {
    return Math.max(size, size + (size >> 1));
  }
}
