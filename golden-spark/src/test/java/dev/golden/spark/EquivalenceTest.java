package dev.golden.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchModel;
import dev.golden.match.MatchResult;
import dev.golden.match.StageTimings;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.GoldenRecords;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import dev.golden.synth.SyntheticCustomers;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The Spark job finds the same customers as the single-machine engine")
class EquivalenceTest {
  private static final DataDictionary DICTIONARY = DataDictionary.defaults();

  @TempDir Path dir;

  @Test
  void febrl3TrainedOnSparkGivesTheSameModelPairsClustersAndGoldenRecords() throws Exception {
    Path file = Path.of(getClass().getResource("/fixtures/febrl3/dataset3.csv").toURI());
    SingleMachine expected = SingleMachine.run(file, Optional.empty());

    SparkMatchResult actual = SparkMatcher.builder().build().run(LocalSpark.session(), new Input.Csv(file));

    assertThat(actual.model()).isEqualTo(expected.result().model());
    assertSameResults(actual, expected);
  }

  @Test
  @DisplayName("70,000 generated people (103,391 Latin and Chinese records, oversized blocks included) scored with "
      + "the single-machine model give the same pairs, weights, clusters, refused merges and golden records")
  void generatedCustomersScoredWithTheSingleMachineModelGiveTheSameClusters() throws Exception {
    Path file = dir.resolve("customers.csv");
    SyntheticCustomers.builder().people(PEOPLE).build().write(file, dir.resolve("truth.csv"));
    SingleMachine expected = SingleMachine.run(file, Optional.empty());

    SparkMatchResult actual = SparkMatcher.builder().model(expected.result().model()).build()
        .run(LocalSpark.session(), new Input.Csv(file));
    print(actual);

    assertThat(actual.records()).isEqualTo(expected.records().table().size());
    assertThat(actual.blocking()).as("the sliding window over oversized blocks is exercised")
        .anyMatch(rule -> !rule.oversized().isEmpty());
    assertSameResults(actual, expected);
  }

  /** People generated for the second test: 70,000 give 103,391 records, the 100k (CI has two cores). */
  private static final int PEOPLE = Integer.getInteger("golden.spark.equivalencePeople", 70_000);

  /** The Spark run's size and stage times, for the build log. */
  private static void print(SparkMatchResult actual) {
    System.out.printf(Locale.ROOT, "Spark equivalence run: %,d records, components in %d rounds%n",
        actual.records(), actual.componentRounds());
    for (StageTimings.Stage stage : actual.timings().stages()) {
      System.out.printf(Locale.ROOT, "  %-20s %7.2f s (CPU %7.2f s)%n", stage.name(),
          stage.duration().toNanos() / 1e9, stage.cpu().toNanos() / 1e9);
    }
  }

  private static void assertSameResults(SparkMatchResult actual, SingleMachine expected) {
    MatchResult result = expected.result();
    assertThat(actual.scored().count()).as("candidate pairs").isEqualTo(result.candidates().size());
    assertThat(weights(actual)).as("match weight of every candidate pair").isEqualTo(weights(result));
    assertThat(clusters(actual)).as("cluster of every record").isEqualTo(clusters(result));
    assertThat(actual.refusedMerges().value()).as("merges refused by the chaining guard")
        .isEqualTo((long) result.clustering().refusedMerges());
    assertThat(actual.goldenFields()).isEqualTo(expected.records().fields().fields());
    assertThat(golden(actual)).as("golden records").isEqualTo(golden(expected));
  }

  private static Map<String, Double> weights(SparkMatchResult actual) {
    return actual.scored().collectAsList().stream().collect(Collectors.toMap(
        r -> key(r.getString(2), r.getString(3)), r -> r.getDouble(4)));
  }

  private static Map<String, Double> weights(MatchResult result) {
    Map<String, Double> weights = new HashMap<>();
    for (int p = 0; p < result.candidates().size(); p++) {
      weights.put(key(result.table().recordId(result.candidates().left(p)),
          result.table().recordId(result.candidates().right(p))), result.weights()[p]);
    }
    return weights;
  }

  private static String key(String a, String b) {
    return a.compareTo(b) <= 0 ? a + " " + b : b + " " + a;
  }

  private static Map<String, String> clusters(SparkMatchResult actual) {
    return actual.clusters().collectAsList().stream()
        .collect(Collectors.toMap(r -> r.getString(0), r -> r.getString(1), (x, y) -> x, TreeMap::new));
  }

  private static Map<String, String> clusters(MatchResult result) {
    Map<String, String> clusters = new TreeMap<>();
    for (int r = 0; r < result.table().size(); r++) {
      clusters.put(result.table().recordId(r), result.table().recordId(result.clustering().clusterOf(r)));
    }
    return clusters;
  }

  private static Map<String, List<String>> golden(SparkMatchResult actual) {
    Map<String, List<String>> rows = new TreeMap<>();
    for (Row row : actual.golden().collectAsList()) {
      List<String> values = new java.util.ArrayList<>();
      for (int i = 1; i < row.size(); i++) {
        values.add(String.valueOf(row.get(i)));
      }
      rows.put(row.getString(0), values);
    }
    return rows;
  }

  private static Map<String, List<String>> golden(SingleMachine expected) {
    List<String> fields = expected.records().fields().fields();
    Map<String, List<String>> rows = new TreeMap<>();
    for (GoldenRecord record : expected.golden()) {
      List<String> values = new java.util.ArrayList<>();
      values.add(String.valueOf(record.memberIds().size()));
      values.add(String.join(";", record.memberIds()));
      for (String field : fields) {
        values.add(record.value(field).map(v -> v.value()).orElse(DICTIONARY.missingValue()));
        values.add(record.value(field).map(v -> v.sourceRecordId()).orElse(""));
      }
      rows.put(record.clusterId(), values);
    }
    return rows;
  }

  /** The single-machine engine's run, as {@code golden dedupe} does it. */
  record SingleMachine(LoadedRecords records, MatchResult result, List<GoldenRecord> golden) {
    static SingleMachine run(Path file, Optional<MatchModel> model) throws Exception {
      LoadedRecords records = new RecordLoader(DICTIONARY, CsvOptions.defaults(), Map.of(), Optional.empty())
          .load(List.of(file), bytes -> {});
      Deduplicator.Builder builder = Deduplicator.builder();
      model.ifPresent(builder::model);
      MatchResult result = builder.build().run(records.table(), new StageTimings());
      List<GoldenRecord> golden = GoldenRecords.build(result.clustering(), records.fields(), DICTIONARY, List.of());
      return new SingleMachine(records, result, golden);
    }
  }
}
