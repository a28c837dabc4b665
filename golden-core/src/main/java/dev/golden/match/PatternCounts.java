package dev.golden.match;

import java.util.Arrays;

/**
 * How many candidate pairs share each (comparison pattern, rule mask) combination: an
 * open-addressing table of primitive longs, since millions of pairs fall into a few thousand
 * combinations and boxing each pair would cost more than comparing it.
 */
final class PatternCounts {
  private long[] patterns = new long[1024];
  private long[] masks = new long[1024];
  private long[] counts = new long[1024];
  private boolean[] used = new boolean[1024];
  private int size;

  /** Counts the pairs, each standing for {@code weight} pairs (a sample's step). */
  static PatternCounts of(long[] patterns, long[] masks, long weight) {
    PatternCounts table = new PatternCounts();
    for (int p = 0; p < patterns.length; p++) {
      table.add(patterns[p], masks[p], weight);
    }
    return table;
  }

  void add(long pattern, long mask, long count) {
    if (size * 2 >= used.length) {
      grow();
    }
    int slot = slot(pattern, mask, used.length);
    while (used[slot] && (patterns[slot] != pattern || masks[slot] != mask)) {
      slot = (slot + 1) & (used.length - 1);
    }
    if (!used[slot]) {
      used[slot] = true;
      patterns[slot] = pattern;
      masks[slot] = mask;
      size++;
    }
    counts[slot] += count;
  }

  /** Pattern counts of the pairs whose mask has any of the bits; all pairs for -1. */
  java.util.Map<Long, Long> forRules(long ruleBits) {
    java.util.Map<Long, Long> result = new java.util.HashMap<>();
    for (int slot = 0; slot < used.length; slot++) {
      if (used[slot] && (ruleBits == -1L || (masks[slot] & ruleBits) != 0)) {
        result.merge(patterns[slot], counts[slot], Long::sum);
      }
    }
    return result;
  }

  private void grow() {
    long[] oldPatterns = patterns;
    long[] oldMasks = masks;
    long[] oldCounts = counts;
    boolean[] oldUsed = used;
    int capacity = used.length * 2;
    patterns = new long[capacity];
    masks = new long[capacity];
    counts = new long[capacity];
    used = new boolean[capacity];
    size = 0;
    for (int slot = 0; slot < oldUsed.length; slot++) {
      if (oldUsed[slot]) {
        add(oldPatterns[slot], oldMasks[slot], oldCounts[slot]);
      }
    }
  }

  private static int slot(long pattern, long mask, int capacity) {
    long h = pattern * 0x9E3779B97F4A7C15L ^ mask * 0xC2B2AE3D27D4EB4FL;
    return (int) (h ^ (h >>> 32)) & (capacity - 1);
  }

  @Override
  public String toString() {
    return "PatternCounts[" + size + " combinations, " + Arrays.stream(counts).sum() + " pairs]";
  }
}
