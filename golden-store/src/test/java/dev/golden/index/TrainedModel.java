package dev.golden.index;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchModel;
import dev.golden.match.StageTimings;
import dev.golden.record.RecordLoader;
import dev.golden.record.RecordTable;
import dev.golden.standardize.Standardization;
import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A model trained the way {@code golden dedupe} trains one, on 2,000 synthetic customers and their
 * duplicates; built once and shared by the tests of this package.
 */
final class TrainedModel {
  static final DataDictionary DICTIONARY = DataDictionary.defaults();
  static final Standardization STANDARDIZATION = Standardization.of(DICTIONARY);
  static final SyntheticCustomers CUSTOMERS = SyntheticCustomers.builder().people(2000).seed(11).build();
  private static MatchModel model;

  private TrainedModel() {}

  static synchronized MatchModel get() {
    if (model == null) {
      model = train();
    }
    return model;
  }

  private static MatchModel train() {
    try {
      Path dir = Files.createTempDirectory("golden-index-model");
      Path csv = dir.resolve("customers.csv");
      Path truth = dir.resolve("truth.csv");
      try {
        CUSTOMERS.write(csv, truth);
        RecordTable table = new RecordLoader(DICTIONARY, CsvOptions.defaults(), Map.of(), Optional.empty())
            .load(List.of(csv), bytes -> {}).table();
        return Deduplicator.builder().build().run(table, new StageTimings()).model();
      } finally {
        Files.deleteIfExists(csv);
        Files.deleteIfExists(truth);
        Files.deleteIfExists(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A synthetic record as an entry form would send it: dictionary field name → raw value. */
  static Map<String, String> fields(SyntheticRecord record) {
    Map<String, String> fields = new HashMap<>();
    List<String> values = record.values();
    for (int i = 0; i < SyntheticRecord.HEADER.size(); i++) {
      String field = SyntheticRecord.HEADER.get(i);
      if (!field.equals("record_id") && !values.get(i).isEmpty()) {
        fields.put(field, values.get(i));
      }
    }
    return fields;
  }
}
