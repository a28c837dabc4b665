package dev.golden.spark;

import static org.apache.spark.sql.functions.col;

import dev.golden.block.BlockLimit;
import dev.golden.block.BlockingRule;
import dev.golden.match.DefaultSettings;
import dev.golden.record.Attribute;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Candidate pairs as distributed joins, rule by rule, as golden-core's {@code CandidateGenerator}
 * finds them: blocks up to the rule's limit are compared all-to-all (a self-join on the key);
 * larger blocks, reported, are compared within a sliding window over the block sorted in the
 * sorted-neighbourhood order (family name, given name, company, date of birth, street, postcode,
 * phone, then record index). The window is computed on a global sort, so one huge block (a
 * common surname, a switchboard number) is spread over many tasks rather than landing in one.
 * A pair is later kept only for the first rule that holds for it ({@link Scoring}).
 */
final class Blocking {
  /** The attributes of the sorted-neighbourhood order, as in golden-core. */
  private static final List<Attribute> NEIGHBOURHOOD = List.of(Attribute.FAMILY_NAME, Attribute.GIVEN_NAME,
      Attribute.COMPANY_NAME, Attribute.DATE_OF_BIRTH, Attribute.STREET_ADDRESS, Attribute.POSTCODE, Attribute.PHONE);

  static final StructType PAIRS = new StructType()
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false)
      .add("rule", DataTypes.IntegerType, false);

  /** What blocking did for one rule. */
  record RuleReport(String rule, BlockLimit limit, long largestBlock, List<OversizedBlock> oversized) {}

  /** A block compared within a window, with its key. */
  record OversizedBlock(String key, long records) {}

  private final SparkSession spark;
  private final long pairBudget;

  Blocking(SparkSession spark, long records) {
    this.spark = spark;
    this.pairBudget = DefaultSettings.pairBudgetPerRule(records);
  }

  /** Pairs (a &lt; b by record index) with the number of the rule that found them; reports added to the list. */
  Dataset<Row> pairs(Dataset<Row> records, List<BlockingRule> rules, List<RuleReport> reports) {
    Dataset<Row> all = null;
    for (int r = 0; r < rules.size(); r++) {
      Dataset<Row> found = pairs(records, rules.get(r), r, reports);
      all = all == null ? found : all.union(found);
    }
    return all;
  }

  private Dataset<Row> pairs(Dataset<Row> records, BlockingRule rule, int r, List<RuleReport> reports) {
    String[] key = rule.attributes().stream().map(Columns::attribute).toArray(String[]::new);
    Column hasKey = functions.lit(true);
    for (String k : key) {
      hasKey = hasKey.and(col(k).isNotNull());
    }
    List<String> kept = new ArrayList<>(List.of(Columns.INDEX));
    kept.addAll(List.of(key));
    NEIGHBOURHOOD.stream().map(Columns::attribute).filter(c -> !kept.contains(c)).forEach(kept::add);
    Dataset<Row> keyed = records.where(hasKey).select(kept.stream().map(functions::col).toArray(Column[]::new));
    Dataset<Row> sizes = keyed.groupBy(key[0], java.util.Arrays.copyOfRange(key, 1, key.length)).count().withColumnRenamed("count", "block_size").cache();
    Map<Integer, Long> blocksBySize = new HashMap<>();
    long largest = 0;
    for (Row row : sizes.groupBy("block_size").count().collectAsList()) {
      long size = row.getLong(0);
      blocksBySize.put((int) size, row.getLong(1));
      largest = Math.max(largest, size);
    }
    BlockLimit limit = BlockLimit.within(pairBudget, DefaultSettings.MAX_BLOCK_SIZE, DefaultSettings.WINDOW, blocksBySize);
    Dataset<Row> small = keyed;
    Dataset<Row> windowed = null;
    List<OversizedBlock> oversized = new ArrayList<>();
    if (largest > limit.maxBlockSize()) {
      Dataset<Row> bigKeys = sizes.where(col("block_size").gt(limit.maxBlockSize()));
      for (Row row : bigKeys.orderBy(col("block_size").desc()).limit(10).collectAsList()) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < key.length; i++) {
          text.append(i == 0 ? "" : " | ").append(row.getString(i));
        }
        oversized.add(new OversizedBlock(text.toString(), row.getLong(key.length)));
      }
      Dataset<Row> sized = keyed.join(functions.broadcast(bigKeys), scalaSeq(key), "left");
      small = sized.where(col("block_size").isNull()).drop("block_size");
      windowed = windowPairs(sized.where(col("block_size").isNotNull()).drop("block_size"), key, limit.window(), r);
    }
    sizes.unpersist();
    reports.add(new RuleReport(rule.describe(), limit, largest, oversized));
    Dataset<Row> left = small.select(keyColumns(key, "l", Columns.INDEX));
    Dataset<Row> right = small.select(keyColumns(key, "r", Columns.INDEX));
    Column on = col("l_" + Columns.INDEX).lt(col("r_" + Columns.INDEX));
    for (String k : key) {
      on = on.and(col("l_" + k).equalTo(col("r_" + k)));
    }
    Dataset<Row> allToAll = left.join(right, on)
        .select(col("l_" + Columns.INDEX).as("a"), col("r_" + Columns.INDEX).as("b"), functions.lit(r).as("rule"));
    return windowed == null ? allToAll : allToAll.union(windowed);
  }

  /**
   * Sorted neighbourhood over every oversized block at once: a global sort by key, then by the
   * neighbourhood order compared as golden-core compares strings (UTF-16 code units, missing
   * last), numbers each record's place, and each record meets the next {@code window} records
   * of its block by a join on the place.
   */
  private Dataset<Row> windowPairs(Dataset<Row> big, String[] key, int window, int r) {
    List<Column> order = new ArrayList<>();
    for (String k : key) {
      order.add(col(k).asc());
    }
    for (Attribute attribute : NEIGHBOURHOOD) {
      order.add(UTF16.apply(col(Columns.attribute(attribute))).asc_nulls_last());
    }
    order.add(col(Columns.INDEX).asc());
    Dataset<Row> sorted = big.select(keyColumns(key, "", Columns.INDEX)).sort(order.toArray(Column[]::new));
    StructType placed = sorted.schema().add("place", DataTypes.LongType, false);
    JavaRDD<Row> numbered = sorted.javaRDD().zipWithIndex().map(t -> {
      Object[] values = new Object[t._1().size() + 1];
      for (int i = 0; i < t._1().size(); i++) {
        values[i] = t._1().get(i);
      }
      values[values.length - 1] = t._2();
      return RowFactory.create(values);
    });
    Dataset<Row> places = spark.createDataFrame(numbered, placed);
    Dataset<Row> ahead = places
        .withColumn("step", functions.explode(functions.sequence(functions.lit(1L), functions.lit((long) window))))
        .select(keyColumns(key, "l", Columns.INDEX, "place", "step"))
        .withColumn("target", col("l_place").plus(col("l_step")));
    Dataset<Row> behind = places.select(keyColumns(key, "r", Columns.INDEX, "place"));
    Column on = col("target").equalTo(col("r_place"));
    for (String k : key) {
      on = on.and(col("l_" + k).equalTo(col("r_" + k)));
    }
    return ahead.join(behind, on).select(
        functions.least(col("l_" + Columns.INDEX), col("r_" + Columns.INDEX)).as("a"),
        functions.greatest(col("l_" + Columns.INDEX), col("r_" + Columns.INDEX)).as("b"),
        functions.lit(r).as("rule"));
  }

  /** Key columns and the named others, prefixed {@code prefix_} (or as they are, for no prefix). */
  private static Column[] keyColumns(String[] key, String prefix, String... others) {
    List<Column> columns = new ArrayList<>();
    for (String name : others) {
      columns.add(prefix.isEmpty() ? col(name) : col(name).as(prefix + "_" + name));
    }
    for (String k : key) {
      columns.add(prefix.isEmpty() ? col(k) : col(k).as(prefix + "_" + k));
    }
    if (prefix.isEmpty()) {
      for (Attribute attribute : NEIGHBOURHOOD) {
        String name = Columns.attribute(attribute);
        if (!List.of(key).contains(name)) {
          columns.add(col(name));
        }
      }
    }
    return columns.toArray(Column[]::new);
  }

  /** A string as UTF-16 code units, big-endian: binary order is then {@link String#compareTo} order. */
  private static final UserDefinedFunction UTF16 = functions.udf(
      (UDF1<String, byte[]>) s -> s == null ? null : s.getBytes(StandardCharsets.UTF_16BE), DataTypes.BinaryType);

  private static scala.collection.immutable.Seq<String> scalaSeq(String[] names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
