package dev.golden.match;

import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scoring and explaining a pair")
class PairScorerTest {
  private static final Comparison FAMILY = Comparison.of(FAMILY_NAME).exactWithTermFrequency().build();
  private static final Comparison GIVEN = Comparison.of(GIVEN_NAME).exact().jaroWinkler(0.9).build();

  /** family: null, exact, else; given: null, exact, jaro-winkler, else. */
  private static MatchModel model(double familyExactU) {
    return new MatchModel(MatchModel.FORMAT_VERSION, LinkType.DEDUPE_ONLY, 0.01, List.of(
        new ComparisonParameters(FAMILY, List.of(1.0, 0.9, 0.1), List.of(1.0, familyExactU, 1 - familyExactU)),
        new ComparisonParameters(GIVEN, List.of(1.0, 0.7, 0.2, 0.1), List.of(1.0, 0.01, 0.02, 0.97))),
        List.of(BlockingRule.on(FAMILY_NAME)), 0.9, 0.5);
  }

  private static Map<Attribute, String> person(String given, String family) {
    return Map.of(GIVEN_NAME, given, FAMILY_NAME, family);
  }

  /** Four Smiths, two Zabrowskis and one person without a given name. */
  private static RecordTable people() {
    return RecordTable.builder(7)
        .add("s1", 0, person("john", "smith"))
        .add("s2", 0, person("john", "smith"))
        .add("s3", 0, person("mary", "smith"))
        .add("s4", 0, person("jon", "smith"))
        .add("z1", 0, person("john", "zabrowski"))
        .add("z2", 0, person("john", "zabrowski"))
        .add("x", 0, Map.of(FAMILY_NAME, "smith"))
        .build();
  }

  @Test
  @DisplayName("the prior plus every step of the explanation is the match weight")
  void explanationSumsToTheMatchWeight() {
    PairScorer scorer = new PairScorer(model(0.01), people());

    for (int[] pair : new int[][] {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {4, 5}, {0, 6}}) {
      Explanation explanation = scorer.explain(pair[0], pair[1]);
      double sum = explanation.priorWeight() + explanation.steps().stream().mapToDouble(Explanation.Step::total).sum();
      assertThat(sum).isCloseTo(explanation.matchWeight(), within(1e-9));
      assertThat(explanation.matchWeight()).isCloseTo(scorer.weight(pair[0], pair[1]), within(1e-12));
    }
  }

  @Test
  @DisplayName("the explanation of a trained model sums to the match weight for every candidate pair")
  void trainedExplanationsSum() {
    // Steps and prior add up to the weight, unless given name and date of birth tell the people apart.
    TrainedFixture fixture = TrainedFixture.get();
    PairScorer scorer = new PairScorer(fixture.model(), fixture.table);
    var pairs = fixture.candidates.pairs();
    for (int p = 0; p < pairs.size(); p++) {
      Explanation explanation = scorer.explain(pairs.left(p), pairs.right(p));
      double sum = explanation.priorWeight() + explanation.steps().stream().mapToDouble(Explanation.Step::total).sum();
      double expected = explanation.capped() ? Math.min(sum, fixture.model().distinguishedCap()) : sum;
      assertThat(explanation.matchWeight()).isCloseTo(expected, within(1e-9));
      assertThat(explanation.matchProbability()).isCloseTo(1 / (1 + Math.pow(2, -explanation.matchWeight())), within(1e-12));
    }
  }

  @Test
  @DisplayName("the patterns of all candidate pairs at once are the patterns of each pair alone")
  void bulkPatternsEqualSinglePatterns() {
    TrainedFixture fixture = TrainedFixture.get();
    PairScorer scorer = new PairScorer(fixture.model(), fixture.table);
    var pairs = fixture.candidates.pairs();

    long[] patterns = scorer.patterns(pairs);

    for (int p = 0; p < pairs.size(); p++) {
      assertThat(patterns[p]).as("pair %d", p).isEqualTo(scorer.pattern(pairs.left(p), pairs.right(p)));
    }
  }

  @Test
  @DisplayName("match probability is 1 / (1 + 2^-weight)")
  void probabilityFromWeight() {
    assertThat(MatchModel.probability(0)).isEqualTo(0.5);
    assertThat(MatchModel.probability(1)).isCloseTo(2 / 3.0, within(1e-12));
    assertThat(MatchModel.probability(-3)).isCloseTo(1 / 9.0, within(1e-12));
    assertThat(MatchModel.probability(40)).isCloseTo(1, within(1e-9));

    PairScorer scorer = new PairScorer(model(0.01), people());
    Explanation explanation = scorer.explain(0, 1);
    assertThat(explanation.matchProbability()).isCloseTo(1 / (1 + Math.pow(2, -explanation.matchWeight())), within(1e-12));
    assertThat(scorer.probability(0, 1)).isEqualTo(explanation.matchProbability());
  }

  @Test
  @DisplayName("each step names the comparison, its level and both values; a missing value weighs nothing")
  void stepsDescribeTheComparison() {
    Explanation explanation = new PairScorer(model(0.01), people()).explain(0, 3);

    assertThat(explanation.idA()).isEqualTo("s1");
    assertThat(explanation.idB()).isEqualTo("s4");
    assertThat(explanation.steps()).extracting(Explanation.Step::comparison, Explanation.Step::level,
            Explanation.Step::valueA, Explanation.Step::valueB)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("family_name", "exact", "smith", "smith"),
            org.assertj.core.groups.Tuple.tuple("given_name", "jaro-winkler >= 0.9", "john", "jon"));
    assertThat(explanation.steps().get(1).weight()).isCloseTo(Math.log(0.2 / 0.02) / Math.log(2), within(1e-9));
    assertThat(explanation.toText()).contains("s1 vs s4", "match weight", "prior", "family_name", "jaro-winkler >= 0.9");

    Explanation missing = new PairScorer(model(0.01), people()).explain(0, 6);
    assertThat(missing.steps().get(1).level()).isEqualTo("null");
    assertThat(missing.steps().get(1).total()).isZero();
  }

  @Test
  @DisplayName("agreeing on a common family name weighs less than agreeing on a rare one")
  void termFrequencyAdjustment() {
    PairScorer scorer = new PairScorer(model(0.01), people());

    Explanation smiths = scorer.explain(0, 1);
    Explanation zabrowskis = scorer.explain(4, 5);

    assertThat(smiths.steps().get(0).weight()).as("same Bayes factor before adjustment")
        .isEqualTo(zabrowskis.steps().get(0).weight());
    assertThat(smiths.steps().get(0).tfAdjustment()).isLessThan(zabrowskis.steps().get(0).tfAdjustment());
    assertThat(scorer.weight(0, 1)).isLessThan(scorer.weight(4, 5));
    assertThat(smiths.steps().get(1).tfAdjustment()).as("given name is not adjusted").isZero();
  }

  @Test
  @DisplayName("a term-frequency adjustment is bounded, so one rare value never decides a pair on its own")
  void termFrequencyAdjustmentIsBounded() {
    RecordTable.Builder builder = RecordTable.builder(2002);
    for (int i = 0; i < 2000; i++) {
      builder.add("p" + i, 0, person("given" + i, "family" + i));
    }
    RecordTable table = builder.add("z1", 0, person("ann", "zabrowski")).add("z2", 0, person("ann", "zabrowski")).build();
    double u = 0.9;

    double adjustment = new PairScorer(model(u), table).explain(2000, 2001).steps().get(0).tfAdjustment();

    double unbounded = Math.log(u / (2 / 2002.0)) / Math.log(2);
    assertThat(adjustment).isPositive().isLessThan(unbounded);
  }

  @Test
  @DisplayName("a pair's weight from its pattern equals its weight computed afresh")
  void weightFromPattern() {
    PairScorer scorer = new PairScorer(model(0.01), people());
    long pattern = scorer.pattern(0, 3);

    assertThat(PairScorer.level(pattern, 0)).isEqualTo(1);
    assertThat(PairScorer.level(pattern, 1)).isEqualTo(2);
    assertThat(scorer.weight(pattern, 0, 3)).isEqualTo(scorer.weight(0, 3));
  }
  @Test
  @DisplayName("term frequencies from outside the table replace the table's own, so a small table scores like the whole store")
  void externalTermFrequencies() {
    RecordTable pair = RecordTable.builder(2).add("new", 0, person("john", "smith")).add("c1", 0, person("john", "smith"))
        .build();
    TermFrequencies smithIsCommon = (attribute, value) -> value.equals("smith") ? 0.01 : 1e-6;
    TermFrequencies smithIsRare = (attribute, value) -> value.equals("smith") ? 1e-3 : 1e-6;

    Explanation common = new PairScorer(model(0.01), pair, smithIsCommon).explain(0, 1);
    Explanation rare = new PairScorer(model(0.01), pair, smithIsRare).explain(0, 1);

    assertThat(common.steps().get(0).tfAdjustment()).isCloseTo(0, within(1e-9)); // log2(u 0.01 / frequency 0.01)
    assertThat(rare.steps().get(0).tfAdjustment()).isCloseTo(Math.log(0.01 / 1e-3) / Math.log(2), within(1e-9));
    assertThat(common.matchWeight()).isLessThan(rare.matchWeight());
  }

  @Test
  @DisplayName("frequencies equal to the table's own counts give exactly the batch scores")
  void externalFrequenciesEqualToTheTableGiveBatchScores() {
    RecordTable table = people();
    java.util.Map<String, Long> counts = java.util.stream.IntStream.range(0, table.size())
        .mapToObj(r -> table.require(FAMILY_NAME).value(r))
        .collect(java.util.stream.Collectors.groupingBy(v -> v, java.util.stream.Collectors.counting()));
    TermFrequencies sameAsTable = (attribute, value) -> counts.get(value) / (double) table.size();

    PairScorer batch = new PairScorer(model(0.01), table);
    PairScorer external = new PairScorer(model(0.01), table, sameAsTable);

    for (int a = 0; a < table.size(); a++) {
      for (int b = a + 1; b < table.size(); b++) {
        assertThat(external.weight(a, b)).isEqualTo(batch.weight(a, b));
      }
    }
  }

  @Test
  @DisplayName("a table given columns for attributes no record has still scores a model that compares them")
  void declaredColumnsLetASmallTableBeScored() {
    RecordTable onlyFamily = RecordTable.builder(2).withColumns(List.of(GIVEN_NAME))
        .add("a", 0, Map.of(FAMILY_NAME, "smith")).add("b", 0, Map.of(FAMILY_NAME, "smith")).build();

    Explanation explanation = new PairScorer(model(0.01), onlyFamily).explain(0, 1);

    assertThat(explanation.steps().get(1).level()).isEqualTo("null");
    assertThat(explanation.steps().get(0).level()).isEqualTo("exact");
  }
}
