package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The Deduplicator runs blocking, training, scoring and clustering")
class DeduplicatorTest {

  @Test
  @DisplayName("a run with a given model scores the candidates with it and clusters consistently")
  void runWithAGivenModel() {
    TrainedFixture fixture = TrainedFixture.get();

    MatchResult result = Deduplicator.builder().model(fixture.model()).build().run(fixture.table, new StageTimings());

    assertThat(result.model()).isSameAs(fixture.model());
    assertThat(result.weights()).hasSize(result.candidates().size());
    assertThat(result.clustering().clusters()).isLessThan(fixture.table.size()).isGreaterThanOrEqualTo(TrainedFixture.PEOPLE / 2);
    PairScorer scorer = new PairScorer(fixture.model(), fixture.table);
    for (int p = 0; p < result.candidates().size(); p++) {
      int a = result.candidates().left(p);
      int b = result.candidates().right(p);
      assertThat(result.weights()[p]).isEqualTo(scorer.weight(a, b));
      // A pair above the match threshold is only kept apart by the chaining guard, which counts it.
      if (MatchModel.probability(result.weights()[p]) >= fixture.model().matchThreshold()
          && result.clustering().clusterOf(a) != result.clustering().clusterOf(b)) {
        assertThat(result.clustering().refusedMerges()).isPositive();
      }
    }
    assertThat(result.pairsAtLeast(fixture.model().reviewThreshold()))
        .isGreaterThanOrEqualTo(result.pairsAtLeast(fixture.model().matchThreshold()));
  }

  @Test
  @DisplayName("records without any attribute to block on are an error that says what is missing")
  void noBlockingRuleApplies() {
    RecordTable table = RecordTable.builder(2)
        .add("1", 0, Map.of(Attribute.REGION, "nsw"))
        .add("2", 0, Map.of(Attribute.REGION, "vic"))
        .build();

    assertThatThrownBy(() -> Deduplicator.builder().build().run(table, new StageTimings()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("No blocking rule applies");
  }

  @Test
  @DisplayName("the builder rejects impossible options at once")
  void builderValidates() {
    assertThatThrownBy(() -> Deduplicator.builder().oversizedBlocks(1, 10)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deduplicator.builder().oversizedBlocks(100, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deduplicator.builder().conflictProbability(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Deduplicator.builder().conflictProbability(1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  @DisplayName("a given model sets the link type")
  void modelSetsTheLinkType() {
    MatchModel linking = new MatchModel(MatchModel.FORMAT_VERSION, LinkType.LINK_ONLY, 0.001,
        TrainedFixture.get().model().comparisons(), TrainedFixture.get().model().blockingRules(), 0.9, 0.5);
    RecordTable.Builder builder = RecordTable.builder(4);
    builder.add("crm-1", 0, Map.of(Attribute.GIVEN_NAME, "ann", Attribute.FAMILY_NAME, "lee", Attribute.EMAIL, "ann@example.com"));
    builder.add("crm-2", 0, Map.of(Attribute.GIVEN_NAME, "ann", Attribute.FAMILY_NAME, "lee", Attribute.EMAIL, "ann@example.com"));
    builder.add("erp-1", 1, Map.of(Attribute.GIVEN_NAME, "ann", Attribute.FAMILY_NAME, "lee", Attribute.EMAIL, "ann@example.com"));
    RecordTable table = builder.build();
    MatchModel usable = new MatchModel(linking.version(), linking.linkType(), linking.probabilityTwoRandomRecordsMatch(),
        linking.comparisons().stream().filter(c -> table.column(c.comparison().attribute()).isPresent()).toList(),
        linking.blockingRules().stream().filter(r -> r.appliesTo(table)).toList(), 0.9, 0.5);

    MatchResult result = Deduplicator.builder().model(usable).build().run(table, new StageTimings());

    for (int p = 0; p < result.candidates().size(); p++) {
      assertThat(table.sourceIndex(result.candidates().left(p))).isNotEqualTo(table.sourceIndex(result.candidates().right(p)));
    }
    assertThat(result.candidates().size()).isEqualTo(2);
  }
}
