package dev.golden.spark;

import dev.golden.cluster.Clustering;
import dev.golden.dictionary.DataDictionary;
import dev.golden.merge.GoldenRecord;
import dev.golden.merge.GoldenRecords;
import dev.golden.merge.SourceValues;
import dev.golden.merge.SurvivedValue;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Golden records with golden-core's survivorship ({@link GoldenRecords}), a batch of whole
 * clusters at a time: rows arrive grouped by cluster and in input order inside each, and the
 * record index stands for recency as it does on one machine.
 *
 * <p>Input rows: {@code idx, id, cluster, source, v0, v1, ...} (the golden fields' values).
 */
final class Golden implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  private static final int BATCH = 8192;

  private final DataDictionary dictionary;
  private final List<String> fields;
  private final List<String> trustedSources;

  Golden(DataDictionary dictionary, List<String> fields, List<String> trustedSources) {
    this.dictionary = dictionary;
    this.fields = List.copyOf(fields);
    this.trustedSources = List.copyOf(trustedSources);
  }

  /** The columns of {@code golden.csv}: cluster_id, record_count, source_record_ids, then each field and its source. */
  static StructType schema(List<String> fields) {
    StructType schema = new StructType()
        .add("cluster_id", DataTypes.StringType, false)
        .add("record_count", DataTypes.IntegerType, false)
        .add("source_record_ids", DataTypes.StringType, false);
    for (String field : fields) {
      schema = schema.add(field, DataTypes.StringType, false).add(field + "__source", DataTypes.StringType, false);
    }
    return schema;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    List<Row> batch = new ArrayList<>();
    while (rows.hasNext()) {
      Row row = rows.next();
      // A batch ends between clusters only.
      if (batch.size() >= BATCH && batch.get(batch.size() - 1).getLong(2) != row.getLong(2)) {
        build(batch, out);
        batch.clear();
      }
      batch.add(row);
    }
    if (!batch.isEmpty()) {
      build(batch, out);
    }
    return out.iterator();
  }

  private void build(List<Row> batch, List<Row> out) {
    int[] clusterOf = new int[batch.size()];
    int clusters = 0;
    for (int i = 0; i < batch.size(); i++) {
      boolean first = i == 0 || batch.get(i - 1).getLong(2) != batch.get(i).getLong(2);
      clusterOf[i] = first ? i : clusterOf[i - 1];
      clusters += first ? 1 : 0;
    }
    List<GoldenRecord> golden = GoldenRecords.build(new Clustering(clusterOf, clusters, 0), new Values(batch),
        dictionary, trustedSources);
    String missing = dictionary.missingValue();
    for (GoldenRecord record : golden) {
      Object[] values = new Object[3 + 2 * fields.size()];
      values[0] = record.clusterId();
      values[1] = record.memberIds().size();
      values[2] = String.join(";", record.memberIds());
      for (int f = 0; f < fields.size(); f++) {
        Optional<SurvivedValue> value = record.value(fields.get(f));
        values[3 + 2 * f] = value.map(SurvivedValue::value).orElse(missing);
        values[4 + 2 * f] = value.map(SurvivedValue::sourceRecordId).orElse("");
      }
      out.add(RowFactory.create(values));
    }
  }

  /** A batch's rows as golden-core's source values. */
  private final class Values implements SourceValues {
    private final List<Row> rows;

    Values(List<Row> rows) {
      this.rows = rows;
    }

    @Override
    public List<String> fields() {
      return fields;
    }

    @Override
    public String recordId(int record) {
      return rows.get(record).getString(1);
    }

    @Override
    public Optional<String> value(int record, int field) {
      Row row = rows.get(record);
      return row.isNullAt(4 + field) ? Optional.empty() : Optional.of(row.getString(4 + field));
    }

    @Override
    public long recency(int record) {
      return rows.get(record).getLong(0);
    }

    @Override
    public Optional<String> source(int record) {
      Row row = rows.get(record);
      return row.isNullAt(3) ? Optional.empty() : Optional.of(row.getString(3));
    }
  }
}
