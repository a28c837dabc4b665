package dev.golden.match;

import dev.golden.block.BlockingRule;
import dev.golden.block.CandidateGenerator;
import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.record.RecordLoader;
import dev.golden.record.RecordTable;
import dev.golden.synth.SyntheticCustomers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 1,000 synthetic customers with their duplicates, loaded with the default dictionary and trained
 * with the default comparisons and blocking rules; built once and shared by the tests of this
 * package.
 */
final class TrainedFixture {
  static final int PEOPLE = 1000;
  private static TrainedFixture instance;

  final RecordTable table;
  final long truePairs;
  final CandidateGenerator.Result candidates;
  final ModelTrainer.Result training;
  private final Map<String, Integer> indexById = new HashMap<>();

  private TrainedFixture() throws IOException {
    SyntheticCustomers customers = SyntheticCustomers.builder().people(PEOPLE).seed(7).build();
    Path dir = Files.createTempDirectory("golden-trained-fixture");
    Path csv = dir.resolve("customers.csv");
    Path truth = dir.resolve("truth.csv");
    try {
      truePairs = customers.write(csv, truth).truthPairs();
      table = new RecordLoader(DataDictionary.defaults(), CsvOptions.defaults(), Map.of(), Optional.empty())
          .load(List.of(csv), bytes -> {}).table();
    } finally {
      Files.deleteIfExists(csv);
      Files.deleteIfExists(truth);
      Files.deleteIfExists(dir);
    }
    for (int i = 0; i < table.size(); i++) {
      indexById.put(table.recordId(i), i);
    }
    List<BlockingRule> rules = DefaultSettings.blockingRules(table, 200, 25);
    candidates = new CandidateGenerator(rules, 200, 25, false).generate(table);
    training = new ModelTrainer(new ModelTrainer.Options(200_000, 42, 0.9, 0.5))
        .train(table, DefaultSettings.comparisons(table), rules, candidates.pairs(), LinkType.DEDUPE_ONLY);
  }

  static synchronized TrainedFixture get() {
    if (instance == null) {
      try {
        instance = new TrainedFixture();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return instance;
  }

  MatchModel model() {
    return training.model();
  }

  /** The share of all record pairs that truly match. */
  double trueMatchShare() {
    double n = table.size();
    return truePairs / (n * (n - 1) / 2);
  }

  ComparisonParameters comparison(String name) {
    return model().comparisons().stream().filter(c -> c.comparison().name().equals(name)).findFirst().orElseThrow();
  }
}
