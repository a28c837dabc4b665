package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.evaluate.ClusterEvaluation;
import dev.golden.evaluate.ClusterEvaluation.IdPair;
import dev.golden.evaluate.PairwiseScore;
import dev.golden.io.CsvOptions;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import dev.golden.record.RecordTable;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Deduplicating Febrl 3 with zero configuration")
class FebrlEndToEndTest {
  private static final String DATA = "fixtures/febrl3/dataset3.csv";
  private static final String TRUTH = "fixtures/febrl3/truth_pairs.csv";

  @Test
  @DisplayName("5,000 Australian people with 6,538 true pairs are clustered with pairwise F1 >= 0.99")
  void reachesTheTargetF1() throws Exception {
    LoadedRecords records = new RecordLoader(DataDictionary.defaults(), CsvOptions.defaults(), Map.of(), Optional.empty())
        .load(List.of(resource(DATA)), bytes -> {});
    assertThat(records.table().size()).isEqualTo(5000);
    assertThat(records.badRows()).isZero();

    MatchResult result = Deduplicator.builder().build().run(records.table(), new StageTimings());

    PairwiseScore score = new ClusterEvaluation(clusterOf(result), truthPairs(resource(TRUTH))).score();
    assertThat(score.truePairs()).isEqualTo(6538);
    assertThat(score.f1()).as("precision %.4f, recall %.4f", score.precision(), score.recall())
        .isGreaterThanOrEqualTo(0.99);
  }

  private static Map<String, String> clusterOf(MatchResult result) {
    RecordTable table = result.table();
    Map<String, String> clusterOf = new HashMap<>();
    for (int r = 0; r < table.size(); r++) {
      clusterOf.put(table.recordId(r), table.recordId(result.clustering().clusterOf(r)));
    }
    return clusterOf;
  }

  private static Set<IdPair> truthPairs(Path file) throws IOException {
    return Files.readAllLines(file).stream().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(","))
        .map(ids -> IdPair.of(ids[0].strip(), ids[1].strip())).collect(Collectors.toSet());
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(FebrlEndToEndTest.class.getClassLoader().getResource(name).toURI());
  }
}
