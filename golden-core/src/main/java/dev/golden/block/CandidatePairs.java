package dev.golden.block;

/** Candidate record pairs by index, each pair once, left index smaller than right. */
public final class CandidatePairs {
  private final int[] left;
  private final int[] right;

  public CandidatePairs(int[] left, int[] right) {
    if (left.length != right.length) {
      throw new IllegalArgumentException("left and right differ in length");
    }
    this.left = left;
    this.right = right;
  }

  public int size() {
    return left.length;
  }

  public int left(int pair) {
    return left[pair];
  }

  public int right(int pair) {
    return right[pair];
  }
}
