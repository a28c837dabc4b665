package dev.golden.match;

import dev.golden.io.CsvWriter;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.SurvivedValue;
import dev.golden.record.RecordTable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.stream.IntStream;

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
    // Clusters and pairs are written one row at a time on a thread of their own, beside the golden
    // records (rendered in parallel): the files are independent and each takes seconds at a million records.
    FutureTask<Void> clustersAndPairs = new FutureTask<>(() -> {
      writeClusters(result, dir.resolve("clusters.csv"));
      writePairs(result, dir.resolve("pairs.csv"));
      return null;
    });
    Thread writer = new Thread(clustersAndPairs, "golden-writer");
    writer.setDaemon(true);
    writer.start();
    writeGolden(golden, fields, missingValue, dir.resolve("golden.csv"));
    ModelJson.write(result.model(), dir.resolve("model.json"));
    awaitWritten(clustersAndPairs);
  }

  private static void awaitWritten(FutureTask<Void> task) throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing clusters and pairs");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void writeClusters(MatchResult result, Path file) throws IOException {
    RecordTable table = result.table();
    try (CsvWriter csv = CsvWriter.create(file)) {
      csv.row("record_id", "cluster_id");
      for (int record = 0; record < table.size(); record++) {
        csv.row(table.recordId(record), table.recordId(result.clustering().clusterOf(record)));
      }
    }
  }

  private static void writePairs(MatchResult result, Path file) throws IOException {
    RecordTable table = result.table();
    double review = result.model().reviewThreshold();
    try (CsvWriter csv = CsvWriter.create(file)) {
      csv.row("id_a", "id_b", "match_probability", "match_weight");
      for (int p = 0; p < result.weights().length; p++) {
        double probability = MatchModel.probability(result.weights()[p]);
        if (probability >= review) {
          String a = table.recordId(result.candidates().left(p));
          String b = table.recordId(result.candidates().right(p));
          boolean ordered = a.compareTo(b) <= 0;
          csv.row(ordered ? a : b, ordered ? b : a, format(probability, 6), format(result.weights()[p], 3));
        }
      }
    }
  }

  private static void writeGolden(List<GoldenRecord> golden, List<String> fields, String missingValue, Path file) throws IOException {
    try (CsvWriter csv = CsvWriter.create(file)) {
      List<String> header = new ArrayList<>(List.of("cluster_id", "record_count", "source_record_ids"));
      for (String field : fields) {
        header.add(field);
        header.add(field + "__source");
      }
      csv.row(header);
      // Rows are rendered in parallel chunks and written in order: most of the work is the rendering.
      int chunks = (golden.size() + CHUNK - 1) / CHUNK;
      for (int first = 0; first < chunks; first += PARALLEL_CHUNKS) {
        List<String> rendered = IntStream.range(first, Math.min(chunks, first + PARALLEL_CHUNKS)).parallel()
            .mapToObj(k -> render(golden.subList(k * CHUNK, Math.min(golden.size(), (k + 1) * CHUNK)), fields,
                missingValue, header.size()))
            .toList();
        for (String text : rendered) {
          csv.lines(text);
        }
      }
    }
  }

  private static final int CHUNK = 2048;
  private static final int PARALLEL_CHUNKS = 16;

  private static String render(List<GoldenRecord> records, List<String> fields, String missingValue, int columns) {
    StringBuilder text = new StringBuilder(records.size() * 256);
    List<String> row = new ArrayList<>(columns);
    for (GoldenRecord record : records) {
      row.clear();
      row.add(record.clusterId());
      row.add(Integer.toString(record.memberIds().size()));
      row.add(String.join(";", record.memberIds()));
      for (String field : fields) {
        Optional<SurvivedValue> value = record.value(field);
        row.add(value.map(SurvivedValue::value).orElse(missingValue));
        row.add(value.map(SurvivedValue::sourceRecordId).orElse(""));
      }
      CsvWriter.appendLine(text, row);
    }
    return text.toString();
  }

  // String.format costs more than scoring the pair did; millions of pairs are written.
  private static String format(double value, int decimals) {
    return java.math.BigDecimal.valueOf(value).setScale(decimals, java.math.RoundingMode.HALF_UP).toPlainString();
  }
}
