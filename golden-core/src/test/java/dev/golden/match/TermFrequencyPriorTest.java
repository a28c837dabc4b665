package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Term frequencies counted among few records")
class TermFrequencyPriorTest {
  private final MatchModel model = TrainedFixture.get().model();
  private final TermFrequencyPrior prior = new TermFrequencyPrior(model);

  @Test
  @DisplayName("in a store of one customer, its value is about as common as the model expects a value to be, not universal")
  void oneCustomer() {
    double u = exactU(Attribute.FAMILY_NAME);

    // The customer and the record being checked share the value: 2 of 2.
    double frequency = prior.applyTo(counted(1.0, 2)).relativeFrequency(Attribute.FAMILY_NAME, "smithers");

    assertThat(frequency).isLessThan(4 * u).isGreaterThan(u);
  }

  @Test
  @DisplayName("in a store of twenty, a value five customers share already counts as more common than expected")
  void fiveOfTwenty() {
    double u = exactU(Attribute.POSTCODE);

    double frequency = prior.applyTo(counted(0.25, 20)).relativeFrequency(Attribute.POSTCODE, "94102");

    assertThat(frequency).isGreaterThan(2 * u);
  }

  @Test
  @DisplayName("among a million customers the counts stand")
  void millionCustomers() {
    double frequency = prior.applyTo(counted(1e-4, 1_000_000)).relativeFrequency(Attribute.FAMILY_NAME, "smith");

    assertThat(frequency).isCloseTo(1e-4, within(1e-4 * 0.02));
  }

  @Test
  @DisplayName("the more customers, the closer to the counts")
  void convergesWithPopulation() {
    double u = exactU(Attribute.FAMILY_NAME);
    double previous = Double.NaN;
    for (long population : new long[] {10, 100, 1_000, 10_000, 100_000}) {
      double frequency = prior.applyTo(counted(0.5, population)).relativeFrequency(Attribute.FAMILY_NAME, "li");
      assertThat(frequency).isBetween(u, 0.5);
      if (!Double.isNaN(previous)) {
        assertThat(frequency).isGreaterThan(previous);
      }
      previous = frequency;
    }
  }

  @Test
  @DisplayName("frequencies of an uncounted population, or of an attribute no level adjusts, are left as they are")
  void leftAlone() {
    TermFrequencies uncounted = (attribute, value) -> 1.0;

    assertThat(prior.applyTo(uncounted).relativeFrequency(Attribute.FAMILY_NAME, "smithers")).isEqualTo(1.0);
    assertThat(prior.applyTo(counted(1.0, 2)).relativeFrequency(Attribute.NAME_TOKENS, "jonathan smithers"))
        .isEqualTo(1.0);
  }

  private double exactU(Attribute attribute) {
    for (ComparisonParameters parameters : model.comparisons()) {
      Comparison comparison = parameters.comparison();
      for (int level = 1; level <= comparison.levels().size(); level++) {
        if (comparison.attribute() == attribute && comparison.levels().get(level - 1).termFrequencyAdjusted()) {
          return parameters.u().get(level);
        }
      }
    }
    throw new AssertionError("no adjusted level for " + attribute);
  }

  private static TermFrequencies counted(double frequency, long population) {
    return new TermFrequencies() {
      @Override
      public double relativeFrequency(Attribute attribute, String value) {
        return frequency;
      }

      @Override
      public long population(Attribute attribute) {
        return population;
      }
    };
  }
}
