package dev.golden.compare;

/**
 * Jaccard similarity of the sets of whitespace-separated tokens: shared tokens divided by all
 * distinct tokens. Order and repetition do not count, so {@code "WONG KA MING"} and {@code "KA
 * MING WONG"} score 1. Tokens are compared exactly; two strings without tokens score 1.
 */
public final class Jaccard {
  private Jaccard() {}

  public static double similarity(String a, String b) {
    int[] tokens = Scratch.get().tokens(Tokens.capacity(a.length()) + Tokens.capacity(b.length()));
    int bAt = Tokens.capacity(a.length());
    int aCount = Tokens.distinct(a, tokens, 0);
    int bCount = Tokens.distinct(b, tokens, bAt);
    if (aCount == 0 || bCount == 0) {
      return aCount == bCount ? 1 : 0;
    }
    int shared = 0;
    for (int i = 0; i < 2 * aCount; i += 2) {
      for (int j = bAt; j < bAt + 2 * bCount; j += 2) {
        if (Tokens.equal(a, tokens[i], tokens[i + 1], b, tokens[j], tokens[j + 1])) {
          shared++;
          break;
        }
      }
    }
    return (double) shared / (aCount + bCount - shared);
  }
}
