package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Expectation-maximisation learns m and the match share from unlabelled patterns")
class ExpectationMaximisationTest {
  private static final int EXACT = 1;
  private static final int ELSE = 2;
  /** Three comparisons (name, date of birth, postcode), each with levels null, exact, else. */
  private static final int[] LEVELS = {3, 3, 3};
  /** Among random pairs, 5% agree exactly. */
  private static final double[][] U = {{1, 0.05, 0.95}, {1, 0.05, 0.95}, {1, 0.05, 0.95}};

  private static long pattern(int... levels) {
    long pattern = 0;
    for (int i = 0; i < levels.length; i++) {
      pattern = PatternCodec.with(pattern, i, levels[i]);
    }
    return pattern;
  }

  /** 100 pairs agreeing on everything, 900 disagreeing on everything, a few mixed. */
  private static Map<Long, Long> separablePatterns() {
    Map<Long, Long> counts = new HashMap<>();
    counts.put(pattern(EXACT, EXACT, EXACT), 100L);
    counts.put(pattern(EXACT, EXACT, ELSE), 10L);
    counts.put(pattern(ELSE, ELSE, ELSE), 900L);
    counts.put(pattern(EXACT, ELSE, ELSE), 40L);
    return counts;
  }

  private static double[][] neutral() {
    return new double[][] {{1, 0.5, 0.5}, {1, 0.5, 0.5}, {1, 0.5, 0.5}};
  }

  @Test
  @DisplayName("from a neutral start, m moves towards agreement and the share towards the agreeing pairs")
  void movesMTowardsAgreement() {
    var em = new ExpectationMaximisation(LEVELS, U);

    var estimate = em.run(separablePatterns(), neutral(), 0.5, new boolean[3], true, false, 25);

    for (int i = 0; i < 3; i++) {
      assertThat(estimate.m()[i][EXACT]).as("comparison %d", i).isGreaterThan(0.8);
      assertThat(estimate.m()[i][ELSE]).as("comparison %d", i).isLessThan(0.2);
      assertThat(estimate.m()[i][EXACT] + estimate.m()[i][ELSE]).isCloseTo(1.0, within(1e-5));
    }
    // 110 pairs agree on at least two comparisons out of 1,050.
    assertThat(estimate.matchShare()).isCloseTo(110 / 1050.0, within(0.02));
    assertThat(estimate.expectedMatches()).isCloseTo(110, within(20.0));
  }

  @Test
  @DisplayName("an excluded comparison keeps its starting m and does not sway the posterior")
  void excludedComparisonTakesNoPart() {
    var em = new ExpectationMaximisation(LEVELS, U);
    double[][] start = neutral();

    var estimate = em.run(separablePatterns(), start, 0.5, new boolean[] {false, false, true}, true, false, 25);

    assertThat(estimate.m()[2]).containsExactly(start[2]);
    assertThat(estimate.m()[0][EXACT]).isGreaterThan(0.8);
  }

  @Test
  @DisplayName("with m held fixed only the match share is estimated")
  void fixedM() {
    var em = new ExpectationMaximisation(LEVELS, U);
    double[][] good = {{1, 0.95, 0.05}, {1, 0.95, 0.05}, {1, 0.95, 0.05}};

    var estimate = em.run(separablePatterns(), good, 0.5, new boolean[3], false, false, 25);

    assertThat(estimate.m()).isDeepEqualTo(good);
    assertThat(estimate.matchShare()).isCloseTo(110 / 1050.0, within(0.02));
  }

  @Test
  @DisplayName("a null level (value missing) counts neither for nor against a match")
  void nullLevelIsIgnored() {
    var em = new ExpectationMaximisation(LEVELS, U);
    Map<Long, Long> counts = separablePatterns();
    counts.put(pattern(0, 0, 0), 500L);

    var withMissing = em.run(counts, neutral(), 0.5, new boolean[3], true, false, 25);
    var without = em.run(separablePatterns(), neutral(), 0.5, new boolean[3], true, false, 25);

    for (int i = 0; i < 3; i++) {
      assertThat(withMissing.m()[i][EXACT]).isCloseTo(without.m()[i][EXACT], within(0.05));
    }
  }

  @Test
  @DisplayName("normalising gives a distribution over the non-null levels, with a floor above zero")
  void normalise() {
    assertThat(ExpectationMaximisation.normalise(new double[] {7, 3, 1, 0}))
        .containsExactly(new double[] {1, 0.75, 0.25, 1e-6}, within(1e-12));
    assertThat(ExpectationMaximisation.normalise(new double[] {0, 0, 0})).containsExactly(1, 0.5, 0.5);
  }
}
