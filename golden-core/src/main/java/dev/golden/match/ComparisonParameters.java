package dev.golden.match;

import dev.golden.compare.Comparison;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * A comparison with its learnt m and u probability per level (index 0, the null level, is unused).
 *
 * @param m probability of each level among true matches
 * @param u probability of each level among non-matches
 */
public record ComparisonParameters(Comparison comparison, List<Double> m, List<Double> u) implements Serializable {
  public ComparisonParameters {
    Objects.requireNonNull(comparison, "comparison");
    m = List.copyOf(m);
    u = List.copyOf(u);
    if (m.size() != comparison.levelCount() || u.size() != comparison.levelCount()) {
      throw new IllegalArgumentException("Comparison '" + comparison.name() + "' needs " + comparison.levelCount()
          + " m and u values (null level included), got " + m.size() + " and " + u.size());
    }
  }

  /** The Bayes factor of a level, as a match weight in bits; 0 for the null level. */
  public double weight(int level) {
    if (level == 0) {
      return 0;
    }
    return log2(m.get(level) / u.get(level));
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
