package dev.golden.spark;

import dev.golden.block.BlockingRule;
import dev.golden.block.CandidateGenerator;
import dev.golden.compare.Comparison;
import dev.golden.match.DefaultSettings;
import dev.golden.match.LinkType;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelTrainer;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * Trains a model without labels on the driver with golden-core's own trainer: the records (all of
 * them up to the sample size, else a uniform sample) are collected in input order into a
 * {@link RecordTable}, blocked and trained exactly as on one machine. Up to the sample size the
 * model is therefore the single-machine engine's model; beyond it, u comes from random pairs of
 * the sample and m from EM inside the sample's blocked pairs (a uniform sample keeps the share of
 * matches among all pairs, hence the prior, unbiased; each rule's blocks are thinner).
 */
final class Training {
  private Training() {}

  static MatchModel train(Dataset<Row> records, long count, int sampleSize, ModelTrainer.Options options) {
    Dataset<Row> sample = count <= sampleSize ? records
        : records.where(functions.rand(options.seed()).lt((double) sampleSize / count));
    // Only what the record table holds comes to the driver, not the dictionary fields beside it.
    List<Column> columns = new ArrayList<>(List.of(functions.col(Columns.ID)));
    for (Attribute attribute : Attribute.values()) {
      columns.add(functions.col(Columns.attribute(attribute)));
    }
    List<Row> rows = sample.orderBy(Columns.INDEX).select(columns.toArray(Column[]::new))
        .collectAsList();
    RecordTable table = table(rows);
    List<BlockingRule> rules = DefaultSettings.blockingRules(table);
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("No blocking rule applies: the records have no name, phone, email, "
          + "address, company or date of birth filled often enough to find candidates");
    }
    List<Comparison> comparisons = DefaultSettings.comparisons(table);
    CandidateGenerator.Result blocked = new CandidateGenerator(rules, DefaultSettings.MAX_BLOCK_SIZE,
        DefaultSettings.WINDOW, false,
        rule -> DefaultSettings.pairBudget(rule, table.size())).generate(table);
    return new ModelTrainer(options).train(table, comparisons, rules, blocked.pairs(), LinkType.DEDUPE_ONLY).model();
  }

  /** The records as golden-core's table, in the order given. */
  static RecordTable table(List<Row> rows) {
    RecordTable.Builder builder = RecordTable.builder(rows.size());
    Attribute[] attributes = Attribute.values();
    for (Row row : rows) {
      Map<Attribute, String> values = new EnumMap<>(Attribute.class);
      for (Attribute attribute : attributes) {
        int i = row.fieldIndex(Columns.attribute(attribute));
        if (!row.isNullAt(i)) {
          values.put(attribute, row.getString(i));
        }
      }
      builder.add(row.getString(row.fieldIndex(Columns.ID)), 0, values);
    }
    return builder.build();
  }
}
