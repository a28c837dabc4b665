package dev.golden.match;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * Learns a {@link ComparisonGroup}'s m and u: how often the whole group differs (every present
 * member at its else level, at least two present) among random pairs, and among the matches of the
 * candidate pairs. Those matches are weighed by a posterior that leaves the group out: with the
 * group's own evidence in it, the members' independent else weights would call every mover a
 * non-match and the estimate would confirm itself.
 */
final class GroupEstimator {
  /** Pseudo-count of pairs per outcome, as for the levels' u: an outcome never seen is rare, not impossible. */
  private static final double PSEUDO_COUNT = 0.5;
  private static final double FLOOR = 1e-6;

  private final int[] members;
  private final int[] requires;
  private final int[] confirmedBy;
  private final int[] elseLevels;

  /**
   * @param members indices of the group's comparisons
   * @param requires indices of the comparisons one of which a pair needs present for the group to apply
   * @param confirmedBy indices of the comparisons one of which must agree exactly for it to apply
   * @param elseLevels each comparison's else level, by comparison index
   */
  GroupEstimator(int[] members, int[] requires, int[] confirmedBy, int[] elseLevels) {
    this.members = members;
    this.requires = requires;
    this.confirmedBy = confirmedBy;
    this.elseLevels = elseLevels;
  }

  /** Whether any of these comparisons is present in a pattern, or with {@code exact} at its first level. */
  static boolean anyAt(int[] comparisons, long pattern, boolean exact) {
    for (int i : comparisons) {
      int level = PatternCodec.level(pattern, i);
      if (exact ? level == 1 : level != 0) {
        return true;
      }
    }
    return false;
  }

  /**
   * The group's outcome for a pair: not applying (fewer than two members present, none of the
   * required comparisons, or, when {@code confirmed}, none of the confirming ones agreeing), all
   * present members differ, or anything else.
   */
  enum Outcome { ABSENT, ALL_DIFFER, OTHER }

  Outcome outcome(long pattern, boolean confirmed) {
    if (!anyAt(requires, pattern, false) || (confirmed && !anyAt(confirmedBy, pattern, true))) {
      return Outcome.ABSENT;
    }
    int present = 0;
    boolean allDiffer = true;
    for (int i : members) {
      int level = PatternCodec.level(pattern, i);
      if (level != 0) {
        present++;
        allDiffer &= level == elseLevels[i];
      }
    }
    if (present < ComparisonGroup.MIN_PRESENT) {
      return Outcome.ABSENT;
    }
    return allDiffer ? Outcome.ALL_DIFFER : Outcome.OTHER;
  }

  /**
   * u: the share of random pairs, among those with the group present, whose whole group differs.
   * Unconfirmed pairs count too: random pairs seldom share an identifier, and a non-match's
   * address differs whether or not it does.
   */
  double u(long[] randomPatterns) {
    double differ = PSEUDO_COUNT;
    double present = 2 * PSEUDO_COUNT;
    for (long pattern : randomPatterns) {
      Outcome outcome = outcome(pattern, false);
      if (outcome != Outcome.ABSENT) {
        present++;
        differ += outcome == Outcome.ALL_DIFFER ? 1 : 0;
      }
    }
    return differ / present;
  }

  /** One blocking rule's pairs and what EM found in them. */
  record Block(Map<Long, Long> patternCounts, double[][] m, double matchShare, boolean[] excluded) {}

  /**
   * m: the expected matches whose whole group differs, among the expected matches with the group
   * present, summed over blocks. Each pair's posterior comes from its block's EM estimate over the
   * comparisons neither the block's rule nor the group holds; a block whose rule reads a member is
   * no evidence (its pairs agree on part of the address by construction) and is left out by the
   * caller. Empty when no block saw a match with the group present.
   */
  OptionalDouble m(List<Block> blocks, double[][] u) {
    double differ = 0;
    double present = 0;
    for (Block block : blocks) {
      boolean[] left = block.excluded().clone();
      for (int i : members) {
        left[i] = true;
      }
      double prior = Math.log(block.matchShare() / (1 - block.matchShare()));
      for (Map.Entry<Long, Long> entry : block.patternCounts().entrySet()) {
        long pattern = entry.getKey();
        Outcome outcome = outcome(pattern, true);
        if (outcome == Outcome.ABSENT) {
          continue;
        }
        double logOdds = prior;
        for (int i = 0; i < left.length; i++) {
          int level = PatternCodec.level(pattern, i);
          if (level != 0 && !left[i]) {
            logOdds += Math.log(block.m()[i][level] / u[i][level]);
          }
        }
        double matches = entry.getValue() / (1 + Math.exp(-logOdds));
        present += matches;
        differ += outcome == Outcome.ALL_DIFFER ? matches : 0;
      }
    }
    if (!(present > 0)) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(Math.max(FLOOR, differ / present));
  }
}
