package dev.golden.cli;

import dev.golden.evaluate.ClusterEvaluation;
import dev.golden.evaluate.ClusterEvaluation.IdPair;
import dev.golden.evaluate.PairwiseScore;
import dev.golden.io.CsvOptions;
import dev.golden.io.CsvRow;
import dev.golden.io.CsvSource;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelJson;
import dev.golden.match.PairScorer;
import dev.golden.record.LoadedRecords;
import dev.golden.record.RecordLoader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code golden evaluate --clusters clusters.csv --truth truth_pairs.csv}: pairwise precision, recall, F1. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Scores clusters against true matching pairs: pairwise precision, recall and F1.",
        "With --model and --input it also explains the worst false positives and false negatives."})
final class EvaluateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;

  @Option(names = "--clusters", required = true, paramLabel = "FILE", description = "clusters.csv of a run.")
  Path clusters;

  @Option(names = "--truth", required = true, paramLabel = "FILE", description = "True pairs: id_a,id_b.")
  Path truth;

  @Option(names = "--model", paramLabel = "FILE", description = "model.json of the run, to explain errors.")
  Path model;

  @Option(names = "--input", paramLabel = "FILE", description = "The input file(s) of the run, to explain errors.")
  List<Path> inputs = new ArrayList<>();

  @Option(names = "--worst", paramLabel = "N", description = "How many errors of each kind to explain (default: ${DEFAULT-VALUE}).")
  int worst = 5;

  @Override
  public Integer call() throws IOException {
    Map<String, String> clusterOf = new HashMap<>();
    for (List<String> row : rows(clusters, "record_id", "cluster_id")) {
      clusterOf.put(row.get(0), row.get(1));
    }
    Set<IdPair> truePairs = new HashSet<>();
    for (List<String> row : rows(truth, "id_a", "id_b")) {
      truePairs.add(IdPair.of(row.get(0), row.get(1)));
    }
    ClusterEvaluation evaluation = new ClusterEvaluation(clusterOf, truePairs);
    PairwiseScore score = evaluation.score();
    PrintWriter out = spec.commandLine().getOut();
    out.printf(Locale.ROOT, "records %,d, true pairs %,d, predicted pairs %,d%n", clusterOf.size(), score.truePairs(),
        score.predictedPairs());
    out.printf(Locale.ROOT, "precision %.4f  recall %.4f  F1 %.4f  (false positives %,d, false negatives %,d)%n",
        score.precision(), score.recall(), score.f1(), score.falsePositives(), score.falseNegatives());
    if (model != null && !inputs.isEmpty()) {
      explainErrors(evaluation, out);
    }
    out.flush();
    return 0;
  }

  private void explainErrors(ClusterEvaluation evaluation, PrintWriter out) throws IOException {
    MatchModel matchModel = ModelJson.read(model);
    LoadedRecords records = new RecordLoader(input.dictionary(), input.csvOptions(), input.mapping(), Optional.empty())
        .load(inputs, bytes -> {});
    RecordIndex index = new RecordIndex(records.table());
    PairScorer scorer = new PairScorer(matchModel, records.table());
    Comparator<IdPair> byWeight = Comparator.comparingDouble(p -> scorer.weight(index.require(p.a()), index.require(p.b())));
    List<IdPair> falsePositives = evaluation.falsePositives(200).stream()
        .filter(p -> index.contains(p.a()) && index.contains(p.b())).sorted(byWeight.reversed()).limit(worst).toList();
    List<IdPair> falseNegatives = evaluation.falseNegatives().stream()
        .filter(p -> index.contains(p.a()) && index.contains(p.b())).sorted(byWeight).limit(worst).toList();
    out.println();
    out.println("Worst false positives (put together, but not the same):");
    falsePositives.forEach(p -> out.print(scorer.explain(index.require(p.a()), index.require(p.b())).toText()));
    out.println();
    out.println("Worst false negatives (the same, but kept apart):");
    falseNegatives.forEach(p -> out.print(scorer.explain(index.require(p.a()), index.require(p.b())).toText()));
  }

  private static List<List<String>> rows(Path file, String... expectedHeader) throws IOException {
    try (CsvSource csv = CsvSource.open(file, CsvOptions.defaults())) {
      List<String> header = csv.header().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
      if (header.size() < expectedHeader.length || !header.subList(0, expectedHeader.length).equals(List.of(expectedHeader))) {
        throw new IllegalArgumentException(file + ": expected the header " + String.join(",", expectedHeader) + ", found " + csv.header());
      }
      List<List<String>> rows = new ArrayList<>();
      for (CsvRow row : csv) {
        rows.add(row.values());
      }
      return rows;
    }
  }
}
