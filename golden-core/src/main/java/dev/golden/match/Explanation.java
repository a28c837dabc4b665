package dev.golden.match;

import java.util.List;
import java.util.Locale;

/**
 * Why a pair got its match weight: the prior, then each comparison's level and contribution in
 * bits (Bayes factor and term-frequency adjustment), then a step per group of comparisons that
 * count as one change (the parts of an address, allowing for a move; no values, see
 * {@link ComparisonGroup}), summing to the match weight, unless the pair's distinguishing
 * comparisons (given name, date of birth) all disagree, which caps it to a pair for review.
 */
public record Explanation(String idA, String idB, double priorWeight, List<Step> steps, boolean capped,
    double matchWeight, double matchProbability) {
  public Explanation {
    steps = List.copyOf(steps);
  }

  /** One comparison's part of the match weight. */
  public record Step(String comparison, String level, String valueA, String valueB, double weight, double tfAdjustment) {
    public double total() {
      return weight + tfAdjustment;
    }
  }

  /** A readable table, one line per comparison. */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append(String.format(Locale.ROOT, "%s vs %s: match weight %.2f, match probability %.4f%n",
        idA, idB, matchWeight, matchProbability));
    text.append(String.format(Locale.ROOT, "  %-18s %-28s %8s  %s%n", "prior", "", fmt(priorWeight), ""));
    if (capped) {
      text.append("  capped to review: the comparisons that tell people apart all disagree\n");
    }
    for (Step step : steps) {
      String tf = step.tfAdjustment() == 0 ? "" : String.format(Locale.ROOT, " (tf %+.2f)", step.tfAdjustment());
      text.append(String.format(Locale.ROOT, "  %-18s %-28s %8s  %s | %s%s%n", step.comparison(), step.level(),
          fmt(step.total()), shorten(step.valueA()), shorten(step.valueB()), tf));
    }
    return text.toString();
  }

  private static String fmt(double bits) {
    return String.format(Locale.ROOT, "%+.2f", bits);
  }

  private static String shorten(String value) {
    return value.length() <= 30 ? value : value.substring(0, 29) + "…";
  }
}
