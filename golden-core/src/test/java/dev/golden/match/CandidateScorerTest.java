package dev.golden.match;

import static dev.golden.record.Attribute.COMPANY_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.block.BlockingRule;
import dev.golden.block.CandidatePairs;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Scoring one record against its candidates")
class CandidateScorerTest {
  private static final int CANDIDATES = 20;

  /** Frequencies as an index would give them: any value in (0, 1], different for different values. */
  private static final TermFrequencies FREQUENCIES = (attribute, value) ->
      ((value.hashCode() ^ attribute.ordinal()) & 0xff) / 256.0 + 1 / 512.0;

  @Test
  @DisplayName("gives every pair of a trained model the weight and explanation of a PairScorer over a table of the record and its candidates, a move allowed for included")
  void sameAsPairScorerOverATable() {
    TrainedFixture fixture = TrainedFixture.get();
    RecordTable all = fixture.table;
    CandidateScorer scorer = CandidateScorer.of(fixture.model());
    // Each record against the records blocking pairs it with (its duplicates among them) and a few random others.
    Map<Integer, List<Integer>> blockedWith = new HashMap<>();
    CandidatePairs blocked = fixture.candidates.pairs();
    for (int p = 0; p < blocked.size(); p++) {
      blockedWith.computeIfAbsent(blocked.left(p), r -> new ArrayList<>()).add(blocked.right(p));
    }
    Random random = new Random(5);
    int pairs = 0;
    int suggested = 0;
    int moved = 0;
    for (int record = 0; record < all.size(); record += 2) {
      List<Integer> candidates = new ArrayList<>(blockedWith.getOrDefault(record, List.of()));
      candidates = new ArrayList<>(candidates.subList(0, Math.min(candidates.size(), CANDIDATES - 5)));
      while (candidates.size() < CANDIDATES) {
        candidates.add(random.nextInt(all.size()));
      }
      RecordTable small = table(all, record, candidates);
      PairScorer reference = new PairScorer(fixture.model(), small, FREQUENCIES);
      CandidateScorer.Scores scores = scorer.score(all.recordId(record), values(all, record),
          candidates.stream().map(all::recordId).toList(), candidates.stream().map(c -> values(all, c)).toList(),
          FREQUENCIES);

      for (int c = 0; c < candidates.size(); c++) {
        assertThat(scores.weight(c)).isEqualTo(reference.weight(0, c + 1));
        Explanation explanation = scores.explain(c);
        assertThat(explanation).isEqualTo(reference.explain(0, c + 1));
        moved += explanation.steps().stream().anyMatch(s -> s.comparison().equals("address") && s.total() > 1) ? 1 : 0;
        pairs++;
        suggested += reference.probability(0, c + 1) >= fixture.model().reviewThreshold() ? 1 : 0;
      }
    }
    // The pairs cover matches as well as non-matches.
    assertThat(pairs).isGreaterThan(5_000);
    assertThat(suggested).isGreaterThan(100);
    // ... and pairs whose address counts as one move (the address group) alike.
    assertThat(moved).isGreaterThan(10);
  }

  @Test
  @DisplayName("scores a model with a level that reads the table's statistics (rare words) through such a table")
  void rareWordsThroughATable() {
    Comparison company = Comparison.of(COMPANY_NAME).exactWithTermFrequency().rareWords(0.5).build();
    MatchModel model = new MatchModel(MatchModel.FORMAT_VERSION, LinkType.DEDUPE_ONLY, 0.01, List.of(
        new ComparisonParameters(company, List.of(1.0, 0.8, 0.15, 0.05), List.of(1.0, 0.01, 0.04, 0.95))),
        List.of(BlockingRule.on(COMPANY_NAME)), 0.9, 0.5);
    List<String> ids = List.of("b", "c", "d");
    List<Map<Attribute, String>> candidates = List.of(Map.of(COMPANY_NAME, "acme widgets chicago"),
        Map.of(COMPANY_NAME, "chicago public schools"), Map.of(COMPANY_NAME, "acme"));
    Map<Attribute, String> record = Map.of(COMPANY_NAME, "acme widgets");
    RecordTable.Builder table = RecordTable.builder(4).withColumns(List.of(Attribute.values())).add("a", 0, record);
    for (int i = 0; i < ids.size(); i++) {
      table.add(ids.get(i), 0, candidates.get(i));
    }
    PairScorer reference = new PairScorer(model, table.build(), FREQUENCIES);

    CandidateScorer.Scores scores = CandidateScorer.of(model).score("a", record, ids, candidates, FREQUENCIES);

    for (int c = 0; c < ids.size(); c++) {
      assertThat(scores.weight(c)).isEqualTo(reference.weight(0, c + 1));
      assertThat(scores.explain(c)).isEqualTo(reference.explain(0, c + 1));
    }
  }

  private static RecordTable table(RecordTable all, int record, List<Integer> candidates) {
    RecordTable.Builder table = RecordTable.builder(candidates.size() + 1).withColumns(List.of(Attribute.values()))
        .add(all.recordId(record), 0, values(all, record));
    candidates.forEach(c -> table.add(all.recordId(c), 0, values(all, c)));
    return table.build();
  }

  private static Map<Attribute, String> values(RecordTable table, int record) {
    Map<Attribute, String> values = new EnumMap<>(Attribute.class);
    for (Attribute attribute : table.attributes()) {
      EncodedColumn column = table.require(attribute);
      if (!column.isMissing(record)) {
        values.put(attribute, column.value(record));
      }
    }
    return values;
  }
}
