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
import org.apache.spark.storage.StorageLevel;
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

  /**
   * Pairs (a &lt; b by record index) with the number of the rule that found them; reports added to
   * the list. All rules at once: each record's keys are exploded into (rule, key) rows, so block
   * sizes are one aggregation and the all-to-all pairs one self-join, whatever the number of rules.
   */
  Dataset<Row> pairs(Dataset<Row> records, List<BlockingRule> rules, List<RuleReport> reports) {
    List<Column> keys = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      String[] key = rules.get(r).attributes().stream().map(Columns::attribute).toArray(String[]::new);
      Column hasKey = functions.lit(true);
      Column[] parts = new Column[key.length];
      for (int i = 0; i < key.length; i++) {
        hasKey = hasKey.and(col(key[i]).isNotNull());
        parts[i] = col(key[i]);
      }
      // Standardized values hold no control characters: U+0001 cannot make two keys equal.
      keys.add(functions.when(hasKey, functions.struct(functions.lit(r).as("rule"),
          functions.concat_ws("\u0001", parts).as("key"))));
    }
    Dataset<Row> keyed = records
        .select(col(Columns.INDEX), functions.explode(functions.filter(functions.array(keys.toArray(Column[]::new)),
            Column::isNotNull)).as("k"))
        .select(col(Columns.INDEX), col("k.rule").as("rule"), col("k.key").as("key"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> sizes = keyed.groupBy("rule", "key").count().withColumnRenamed("count", "block_size")
        .persist(StorageLevel.MEMORY_AND_DISK());
    List<Map<Integer, Long>> blocksBySize = new ArrayList<>();
    long[] largest = new long[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      blocksBySize.add(new HashMap<>());
    }
    for (Row row : sizes.groupBy("rule", "block_size").count().collectAsList()) {
      int r = row.getInt(0);
      long size = row.getLong(1);
      blocksBySize.get(r).put((int) size, row.getLong(2));
      largest[r] = Math.max(largest[r], size);
    }
    BlockLimit[] limits = new BlockLimit[rules.size()];
    Column limitOfRule = functions.lit(Integer.MAX_VALUE);
    Column windowOfRule = functions.lit(0);
    boolean anyOversized = false;
    for (int r = rules.size() - 1; r >= 0; r--) {
      limits[r] = BlockLimit.within(pairBudget, DefaultSettings.MAX_BLOCK_SIZE, DefaultSettings.WINDOW, blocksBySize.get(r));
      limitOfRule = functions.when(col("rule").equalTo(r), limits[r].maxBlockSize()).otherwise(limitOfRule);
      windowOfRule = functions.when(col("rule").equalTo(r), limits[r].window()).otherwise(windowOfRule);
      anyOversized |= largest[r] > limits[r].maxBlockSize();
    }
    List<List<OversizedBlock>> oversized = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      oversized.add(new ArrayList<>());
    }
    Dataset<Row> small = keyed;
    Dataset<Row> windowed = null;
    if (anyOversized) {
      Dataset<Row> bigKeys = sizes.where(col("block_size").gt(limitOfRule)).persist(StorageLevel.MEMORY_AND_DISK());
      for (Row row : bigKeys.orderBy(col("block_size").desc()).limit(REPORTED_BLOCKS).collectAsList()) {
        List<OversizedBlock> ofRule = oversized.get(row.getInt(0));
        if (ofRule.size() < 10) {
          ofRule.add(new OversizedBlock(row.getString(1).replace("\u0001", " | "), row.getLong(2)));
        }
      }
      Dataset<Row> big = keyed.join(bigKeys.select("rule", "key"), scalaSeq("rule", "key"), "left_semi");
      small = keyed.join(bigKeys.select("rule", "key"), scalaSeq("rule", "key"), "left_anti");
      windowed = windowPairs(big.join(records, Columns.INDEX), windowOfRule);
    }
    for (int r = 0; r < rules.size(); r++) {
      reports.add(new RuleReport(rules.get(r).describe(), limits[r], largest[r], oversized.get(r)));
    }
    Dataset<Row> left = small.select(col(Columns.INDEX).as("l_idx"), col("rule").as("l_rule"), col("key").as("l_key"));
    Dataset<Row> right = small.select(col(Columns.INDEX).as("r_idx"), col("rule").as("r_rule"), col("key").as("r_key"));
    Dataset<Row> allToAll = left.join(right, col("l_rule").equalTo(col("r_rule")).and(col("l_key").equalTo(col("r_key")))
            .and(col("l_idx").lt(col("r_idx"))))
        .select(col("l_idx").as("a"), col("r_idx").as("b"), col("l_rule").as("rule"));
    return windowed == null ? allToAll : allToAll.union(windowed);
  }

  private static final int REPORTED_BLOCKS = 1000;

  /**
   * Sorted neighbourhood over every oversized block at once: a global sort by rule and key, then
   * by the neighbourhood order compared as golden-core compares strings (UTF-16 code units,
   * missing last), numbers each record's place, and each record meets the next window of records
   * of its block by a join on the place.
   */
  private Dataset<Row> windowPairs(Dataset<Row> big, Column windowOfRule) {
    List<Column> order = new ArrayList<>(List.of(col("rule").asc(), col("key").asc()));
    for (Attribute attribute : NEIGHBOURHOOD) {
      order.add(UTF16.apply(col(Columns.attribute(attribute))).asc_nulls_last());
    }
    order.add(col(Columns.INDEX).asc());
    Dataset<Row> sorted = big.sort(order.toArray(Column[]::new)).select(Columns.INDEX, "rule", "key");
    StructType placed = sorted.schema().add("place", DataTypes.LongType, false);
    JavaRDD<Row> numbered = sorted.javaRDD().zipWithIndex()
        .map(t -> RowFactory.create(t._1().getLong(0), t._1().getInt(1), t._1().getString(2), t._2()));
    Dataset<Row> places = spark.createDataFrame(numbered, placed).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> ahead = places
        .withColumn("step", functions.explode(functions.sequence(functions.lit(1), windowOfRule)))
        .select(col(Columns.INDEX).as("l_idx"), col("rule").as("l_rule"), col("key").as("l_key"),
            col("place").plus(col("step")).as("target"));
    Dataset<Row> behind = places.select(col(Columns.INDEX).as("r_idx"), col("rule").as("r_rule"),
        col("key").as("r_key"), col("place").as("r_place"));
    return ahead.join(behind, col("target").equalTo(col("r_place")).and(col("l_rule").equalTo(col("r_rule")))
            .and(col("l_key").equalTo(col("r_key"))))
        .select(functions.least(col("l_idx"), col("r_idx")).as("a"),
            functions.greatest(col("l_idx"), col("r_idx")).as("b"), col("l_rule").as("rule"));
  }

  /** A string as UTF-16 code units, big-endian: binary order is then {@link String#compareTo} order. */
  private static final UserDefinedFunction UTF16 = functions.udf(
      (UDF1<String, byte[]>) s -> s == null ? null : s.getBytes(StandardCharsets.UTF_16BE), DataTypes.BinaryType);

  private static scala.collection.immutable.Seq<String> scalaSeq(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
