package dev.golden.match;

import dev.golden.block.BlockingRule;
import java.io.Serializable;
import java.util.List;

/**
 * A Fellegi–Sunter model: comparisons with m and u per level, the prior probability that two random
 * records match, the blocking rules that choose candidate pairs, and the two thresholds that split
 * scored pairs into automatic match, needs review and non-match.
 *
 * @param version format version of the saved model
 * @param linkType dedupe one input or link two
 * @param probabilityTwoRandomRecordsMatch the prior, λ
 * @param comparisons comparisons and their parameters
 * @param blockingRules OR-ed rules that choose candidate pairs
 * @param matchThreshold match probability at or above which a pair is an automatic match
 * @param reviewThreshold match probability at or above which a pair needs review
 */
public record MatchModel(
    int version,
    LinkType linkType,
    double probabilityTwoRandomRecordsMatch,
    List<ComparisonParameters> comparisons,
    List<BlockingRule> blockingRules,
    double matchThreshold,
    double reviewThreshold)
    implements Serializable {

  public static final int FORMAT_VERSION = 1;

  public MatchModel {
    comparisons = List.copyOf(comparisons);
    blockingRules = List.copyOf(blockingRules);
    if (!(probabilityTwoRandomRecordsMatch > 0 && probabilityTwoRandomRecordsMatch < 1)) {
      throw new IllegalArgumentException("probability_two_random_records_match must be in (0, 1)");
    }
    if (reviewThreshold > matchThreshold) {
      throw new IllegalArgumentException("review threshold " + reviewThreshold + " is above match threshold " + matchThreshold);
    }
    if (comparisons.size() > PatternCodec.MAX_COMPARISONS) {
      throw new IllegalArgumentException("At most " + PatternCodec.MAX_COMPARISONS + " comparisons are supported");
    }
  }

  /** The prior as a match weight in bits. */
  public double priorWeight() {
    double p = probabilityTwoRandomRecordsMatch;
    return ComparisonParameters.log2(p / (1 - p));
  }

  public MatchModel withThresholds(double match, double review) {
    return new MatchModel(version, linkType, probabilityTwoRandomRecordsMatch, comparisons, blockingRules, match, review);
  }

  /** Converts a match weight (bits) into a match probability. */
  public static double probability(double matchWeight) {
    return 1 / (1 + Math.pow(2, -matchWeight));
  }
}
