package dev.golden.match;

import dev.golden.compare.Comparison;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A model's weights per comparison and level, computed once: a pair's match weight from its
 * levels, summed in the order and capped the way {@link PairScorer} does (which reads the same
 * tables). Thread-safe.
 */
final class PairWeights {
  private static final double MAX_TF_ADJUSTMENT = PairScorer.MAX_TF_ADJUSTMENT;
  private static final int MIN_DISTINGUISHING = PairScorer.MIN_DISTINGUISHING;

  final double prior;
  final double[][] weights;
  final double[][] log2U;
  final boolean[][] tfAdjusted;
  final int[] distinguishing;
  final int[] elseLevels;
  final double distinguishedCap;

  PairWeights(MatchModel model) {
    int c = model.comparisons().size();
    weights = new double[c][];
    log2U = new double[c][];
    tfAdjusted = new boolean[c][];
    elseLevels = new int[c];
    for (int i = 0; i < c; i++) {
      ComparisonParameters parameters = model.comparisons().get(i);
      Comparison comparison = parameters.comparison();
      weights[i] = new double[comparison.levelCount()];
      log2U[i] = new double[comparison.levelCount()];
      tfAdjusted[i] = new boolean[comparison.levelCount()];
      for (int level = 0; level < comparison.levelCount(); level++) {
        weights[i][level] = parameters.weight(level);
        log2U[i][level] = ComparisonParameters.log2(parameters.u().get(level));
        tfAdjusted[i][level] = level >= 1 && level <= comparison.levels().size()
            && comparison.levels().get(level - 1).termFrequencyAdjusted();
      }
      elseLevels[i] = comparison.elseLevel();
    }
    prior = model.priorWeight();
    distinguishing = IntStream.range(0, c)
        .filter(i -> model.distinguishing().contains(model.comparisons().get(i).comparison().name()))
        .toArray();
    distinguishedCap = model.distinguishedCap();
  }

  double prior() {
    return prior;
  }

  double levelWeight(int comparison, int level) {
    return weights[comparison][level];
  }

  /**
   * The match weight of a pair at these levels; {@code log2Frequency} gives log2 of the relative
   * frequency of side A's value of a comparison, asked only where a level is adjusted by it.
   */
  double weight(int[] levels, IntToDoubleFunction log2Frequency) {
    double total = prior;
    for (int i = 0; i < levels.length; i++) {
      int level = levels[i];
      total += weights[i][level];
      if (tfAdjusted[i][level]) {
        total += adjustment(i, level, log2Frequency);
      }
    }
    return isDistinguished(levels) ? Math.min(total, distinguishedCap) : total;
  }

  /** A comparison's term-frequency adjustment at a level: 0 where the level has none. */
  double tfAdjustment(int comparison, int level, IntToDoubleFunction log2Frequency) {
    return tfAdjusted[comparison][level] ? adjustment(comparison, level, log2Frequency) : 0;
  }

  private double adjustment(int comparison, int level, IntToDoubleFunction log2Frequency) {
    double adjustment = log2U[comparison][level] - log2Frequency.applyAsDouble(comparison);
    return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
  }

  /** {@link PairScorer#isDistinguished} for a pair at these levels. */
  boolean isDistinguished(int[] levels) {
    int present = 0;
    for (int k = 0; k < distinguishing.length; k++) {
      int i = distinguishing[k];
      int level = levels[i];
      if (level == 0) {
        continue;
      }
      if (k == 0 ? level != elseLevels[i] : weights[i][level] > 0) {
        return false;
      }
      present++;
    }
    return present >= MIN_DISTINGUISHING;
  }
}
