package dev.golden.match;

import dev.golden.compare.Comparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;

/**
 * A model's weights per comparison and level, computed once: a pair's match weight from its
 * levels, summed in the order (an agreement a finer place's implies left out, see
 * {@link PlaceHierarchy}), mixed per group and capped the way {@link PairScorer} does (which reads
 * the same tables). Thread-safe.
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
  /** Per group of the model, the indices of its comparisons, of those it requires or is confirmed by, and the group. */
  final int[][] groupMembers;
  final int[][] groupRequires;
  final int[][] groupConfirmedBy;
  final ComparisonGroup[] groups;
  /** Agreements on a place that a finer place's agreement implies, which then weigh nothing. */
  private final PlaceHierarchy places;
  private final List<Comparison> comparisons;

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
    List<String> names = model.comparisons().stream().map(p -> p.comparison().name()).toList();
    groupMembers = model.groups().stream()
        .map(g -> g.members().stream().mapToInt(names::indexOf).toArray())
        .toArray(int[][]::new);
    groupRequires = model.groups().stream()
        .map(g -> g.requires().stream().mapToInt(names::indexOf).toArray())
        .toArray(int[][]::new);
    groupConfirmedBy = model.groups().stream()
        .map(g -> g.confirmedBy().stream().mapToInt(names::indexOf).toArray())
        .toArray(int[][]::new);
    groups = model.groups().toArray(ComparisonGroup[]::new);
    comparisons = model.comparisons().stream().map(ComparisonParameters::comparison).toList();
    places = new PlaceHierarchy(comparisons);
  }

  double prior() {
    return prior;
  }

  /**
   * The match weight of a pair at these levels; {@code log2Frequency} gives log2 of the relative
   * frequency of side A's value of a comparison, asked only where a level is adjusted by it.
   */
  double weight(int[] levels, IntToDoubleFunction log2Frequency) {
    long pattern = packed(levels);
    double total = prior;
    for (int i = 0; i < levels.length; i++) {
      if (implied(i, pattern)) {
        continue;
      }
      int level = levels[i];
      total += weights[i][level];
      if (tfAdjusted[i][level]) {
        total += adjustment(i, level, log2Frequency);
      }
    }
    total += groupAdjustments(pattern);
    return isDistinguished(levels) ? Math.min(total, distinguishedCap) : total;
  }

  /** Whether a comparison's agreement is implied by a finer place's in a pair at these packed levels. */
  boolean implied(int comparison, long pattern) {
    return places.impliedBy(comparison, pattern) >= 0;
  }

  /**
   * A comparison's step in a pair's explanation: its level's weight and term-frequency adjustment,
   * both nothing where a finer place's agreement implies the level (which the label then says).
   */
  Explanation.Step step(int comparison, long pattern, String valueA, String valueB, double tfAdjustment) {
    Comparison compared = comparisons.get(comparison);
    int level = PatternCodec.level(pattern, comparison);
    int finer = places.impliedBy(comparison, pattern);
    if (finer >= 0) {
      return new Explanation.Step(compared.name(), compared.levelLabel(level) + ", implied by "
          + comparisons.get(finer).name(), valueA, valueB, 0, 0);
    }
    return new Explanation.Step(compared.name(), compared.levelLabel(level), valueA, valueB, weights[comparison][level],
        tfAdjustment);
  }

  static long packed(int[] levels) {
    long pattern = 0;
    for (int i = 0; i < levels.length; i++) {
      pattern = PatternCodec.with(pattern, i, levels[i]);
    }
    return pattern;
  }

  /** What the groups change in a pair's weight at these packed levels (see {@link ComparisonGroup}). */
  double groupAdjustments(long pattern) {
    double adjustment = 0;
    for (int g = 0; g < groupMembers.length; g++) {
      adjustment += groupAdjustment(g, pattern);
    }
    return adjustment;
  }

  /**
   * The group's weight less its members' level weights, which the pair's weight already holds.
   * Term-frequency adjustments stay outside: they refine an agreement, the group weighs the levels.
   */
  private double groupAdjustment(int group, long pattern) {
    if (!applies(group, pattern)) {
      return 0;
    }
    double sum = 0;
    for (int i : groupMembers[group]) {
      sum += implied(i, pattern) ? 0 : weights[i][PatternCodec.level(pattern, i)];
    }
    return groups[group].weight(sum) - sum;
  }

  private boolean applies(int group, long pattern) {
    return GroupEstimator.anyAt(groupRequires[group], pattern, false)
        && GroupEstimator.anyAt(groupConfirmedBy[group], pattern, true);
  }

  /** The explanation's step of each group that applies to the pair, after the comparisons' steps. */
  List<Explanation.Step> groupSteps(long pattern) {
    List<Explanation.Step> steps = new ArrayList<>(groupMembers.length);
    for (int g = 0; g < groupMembers.length; g++) {
      if (!applies(g, pattern)) {
        continue;
      }
      steps.add(new Explanation.Step(groups[g].name(), String.format(Locale.ROOT,
          "allowing for a move (%.1f%% of matches)", 100 * groups[g].moved()), "", "", groupAdjustment(g, pattern), 0));
    }
    return steps;
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
