package dev.golden.match;

import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import java.util.Arrays;

/**
 * Pulls a term frequency counted among few records toward what the model expects of a value, so
 * that a small store does not mistake every value for a common one: in a store of one customer
 * each of its values is shared by "all" customers, and the adjustment would cancel every agreement
 * with the record it is a duplicate of.
 *
 * <p>A value's expected frequency is the u probability of its comparison's exact level: the chance
 * that two records that do not match agree on it, which is also the mean frequency of a record's
 * value. Counted among n records, a frequency f has the say n / (n + 1/u) against it, 1/u being
 * the number of records among which a value of that frequency is seen once: the frequency becomes
 * f^w · u^(1-w), which scales the term-frequency adjustment log2(u / f) by w. A store of one
 * customer thus scores an agreement as the model learnt it on average, a store of a thousand
 * times 1/u by its own counts.
 */
final class TermFrequencyPrior {
  /** The u probability of each attribute's term-frequency adjusted level; NaN where there is none. */
  private final double[] expected = new double[Attribute.values().length];

  TermFrequencyPrior(MatchModel model) {
    Arrays.fill(expected, Double.NaN);
    for (ComparisonParameters parameters : model.comparisons()) {
      Comparison comparison = parameters.comparison();
      for (int level = 1; level <= comparison.levels().size(); level++) {
        if (comparison.levels().get(level - 1).termFrequencyAdjusted()) {
          int attribute = comparison.attribute().ordinal();
          // Two comparisons of one attribute (the default settings have none): the smaller u, whose counts earn their say later.
          double u = parameters.u().get(level);
          expected[attribute] = Double.isNaN(expected[attribute]) ? u : Math.min(expected[attribute], u);
        }
      }
    }
  }

  /** The frequencies, each pulled toward its attribute's expectation the more, the fewer records it was counted among. */
  TermFrequencies applyTo(TermFrequencies counted) {
    return new TermFrequencies() {
      @Override
      public double relativeFrequency(Attribute attribute, String value) {
        double frequency = counted.relativeFrequency(attribute, value);
        double u = expected[attribute.ordinal()];
        long population = counted.population(attribute);
        if (Double.isNaN(u) || u <= 0 || population == UNCOUNTED) {
          return frequency;
        }
        double say = population / (population + 1 / u);
        return Math.pow(frequency, say) * Math.pow(u, 1 - say);
      }

      @Override
      public long population(Attribute attribute) {
        return counted.population(attribute);
      }
    };
  }
}
