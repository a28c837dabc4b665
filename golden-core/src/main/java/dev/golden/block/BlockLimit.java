package dev.golden.block;

import java.util.Map;

/**
 * How one blocking rule compares its blocks: all-to-all up to {@code maxBlockSize} records, larger
 * blocks within a sliding window of {@code window} following records.
 */
public record BlockLimit(int maxBlockSize, int window) {
  private static final int MIN_WINDOW = 4;

  /**
   * The limit and window that keep a rule within its pair budget: the limit is halved down to
   * twice the window, then both, until the estimated pairs fit (or the window is at its minimum).
   *
   * @param blocksBySize how many blocks the rule has of each size
   */
  public static BlockLimit within(long pairBudget, int maxBlockSize, int window, Map<Integer, Long> blocksBySize) {
    int limit = maxBlockSize;
    int ruleWindow = window;
    while (estimatedPairs(blocksBySize, limit, ruleWindow) > pairBudget && ruleWindow > MIN_WINDOW) {
      if (limit > 2 * ruleWindow) {
        limit /= 2;
      } else {
        ruleWindow /= 2;
        limit = 2 * ruleWindow;
      }
    }
    return new BlockLimit(limit, ruleWindow);
  }

  // Every term is a whole number far below 2^53: the sum is exact in any order.
  private static double estimatedPairs(Map<Integer, Long> blocksBySize, int limit, int window) {
    double pairs = 0;
    for (Map.Entry<Integer, Long> entry : blocksBySize.entrySet()) {
      int size = entry.getKey();
      pairs += entry.getValue() * (size > limit ? (double) size * window : size * (size - 1.0) / 2);
    }
    return pairs;
  }
}
