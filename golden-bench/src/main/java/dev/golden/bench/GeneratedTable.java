package dev.golden.bench;

import dev.golden.block.CandidateGenerator;
import dev.golden.block.CandidatePairs;
import dev.golden.dictionary.DataDictionary;
import dev.golden.match.DefaultSettings;
import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.LoadedRecords;
import dev.golden.synth.SyntheticCustomers;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic customer file loaded the way {@code golden dedupe} loads it, and its candidate pairs
 * under the default blocking rules: the data the benchmarks measure on.
 */
final class GeneratedTable {
  private final LoadedRecords records;
  private final CandidatePairs candidates;

  private GeneratedTable(LoadedRecords records, CandidatePairs candidates) {
    this.records = records;
    this.candidates = candidates;
  }

  /** Generates about {@code people} customers (duplicates on top), writes, reads and blocks them. */
  static GeneratedTable of(int people) {
    LoadedRecords records = SyntheticCustomers.builder().people(people).build().load(DataDictionary.defaults());
    CandidatePairs candidates = new CandidateGenerator(DefaultSettings.blockingRules(records.table()),
        DefaultSettings.MAX_BLOCK_SIZE, DefaultSettings.WINDOW, false)
        .generate(records.table()).pairs();
    return new GeneratedTable(records, candidates);
  }

  LoadedRecords records() {
    return records;
  }

  CandidatePairs candidates() {
    return candidates;
  }

  /**
   * The values of an attribute on both sides of candidate pairs where both records have it, as
   * {@code [a0, b0, a1, b1, ...]}, exactly {@code count} pairs: the strings a comparator really meets, matches and non-matches.
   */
  String[] valuePairs(Attribute attribute, int count) {
    EncodedColumn column = records.table().require(attribute);
    List<String> values = new ArrayList<>(2 * count);
    int step = Math.max(1, candidates.size() / (4 * count)); // spread over all blocking rules
    for (int p = 0; p < candidates.size() && values.size() < 2 * count; p += step) {
      int a = candidates.left(p);
      int b = candidates.right(p);
      if (!column.isMissing(a) && !column.isMissing(b)) {
        values.add(column.value(a));
        values.add(column.value(b));
      }
    }
    if (values.isEmpty()) {
      throw new IllegalStateException("No candidate pair has " + attribute + " on both sides");
    }
    for (int i = 0; values.size() < 2 * count; i++) { // too few: repeat, so every sample has exactly count pairs
      values.add(values.get(i));
    }
    return values.toArray(String[]::new);
  }
}
