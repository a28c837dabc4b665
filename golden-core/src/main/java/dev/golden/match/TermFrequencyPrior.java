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
 * value. The expectation counts as one occurrence of the value among 1/u records (a Beta prior of
 * mean u): a frequency f counted among n records becomes (n·f + 1) / (n + 1/u). A store of one
 * customer thus scores an agreement about as the model learnt it on average, while a value five
 * of twenty customers share already weighs 2.6 bits less (u = 0.001); among a million customers
 * the counts stand, a value only the record and one customer have weighing 0.6 bits less than by
 * the counts alone.
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
          // Two comparisons of one attribute (the default settings have none): the rarer expectation.
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
        return (population * frequency + 1) / (population + 1 / u);
      }

      @Override
      public long population(Attribute attribute) {
        return counted.population(attribute);
      }
    };
  }
}
