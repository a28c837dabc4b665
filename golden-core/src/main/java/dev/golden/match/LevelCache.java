package dev.golden.match;

import dev.golden.compare.ComparisonEvaluator;
import dev.golden.compare.LevelKind;
import dev.golden.record.EncodedColumn;
import java.util.Arrays;

/**
 * The levels of value pairs met before, for one comparison whose level depends on the two value
 * ids alone. Candidate pairs repeat value pairs heavily (a million customers live in a few
 * thousand cities and streets and work for a few thousand companies), and a fuzzy level costs far
 * more than a lookup. Lossy and direct-mapped: a slot keeps the last value pair hashed to it, so
 * memory stays fixed and a miss costs one hash. Not thread-safe: one per thread.
 */
final class LevelCache {
  private static final int SLOT_BITS = 16;
  /** A column repeats enough when it has at most this share of distinct values among filled ones. */
  private static final int MIN_REPEATS = 8;

  private final ComparisonEvaluator evaluator;
  /** {@code idA << 32 | idB} of the pair in each slot; -1 for an empty slot (ids are never negative). */
  private final long[] pairs = new long[1 << SLOT_BITS];
  private final byte[] levels = new byte[1 << SLOT_BITS];

  private LevelCache(ComparisonEvaluator evaluator) {
    this.evaluator = evaluator;
    Arrays.fill(pairs, -1L);
  }

  /**
   * Whether caching pays for a comparison: its level must follow from the two value ids, some
   * level must be more than an id comparison, and its values must repeat.
   */
  static boolean pays(ComparisonEvaluator evaluator) {
    EncodedColumn column = evaluator.column();
    return evaluator.readsOwnValuesOnly()
        && evaluator.comparison().levels().stream().anyMatch(level -> level.kind() != LevelKind.EXACT)
        && (long) column.distinct() * MIN_REPEATS <= column.filled();
  }

  static LevelCache of(ComparisonEvaluator evaluator) {
    return new LevelCache(evaluator);
  }

  /** The level of records a and b, whose value ids (both present) are idA and idB. */
  int level(int a, int b, int idA, int idB, ComparisonEvaluator.Memo memo) {
    long pair = ((long) idA << 32) | idB;
    int slot = (int) ((pair * 0x9E3779B97F4A7C15L) >>> (64 - SLOT_BITS));
    if (pairs[slot] == pair) {
      return levels[slot];
    }
    int level = evaluator.level(a, b, idA, idB, memo);
    pairs[slot] = pair;
    levels[slot] = (byte) level;
    return level;
  }
}
