package dev.golden.match;

import dev.golden.block.BlockingRule;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

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
 * @param distinguishing names of comparisons that tell people apart (given name, date of birth):
 *     when at least two of them are present and every present one disagrees outright (its else
 *     level), the pair is at most a pair to review, whatever the shared contact data say. Members
 *     of one household share address, phone and family name; Fellegi–Sunter alone, which counts
 *     those as independent evidence, would merge them.
 * @param groups comparisons whose disagreements are one event (the parts of an address, changed
 *     together by a move): their negative weights together are bounded by the group's learnt weight
 */
public record MatchModel(
    int version,
    LinkType linkType,
    double probabilityTwoRandomRecordsMatch,
    List<ComparisonParameters> comparisons,
    List<BlockingRule> blockingRules,
    double matchThreshold,
    double reviewThreshold,
    List<String> distinguishing,
    List<ComparisonGroup> groups)
    implements Serializable {

  public static final int FORMAT_VERSION = 1;

  public MatchModel {
    comparisons = List.copyOf(comparisons);
    blockingRules = List.copyOf(blockingRules);
    distinguishing = List.copyOf(distinguishing);
    groups = List.copyOf(groups);
    for (String name : distinguishing) {
      if (comparisons.stream().noneMatch(c -> c.comparison().name().equals(name))) {
        throw new IllegalArgumentException("distinguishing comparison '" + name + "' is not among the comparisons");
      }
    }
    Set<String> grouped = new HashSet<>();
    for (ComparisonGroup group : groups) {
      for (String name : group.members()) {
        if (!grouped.add(name)) {
          throw new IllegalArgumentException("comparison '" + name + "' is in more than one group");
        }
      }
      for (String name : Stream.of(group.members(), group.requires(), group.confirmedBy())
          .flatMap(List::stream).toList()) {
        if (comparisons.stream().noneMatch(c -> c.comparison().name().equals(name))) {
          throw new IllegalArgumentException("comparison '" + name + "' of group '" + group.name()
              + "' is not among the comparisons");
        }
        if (group.members().contains(name) && (group.requires().contains(name) || group.confirmedBy().contains(name))) {
          throw new IllegalArgumentException("comparison '" + name + "' of group '" + group.name()
              + "' cannot require itself");
        }
      }
    }
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

  /** A model without groups of comparisons. */
  public MatchModel(int version, LinkType linkType, double probabilityTwoRandomRecordsMatch,
      List<ComparisonParameters> comparisons, List<BlockingRule> blockingRules, double matchThreshold,
      double reviewThreshold, List<String> distinguishing) {
    this(version, linkType, probabilityTwoRandomRecordsMatch, comparisons, blockingRules, matchThreshold,
        reviewThreshold, distinguishing, List.of());
  }

  /** A model without distinguishing comparisons. */
  public MatchModel(int version, LinkType linkType, double probabilityTwoRandomRecordsMatch,
      List<ComparisonParameters> comparisons, List<BlockingRule> blockingRules, double matchThreshold,
      double reviewThreshold) {
    this(version, linkType, probabilityTwoRandomRecordsMatch, comparisons, blockingRules, matchThreshold,
        reviewThreshold, List.of(), List.of());
  }

  /** The prior as a match weight in bits. */
  public double priorWeight() {
    double p = probabilityTwoRandomRecordsMatch;
    return ComparisonParameters.log2(p / (1 - p));
  }

  public MatchModel withThresholds(double match, double review) {
    return new MatchModel(version, linkType, probabilityTwoRandomRecordsMatch, comparisons, blockingRules, match, review,
        distinguishing, groups);
  }

  /** The highest match weight of a pair whose distinguishing comparisons all disagree: in review. */
  public double distinguishedCap() {
    double probability = (matchThreshold + reviewThreshold) / 2;
    double cap = ComparisonParameters.log2(probability / (1 - probability));
    // Strictly below the match threshold, even when there is no review band.
    return probability < matchThreshold ? cap : Math.nextDown(cap);
  }

  /** Converts a match weight (bits) into a match probability. */
  public static double probability(double matchWeight) {
    return 1 / (1 + Math.pow(2, -matchWeight));
  }
}
