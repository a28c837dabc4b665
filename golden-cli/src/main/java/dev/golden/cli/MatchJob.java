package dev.golden.cli;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.MappedColumn;
import dev.golden.match.Deduplicator;
import dev.golden.match.LinkType;
import dev.golden.match.MatchModel;
import dev.golden.match.MatchOutputs;
import dev.golden.match.MatchResult;
import dev.golden.match.ModelJson;
import dev.golden.match.StageTimings;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.GoldenRecords;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The shared work of {@code dedupe} and {@code link}: read, match, build golden records, write. */
final class MatchJob {
  private final InputOptions input;
  private final ThresholdOptions thresholds;
  private final List<String> trustedSources;
  private final Optional<Path> modelFile;
  private final Optional<String> idColumn;
  private final PrintWriter out;
  private final PrintWriter err;

  MatchJob(InputOptions input, ThresholdOptions thresholds, Optional<Path> modelFile, Optional<String> idColumn,
      List<String> trustedSources, PrintWriter out, PrintWriter err) {
    this.trustedSources = List.copyOf(trustedSources);
    this.input = input;
    this.thresholds = thresholds;
    this.modelFile = modelFile;
    this.idColumn = idColumn;
    this.out = out;
    this.err = err;
  }

  /** What one run read and found, and how long each stage took. */
  record Run(LoadedRecords records, MatchResult result, StageTimings timings) {}

  /** Runs the job and prints its summary. */
  void run(List<Path> files, LinkType linkType, Path outDir) throws IOException {
    Run run = match(files, linkType, outDir);
    summary(run.result(), run.timings(), outDir);
  }

  /** Reads, matches, builds golden records and writes them: every stage timed, nothing summarised. */
  Run match(List<Path> files, LinkType linkType, Path outDir) throws IOException {
    DataDictionary dictionary = input.dictionary();
    StageTimings timings = new StageTimings();
    long totalBytes = 0;
    for (Path file : files) {
      totalBytes += Files.size(file);
    }
    Progress progress = new Progress(err, totalBytes, "reading");
    RecordLoader loader = new RecordLoader(dictionary, input.csvOptions(), input.mapping(), idColumn);
    LoadedRecords records = timings.time("read and standardize", () -> {
      try {
        return loader.load(files, progress);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    progress.clear();
    for (int i = 0; i < files.size(); i++) {
      out.println(files.get(i) + ": " + describe(records.mappings().get(i)));
    }
    if (records.badRows() > 0) {
      out.printf(Locale.ROOT, "%,d rows could not be read and were skipped, e.g. %s%n", records.badRows(),
          records.problems().isEmpty() ? "" : records.problems().get(0));
    }
    Deduplicator.Builder builder = Deduplicator.builder().linkType(linkType).training(thresholds.training());
    if (modelFile.isPresent()) {
      MatchModel model = ModelJson.read(modelFile.get());
      if (model.linkType() != linkType) {
        throw new IllegalArgumentException(modelFile.get() + " is a " + model.linkType().id() + " model, not " + linkType.id());
      }
      builder.model(thresholds.applyTo(model));
    }
    err.println("matching " + String.format(Locale.ROOT, "%,d", records.table().size()) + " records...");
    MatchResult result = builder.build().run(records.table(), timings);
    List<GoldenRecord> golden = timings.time("golden records",
        () -> GoldenRecords.build(result.clustering(), records.fields(), dictionary, trustedSources));
    timings.time("write", () -> {
      try {
        MatchOutputs.write(result, golden, records.fields().fields(), dictionary.missingValue(), outDir);
        return null;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    return new Run(records, result, timings);
  }

  private static String describe(ColumnMapping mapping) {
    StringBuilder text = new StringBuilder();
    for (MappedColumn column : mapping.mapped()) {
      text.append(text.length() == 0 ? "" : ", ").append(column.header()).append(" -> ")
          .append(column.field().orElseThrow().name());
    }
    return text.toString();
  }

  private void summary(MatchResult result, StageTimings timings, Path outDir) {
    int records = result.table().size();
    out.printf(Locale.ROOT, "records            %,d%n", records);
    out.printf(Locale.ROOT, "candidate pairs    %,d (%d blocking rules)%n", result.candidates().size(),
        result.model().blockingRules().size());
    result.blocking().rules().forEach(rule -> {
      out.printf(Locale.ROOT, "  %-60s %,12d new pairs, largest block %,d%n", rule.rule(), rule.newPairs(), rule.largestBlock());
      rule.oversizedBlocks().stream().limit(3).forEach(block -> out.printf(Locale.ROOT,
          "    oversized block '%s' (%,d records) compared within a sliding window%n", block.key(), block.records()));
    });
    out.printf(Locale.ROOT, "matches            %,d pairs >= %.2f, review %,d pairs >= %.2f%n",
        result.pairsAtLeast(result.model().matchThreshold()), result.model().matchThreshold(),
        result.pairsAtLeast(result.model().reviewThreshold()) - result.pairsAtLeast(result.model().matchThreshold()),
        result.model().reviewThreshold());
    out.printf(Locale.ROOT, "clusters           %,d (unique customers), %,d records merged, %d merges refused by the chaining guard%n",
        result.clustering().clusters(), records - result.clustering().clusters(), result.clustering().refusedMerges());
    for (StageTimings.Stage stage : timings.stages()) {
      out.printf(Locale.ROOT, "  %-22s %8.2f s   cpu %7.2f s%n", stage.name(), seconds(stage.duration()),
          seconds(stage.cpu()));
    }
    out.printf(Locale.ROOT, "  %-22s %8.2f s%n", "total", seconds(timings.total()));
    out.println("written to " + outDir + ": clusters.csv, pairs.csv, golden.csv, model.json");
    out.flush();
  }

  private static double seconds(Duration duration) {
    return duration.toNanos() / 1e9;
  }
}
