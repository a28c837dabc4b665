package dev.golden.block;

/**
 * Candidate record pairs by index, each pair once, left index smaller than right, in the order of
 * the blocking rules that found them.
 */
public final class CandidatePairs {
  private final int[] left;
  private final int[] right;
  private final int[] ruleEnds;

  /** Pairs found by one rule. */
  public CandidatePairs(int[] left, int[] right) {
    this(left, right, new int[] {left.length});
  }

  /**
   * @param ruleEnds for each rule, the index after its last pair
   */
  public CandidatePairs(int[] left, int[] right, int[] ruleEnds) {
    if (left.length != right.length) {
      throw new IllegalArgumentException("left and right differ in length");
    }
    if (ruleEnds.length == 0 || ruleEnds[ruleEnds.length - 1] != left.length) {
      throw new IllegalArgumentException("rule ends must end at the number of pairs");
    }
    this.left = left;
    this.right = right;
    this.ruleEnds = ruleEnds.clone();
  }

  /** The index of the blocking rule that found a pair. */
  public int ruleOf(int pair) {
    int low = 0;
    int high = ruleEnds.length - 1;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (ruleEnds[mid] > pair) {
        high = mid;
      } else {
        low = mid + 1;
      }
    }
    return low;
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
