package dev.golden.match;

import java.util.Map;

/**
 * Expectation–maximisation of the m probabilities and the match share over aggregated comparison
 * patterns, starting from u estimated on random pairs, as in Fellegi–Sunter training without
 * labels. Comparisons marked as excluded take no part: a blocking rule's own attributes always
 * agree inside its block, so they say nothing about m there.
 */
final class ExpectationMaximisation {
  private static final double FLOOR = 1e-6;
  /** Iterations stop once no probability moves by more than this (relative for the share). */
  private static final double CONVERGED = 1e-5;

  private final int[] levelCounts;
  private final double[][] u;

  ExpectationMaximisation(int[] levelCounts, double[][] u) {
    this.levelCounts = levelCounts;
    this.u = u;
  }

  /** The outcome of one run: m per comparison and level, the match share, expected matches. */
  record Estimate(double[][] m, double matchShare, double expectedMatches) {}

  /**
   * Runs EM.
   *
   * @param patternCounts how many pairs have each packed pattern
   * @param m starting m values; also the values kept for excluded comparisons
   * @param matchShare starting share of matches among the pairs
   * @param excluded comparisons that take no part
   * @param updateM whether m is re-estimated (false: only the match share moves)
   * @param updateU whether the non-match level shares are re-estimated too, starting from u. Inside
   *     a block, non-matches agree far more than random pairs (branches of one company share its
   *     name and phone); letting their shares move keeps that agreement out of m. The returned m
   *     is used with the random-pair u either way.
   */
  Estimate run(Map<Long, Long> patternCounts, double[][] m, double matchShare, boolean[] excluded,
      boolean updateM, boolean updateU, int iterations) {
    int c = levelCounts.length;
    int distinct = patternCounts.size();
    int[][] levels = new int[distinct][c];
    double[] counts = new double[distinct];
    int row = 0;
    for (Map.Entry<Long, Long> entry : patternCounts.entrySet()) {
      for (int i = 0; i < c; i++) {
        levels[row][i] = PatternCodec.level(entry.getKey(), i);
      }
      counts[row++] = entry.getValue();
    }
    double[][] current = copy(m);
    double[][] nonMatch = copy(u);
    double share = matchShare;
    double expected = 0;
    for (int iteration = 0; iteration < iterations; iteration++) {
      double[][] matchMass = new double[c][];
      double[][] nonMatchMass = new double[c][];
      for (int i = 0; i < c; i++) {
        matchMass[i] = new double[levelCounts[i]];
        nonMatchMass[i] = new double[levelCounts[i]];
      }
      double matchTotal = 0;
      double pairs = 0;
      // The logarithms of this iteration's probabilities, taken once per level rather than once
      // per pattern: the same values, summed in the same order.
      double[][] logCurrent = logs(current);
      double[][] logNonMatchOf = logs(nonMatch);
      double logShare = Math.log(share);
      double logOtherShare = Math.log(1 - share);
      for (int p = 0; p < distinct; p++) {
        int[] pattern = levels[p];
        double count = counts[p];
        double logMatch = logShare;
        double logNonMatch = logOtherShare;
        for (int i = 0; i < c; i++) {
          int level = pattern[i];
          if (level == 0 || excluded[i]) {
            continue;
          }
          logMatch += logCurrent[i][level];
          logNonMatch += logNonMatchOf[i][level];
        }
        double posterior = 1 / (1 + Math.exp(logNonMatch - logMatch));
        double mass = posterior * count;
        matchTotal += mass;
        pairs += count;
        for (int i = 0; i < c; i++) {
          matchMass[i][pattern[i]] += mass;
          nonMatchMass[i][pattern[i]] += count - mass;
        }
      }
      double previousShare = share;
      share = clamp(matchTotal / pairs);
      expected = matchTotal;
      boolean converged = Math.abs(share - previousShare) < CONVERGED * share;
      if (updateM) {
        for (int i = 0; i < c; i++) {
          if (!excluded[i]) {
            double[] next = normalise(matchMass[i]);
            converged &= maxChange(current[i], next) < CONVERGED;
            current[i] = next;
            if (updateU) {
              nonMatch[i] = normalise(nonMatchMass[i]);
            }
          }
        }
      }
      if (converged && iteration > 0) {
        break;
      }
    }
    return new Estimate(current, share, expected);
  }

  private static double[][] logs(double[][] probabilities) {
    double[][] logs = new double[probabilities.length][];
    for (int i = 0; i < probabilities.length; i++) {
      logs[i] = new double[probabilities[i].length];
      for (int level = 1; level < logs[i].length; level++) {
        logs[i][level] = Math.log(probabilities[i][level]);
      }
    }
    return logs;
  }

  private static double maxChange(double[] before, double[] after) {
    double change = 0;
    for (int level = 1; level < before.length; level++) {
      change = Math.max(change, Math.abs(after[level] - before[level]));
    }
    return change;
  }

  /** m over the non-null levels, summing to 1, each at least the floor. */
  static double[] normalise(double[] mass) {
    double total = 0;
    for (int level = 1; level < mass.length; level++) {
      total += mass[level];
    }
    double[] result = new double[mass.length];
    result[0] = 1;
    for (int level = 1; level < mass.length; level++) {
      result[level] = total == 0 ? 1.0 / (mass.length - 1) : Math.max(FLOOR, mass[level] / total);
    }
    return result;
  }

  private static double clamp(double share) {
    return Math.min(1 - 1e-9, Math.max(1e-9, share));
  }

  private static double[][] copy(double[][] values) {
    double[][] copy = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i].clone();
    }
    return copy;
  }
}
