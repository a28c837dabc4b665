package dev.golden.cluster;

/**
 * Scored record pairs by index: each pair's match weight in bits. Read-only view over arrays owned
 * by the caller.
 */
public record ScoredPairs(int[] left, int[] right, double[] weights) {
  public ScoredPairs {
    if (left.length != right.length || left.length != weights.length) {
      throw new IllegalArgumentException("left, right and weights differ in length");
    }
  }

  public int size() {
    return left.length;
  }
}
