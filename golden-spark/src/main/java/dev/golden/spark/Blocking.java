package dev.golden.spark;

import static org.apache.spark.sql.functions.col;

import dev.golden.block.BlockLimit;
import dev.golden.block.BlockingRule;
import dev.golden.match.DefaultSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

/**
 * Candidate pairs, found and scored where their block's records meet. First the block sizes (one
 * aggregation of block numbers) give each rule golden-core's limit within its pair budget
 * ({@link BlockLimit}) and name the oversized blocks. Then each record travels, encoded, once per
 * rule to the task of its block: blocks within the limit are compared all-to-all
 * ({@link SmallBlocks}), oversized blocks within a window over one global sort
 * ({@link WindowedBlocks}). No pair is shuffled before it has its weight.
 */
final class Blocking {
  /**
   * What blocking did for one rule.
   *
   * @param oversized the largest of the rule's oversized blocks (at most ten), with their keys
   * @param oversizedBlocks how many blocks were above the rule's limit
   * @param windowedRecords the records of those blocks, each compared with the next {@code limit().window()}
   * @param windowTasks the tasks the global sort of every rule's oversized blocks was spread over
   */
  record RuleReport(String rule, BlockLimit limit, long largestBlock, List<OversizedBlock> oversized,
      long oversizedBlocks, long windowedRecords, int windowTasks) {}

  /** A block compared within a window, with its key. */
  record OversizedBlock(String key, long records) {}

  /** Each rule's limit and largest block, the oversized blocks' numbers (sorted) and each rule's, largest first. */
  record Plan(List<BlockLimit> limits, long[] largest, long[] oversized, List<List<Sized>> oversizedByRule) {
    int[] windows() {
      return limits.stream().mapToInt(BlockLimit::window).toArray();
    }
  }

  /** A block number of a rule and its size. */
  record Sized(long block, long records) {}

  private static final int REPORTED_BLOCKS = 10;

  private final SparkSession spark;
  private final List<BlockingRule> rules;
  private final BlockKeys keys;
  private final long recordCount;

  Blocking(SparkSession spark, List<BlockingRule> rules, long records) {
    this.spark = spark;
    this.rules = List.copyOf(rules);
    this.keys = new BlockKeys(rules);
    this.recordCount = records;
  }

  /** Block sizes: how many records have each key of each rule. */
  Plan plan(Dataset<Row> records) {
    BlockKeys keys = this.keys;
    StructType schema = new StructType().add("rule", DataTypes.IntegerType).add("block", DataTypes.LongType);
    Dataset<Row> sizes = records.flatMap((FlatMapFunction<Row, Row>) row -> {
      CarriedRecord record = CarriedRecord.of(row);
      List<Row> out = new ArrayList<>(keys.rules());
      for (int r = 0; r < keys.rules(); r++) {
        String key = keys.key(r, record);
        if (key != null) {
          out.add(RowFactory.create(r, BlockKeys.block(r, key)));
        }
      }
      return out.iterator();
    }, Encoders.row(schema)).groupBy("rule", "block").count().persist(StorageLevel.MEMORY_AND_DISK());
    List<Map<Integer, Long>> blocksBySize = new ArrayList<>();
    long[] largest = new long[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      blocksBySize.add(new HashMap<>());
    }
    for (Row row : sizes.groupBy("rule", "count").count().collectAsList()) {
      int r = row.getInt(0);
      blocksBySize.get(r).put((int) row.getLong(1), row.getLong(2));
      largest[r] = Math.max(largest[r], row.getLong(1));
    }
    List<BlockLimit> limits = new ArrayList<>();
    Column oversized = functions.lit(false);
    for (int r = 0; r < rules.size(); r++) {
      long pairBudget = DefaultSettings.pairBudget(rules.get(r), recordCount);
      limits.add(BlockLimit.within(pairBudget, DefaultSettings.MAX_BLOCK_SIZE, DefaultSettings.WINDOW, blocksBySize.get(r)));
      oversized = oversized.or(col("rule").equalTo(r).and(col("count").gt(limits.get(r).maxBlockSize())));
    }
    List<List<Sized>> bySize = new ArrayList<>();
    rules.forEach(r -> bySize.add(new ArrayList<>()));
    List<Row> big = sizes.where(oversized).collectAsList();
    long[] numbers = new long[big.size()];
    for (int i = 0; i < numbers.length; i++) {
      Row row = big.get(i);
      numbers[i] = row.getLong(1);
      bySize.get(row.getInt(0)).add(new Sized(row.getLong(1), row.getLong(2)));
    }
    sizes.unpersist();
    Arrays.sort(numbers);
    bySize.forEach(list -> list.sort((x, y) -> Long.compare(y.records(), x.records())));
    return new Plan(limits, largest, numbers, bySize);
  }

  /**
   * The candidate pairs with their weights ({@link Scoring#SCORED}), computed and cached; what
   * blocking did is added to {@code reports}.
   */
  Dataset<Row> scored(Dataset<Row> records, Plan plan, Scoring scoring, List<RuleReport> reports) {
    BlockKeys keys = this.keys;
    Broadcast<long[]> oversized = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(plan.oversized());
    Dataset<Row> pairs = records.flatMap((FlatMapFunction<Row, Row>) row -> {
      CarriedRecord record = CarriedRecord.of(row);
      byte[] encoded = null;
      List<Row> out = new ArrayList<>(keys.rules());
      for (int r = 0; r < keys.rules(); r++) {
        String key = keys.key(r, record);
        long block = key == null ? 0 : BlockKeys.block(r, key);
        if (key != null && Arrays.binarySearch(oversized.value(), block) < 0) {
          encoded = encoded == null ? record.encode() : encoded;
          out.add(RowFactory.create(block, r, encoded));
        }
      }
      return out.iterator();
    }, Encoders.row(SmallBlocks.KEYED))
        .repartition(col("block"))
        .sortWithinPartitions("block")
        .mapPartitions(new SmallBlocks(keys, scoring), Encoders.row(Scoring.SCORED));
    Dataset<Row> sorted = null;
    if (plan.oversized().length > 0) {
      sorted = sortedOversized(records, oversized).persist(StorageLevel.MEMORY_AND_DISK());
      pairs = pairs.union(spark.createDataFrame(WindowedBlocks.pairs(sorted.select("rule", "block", "rec").javaRDD(),
          keys, plan.windows(), scoring), Scoring.SCORED));
    }
    Dataset<Row> scored = pairs.persist(StorageLevel.MEMORY_AND_DISK());
    scored.count();
    reports.addAll(reports(plan, sorted, sorted == null ? 0 : sorted.rdd().getNumPartitions()));
    if (sorted != null) {
      sorted.unpersist();
    }
    return scored;
  }

  private static final StructType SORTED = new StructType()
      .add("rule", DataTypes.IntegerType, false)
      .add("block", DataTypes.LongType, false)
      .add("key", DataTypes.StringType, false)
      .add("order", DataTypes.BinaryType, false)
      .add("idx", DataTypes.LongType, false)
      .add("rec", DataTypes.BinaryType, false);

  /** The records of oversized blocks, one row per block they are in, in one global sort by block and neighbourhood order. */
  private Dataset<Row> sortedOversized(Dataset<Row> records, Broadcast<long[]> oversized) {
    BlockKeys keys = this.keys;
    return records.flatMap((FlatMapFunction<Row, Row>) row -> {
      CarriedRecord record = CarriedRecord.of(row);
      List<Row> out = new ArrayList<>(1);
      for (int r = 0; r < keys.rules(); r++) {
        String key = keys.key(r, record);
        if (key != null && Arrays.binarySearch(oversized.value(), BlockKeys.block(r, key)) >= 0) {
          out.add(RowFactory.create(r, BlockKeys.block(r, key), key, NeighbourhoodKey.of(record), record.index(),
              record.encode()));
        }
      }
      return out.iterator();
    }, Encoders.row(SORTED)).sort("rule", "block", "order", "idx");
  }

  /** Each rule's report, with the keys of its largest oversized blocks looked up in the sorted rows. */
  private List<RuleReport> reports(Plan plan, Dataset<Row> sorted, int windowTasks) {
    Map<Long, String> keyOf = new HashMap<>();
    List<Long> reported = plan.oversizedByRule().stream()
        .flatMap(blocks -> blocks.stream().limit(REPORTED_BLOCKS).map(Sized::block)).toList();
    if (sorted != null && !reported.isEmpty()) {
      for (Row row : sorted.where(col("block").isin(reported.toArray())).select("block", "key")
          .dropDuplicates("block").collectAsList()) {
        keyOf.put(row.getLong(0), row.getString(1).replace("\u0001", " | "));
      }
    }
    List<RuleReport> reports = new ArrayList<>();
    for (int r = 0; r < rules.size(); r++) {
      List<OversizedBlock> oversized = plan.oversizedByRule().get(r).stream().limit(REPORTED_BLOCKS)
          .map(block -> new OversizedBlock(keyOf.getOrDefault(block.block(), ""), block.records())).toList();
      List<Sized> all = plan.oversizedByRule().get(r);
      reports.add(new RuleReport(rules.get(r).describe(), plan.limits().get(r), plan.largest()[r], oversized,
          all.size(), all.stream().mapToLong(Sized::records).sum(), all.isEmpty() ? 0 : windowTasks));
    }
    return reports;
  }
}
