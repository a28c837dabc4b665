package dev.golden.match;

import dev.golden.merge.GoldenRecord;
import dev.golden.merge.SurvivedValue;
import dev.golden.record.RecordTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes a run's results to a folder: {@code clusters.csv}, {@code pairs.csv} (pairs at or above
 * the review threshold), {@code golden.csv} (one golden record per cluster with lineage) and
 * {@code model.json}.
 */
public final class MatchOutputs {
  private MatchOutputs() {}

  /**
   * @param missingValue the dictionary's explicit value for a field no member record has
   */
  public static void write(MatchResult result, List<GoldenRecord> golden, List<String> fields, String missingValue,
      Path dir) throws IOException {
    Files.createDirectories(dir);
    // Each file's rows are rendered and encoded in parallel chunks (ChunkedCsv): at a million
    // records, rendering and encoding row by row took seconds per file on one thread.
    writeClusters(result, dir.resolve("clusters.csv"));
    writePairs(result, dir.resolve("pairs.csv"));
    writeGolden(golden, fields, missingValue, dir.resolve("golden.csv"));
    ModelJson.write(result.model(), dir.resolve("model.json"));
  }

  private static void writeClusters(MatchResult result, Path file) throws IOException {
    RecordTable table = result.table();
    ChunkedCsv.write(file, List.of("record_id", "cluster_id"), table.size(), (record, cells) -> {
      cells.add(table.recordId(record));
      cells.add(table.recordId(result.clustering().clusterOf(record)));
      return true;
    });
  }

  private static void writePairs(MatchResult result, Path file) throws IOException {
    RecordTable table = result.table();
    double review = result.model().reviewThreshold();
    double[] weights = result.weights();
    ChunkedCsv.write(file, List.of("id_a", "id_b", "match_probability", "match_weight"), weights.length,
        (p, cells) -> {
          double probability = MatchModel.probability(weights[p]);
          if (probability < review) {
            return false;
          }
          String a = table.recordId(result.candidates().left(p));
          String b = table.recordId(result.candidates().right(p));
          boolean ordered = a.compareTo(b) <= 0;
          cells.add(ordered ? a : b);
          cells.add(ordered ? b : a);
          cells.add(format(probability, 6));
          cells.add(format(weights[p], 3));
          return true;
        });
  }

  private static void writeGolden(List<GoldenRecord> golden, List<String> fields, String missingValue, Path file)
      throws IOException {
    List<String> header = new ArrayList<>(List.of("cluster_id", "record_count", "source_record_ids"));
    for (String field : fields) {
      header.add(field);
      header.add(field + "__source");
    }
    ChunkedCsv.write(file, header, golden.size(), (k, cells) -> {
      GoldenRecord record = golden.get(k);
      cells.add(record.clusterId());
      cells.add(Integer.toString(record.memberIds().size()));
      cells.add(String.join(";", record.memberIds()));
      for (String field : fields) {
        Optional<SurvivedValue> value = record.value(field);
        cells.add(value.map(SurvivedValue::value).orElse(missingValue));
        cells.add(value.map(SurvivedValue::sourceRecordId).orElse(""));
      }
      return true;
    });
  }

  // String.format costs more than scoring the pair did; millions of pairs are written.
  private static String format(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
