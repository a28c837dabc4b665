package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Training without labels on 1,000 synthetic customers and their duplicates")
class ModelTrainerTest {
  private final TrainedFixture fixture = TrainedFixture.get();
  private final MatchModel model = fixture.model();

  private static int levelLabelled(ComparisonParameters parameters, String label) {
    return IntStream.range(1, parameters.comparison().levelCount())
        .filter(level -> parameters.comparison().levelLabel(level).equals(label)).findFirst().orElse(-1);
  }

  @Test
  @DisplayName("the main attributes of a customer are all compared")
  void comparesTheMainAttributes() {
    assertThat(model.comparisons()).extracting(c -> c.comparison().name())
        .contains("given_name", "family_name", "phone", "email", "postcode", "date_of_birth");
  }

  @Test
  @DisplayName("exact agreement is likelier among matches than among non-matches, and disagreement the reverse")
  void mAndUMoveApart() {
    for (ComparisonParameters parameters : model.comparisons()) {
      String name = parameters.comparison().name();
      int exact = levelLabelled(parameters, "exact");
      int disagree = parameters.comparison().elseLevel();
      if (exact > 0) {
        assertThat(parameters.m().get(exact)).as("%s: m(exact) vs u(exact)", name).isGreaterThan(parameters.u().get(exact));
      }
      assertThat(parameters.m().get(disagree)).as("%s: m(else) vs u(else)", name).isLessThan(parameters.u().get(disagree));
    }
  }

  @Test
  @DisplayName("exact levels weigh for a match, else levels against it")
  void weightsHaveTheRightSign() {
    for (ComparisonParameters parameters : model.comparisons()) {
      String name = parameters.comparison().name();
      int exact = levelLabelled(parameters, "exact");
      if (exact > 0) {
        assertThat(parameters.weight(exact)).as("%s exact", name).isPositive();
      }
      assertThat(parameters.weight(parameters.comparison().elseLevel())).as("%s else", name).isNegative();
      assertThat(parameters.weight(0)).as("%s null level", name).isZero();
    }
  }

  @Test
  @DisplayName("m and u are probabilities over the non-null levels")
  void mAndUAreDistributions() {
    for (ComparisonParameters parameters : model.comparisons()) {
      for (List<Double> values : List.of(parameters.m(), parameters.u())) {
        assertThat(values.subList(1, values.size())).allSatisfy(p -> assertThat(p).isBetween(0.0, 1.0));
        assertThat(values.subList(1, values.size()).stream().mapToDouble(Double::doubleValue).sum())
            .as(parameters.comparison().name()).isCloseTo(1.0, within(1e-3));
      }
    }
  }

  @Test
  @DisplayName("the prior is within a factor of three of the true share of matching pairs")
  void priorIsPlausible() {
    double truth = fixture.trueMatchShare();
    assertThat(model.probabilityTwoRandomRecordsMatch()).isBetween(truth / 3, truth * 3);
  }

  @Test
  @DisplayName("each rule with enough pairs is used, and its estimated match share is a proportion")
  void ruleEstimates() {
    assertThat(fixture.training.ruleEstimates()).hasSize(model.blockingRules().size());
    assertThat(fixture.training.ruleEstimates()).filteredOn(ModelTrainer.RuleEstimate::used).isNotEmpty()
        .allSatisfy(estimate -> assertThat(estimate.matchShare()).isBetween(0.0, 1.0));
    assertThat(fixture.training.patterns()).hasSize(fixture.candidates.pairs().size());
  }

  @Test
  @DisplayName("the parts of an address form one group whose learnt move share is near the generator's (5% of duplicates move house)")
  void learnsTheShareOfMatchesWhoMoved() {
    assertThat(model.groups()).singleElement().satisfies(group -> {
      assertThat(group.name()).isEqualTo("address");
      assertThat(group.members()).contains("street_address", "house_number", "city", "postcode");
      assertThat(group.requires()).containsExactly("given_name", "date_of_birth");
      assertThat(group.confirmedBy()).containsExactly("phone", "date_of_birth");
      // Most random pairs live elsewhere; a few percent of matches moved.
      assertThat(group.u()).isGreaterThan(0.7);
      assertThat(group.moved()).isBetween(0.02, 0.15);
    });
  }

  @Test
  @DisplayName("the same records and seed train the same model")
  void deterministic() {
    var again = new ModelTrainer(new ModelTrainer.Options(200_000, 42, 0.9, 0.5)).train(fixture.table,
        DefaultSettings.comparisons(fixture.table), model.blockingRules(), fixture.candidates.pairs(), LinkType.DEDUPE_ONLY);
    assertThat(again.model()).isEqualTo(model);
  }

  @Test
  @DisplayName("no level of agreement weighs less than total disagreement")
  void agreementNeverWeighsLessThanDisagreement() {
    for (ComparisonParameters parameters : model.comparisons()) {
      double disagreement = parameters.weight(parameters.comparison().elseLevel());
      for (int level = 1; level < parameters.comparison().elseLevel(); level++) {
        assertThat(parameters.weight(level)).as("%s %s", parameters.comparison().name(),
            parameters.comparison().levelLabel(level)).isGreaterThanOrEqualTo(disagreement);
      }
    }
  }
}
