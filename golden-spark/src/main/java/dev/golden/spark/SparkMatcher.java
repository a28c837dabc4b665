package dev.golden.spark;

import static org.apache.spark.sql.functions.col;

import dev.golden.block.BlockingRule;
import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelTrainer;
import dev.golden.match.StageTimings;
import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;

/**
 * Golden's batch matching on Spark, with the results of the single-machine engine: standardize,
 * train or take a model, block, score, cluster (connected components, then the chaining guard
 * inside each component), golden records. Every stage runs golden-core's code inside Spark
 * functions; only the data movement is Spark's. Configure with {@link #builder()}.
 */
public final class SparkMatcher {
  private final DataDictionary dictionary;
  private final Optional<MatchModel> model;
  private final Map<String, String> explicitMapping;
  private final List<String> trustedSources;
  private final int trainingSample;
  private final ModelTrainer.Options training;
  private final double conflictProbability = 0.01;

  private SparkMatcher(Builder builder) {
    this.dictionary = builder.dictionary;
    this.model = builder.model;
    this.explicitMapping = Map.copyOf(builder.explicitMapping);
    this.trustedSources = List.copyOf(builder.trustedSources);
    this.trainingSample = builder.trainingSample;
    this.training = builder.training;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Matches the records of one input; data frames are computed stage by stage so each stage is timed. */
  public SparkMatchResult run(SparkSession spark, Input input) {
    StageTimings timings = new StageTimings();
    Input.Raw raw = input.read(spark);
    ColumnMapping mapping = new HeaderMapper(dictionary).map(raw.header(), raw.sample(), explicitMapping);
    if (mapping.mapped().stream().noneMatch(c -> c.role().orElseThrow() != dev.golden.dictionary.Role.IDENTIFIER)) {
      throw new IllegalArgumentException("no column could be mapped to a customer field (headers: " + raw.header() + ")");
    }
    Dataset<Row> records = timings.time("read and standardize", () -> {
      JavaRDD<Row> standardized = raw.rows().javaRDD().zipWithIndex()
          .mapPartitions(new Standardizer(dictionary, mapping, raw.header().size()));
      Dataset<Row> frame = spark.createDataFrame(standardized, Standardizer.schema(dictionary))
          .persist(StorageLevel.MEMORY_AND_DISK());
      frame.count();
      return frame;
    });
    long count = records.count();
    long duplicateIds = records.groupBy(Columns.ID).count().where(col("count").gt(1)).limit(1).count();
    if (duplicateIds > 0) {
      throw new IllegalArgumentException("a record id appears more than once; give each record its own id");
    }
    long[] filled = filledCounts(records);
    MatchModel matchModel = model.orElseGet(() -> timings.time("train",
        () -> Training.train(records, count, trainingSample, training)));

    List<Blocking.RuleReport> reports = new ArrayList<>();
    Blocking blocking = new Blocking(spark, matchModel.blockingRules(), count);
    Blocking.Plan plan = timings.time("block sizes", () -> blocking.plan(records));
    Dataset<Row> scored = timings.time("block and score", () -> {
      JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
      TermCounts counts = termCounts(records, Scoring.frequencyAttributes(matchModel));
      Scoring scoring = new Scoring(context.broadcast(matchModel), context.broadcast(counts), filled);
      return blocking.scored(records, plan, scoring, reports);
    });

    double matchWeight = weightOf(matchModel.matchThreshold());
    LongAccumulator refused = spark.sparkContext().longAccumulator("refused merges");
    int[] rounds = new int[1];
    Dataset<Row> clusters = timings.time("cluster", () -> {
      Dataset<Row> links = scored.where(col("weight").geq(matchWeight)).select("a", "b");
      ConnectedComponents.Result components = ConnectedComponents.of(links, 64);
      rounds[0] = components.rounds();
      Dataset<Row> labels = components.components().persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> la = labels.select(col("node").as("la_node"), col("component").as("la_component"));
      Dataset<Row> lb = labels.select(col("node").as("lb_node"), col("component").as("lb_component"));
      Dataset<Row> inComponents = scored.join(la, col("a").equalTo(col("la_node")))
          .join(lb, col("b").equalTo(col("lb_node")))
          .where(col("la_component").equalTo(col("lb_component")))
          .select(col("la_component").as("component"), col("a"), col("b"), col("weight"));
      Dataset<Row> assigned = inComponents.repartition(col("component")).sortWithinPartitions("component")
          .mapPartitions(new WeakLinks(matchWeight, weightOf(conflictProbability), refused), Encoders.row(WeakLinks.ASSIGNED));
      Dataset<Row> frame = records.select(col(Columns.INDEX), col(Columns.ID))
          .join(assigned, Columns.INDEX, "left")
          .withColumn(Columns.CLUSTER, functions.coalesce(col(Columns.CLUSTER), col(Columns.INDEX)))
          .persist(StorageLevel.MEMORY_AND_DISK());
      frame.count();
      labels.unpersist();
      return frame;
    });

    List<String> fields = goldenFields(records, mapping);
    Dataset<Row> golden = timings.time("golden records", () -> {
      List<Column> columns = new ArrayList<>(List.of(col(Columns.INDEX), col(Columns.ID), col(Columns.CLUSTER)));
      int source = fieldIndex("source_system");
      columns.add(source >= 0 ? col(Columns.field(source)) : functions.lit(null).cast("string"));
      for (String field : fields) {
        columns.add(col(Columns.field(fieldIndex(field))));
      }
      Dataset<Row> frame = records.join(clusters.select(Columns.INDEX, Columns.CLUSTER), Columns.INDEX)
          .select(columns.toArray(Column[]::new))
          .repartition(col(Columns.CLUSTER))
          .sortWithinPartitions(Columns.CLUSTER, Columns.INDEX)
          .mapPartitions(new Golden(dictionary, fields, trustedSources), Encoders.row(Golden.schema(fields)))
          .persist(StorageLevel.MEMORY_AND_DISK());
      frame.count();
      return frame;
    });
    Dataset<Row> ids = clusters.select(col(Columns.INDEX).as("c_idx"), col(Columns.ID).as("cluster_id"));
    Dataset<Row> clusterTable = clusters.join(ids, col(Columns.CLUSTER).equalTo(col("c_idx")))
        .select(col(Columns.ID).as("record_id"), col("cluster_id"));
    return new SparkMatchResult(matchModel, count, mapping, reports, scored, clusterTable, golden, fields,
        refused, rounds[0], timings);
  }

  static double weightOf(double probability) {
    return Deduplicator.weightOf(probability);
  }

  private int fieldIndex(String name) {
    for (int f = 0; f < dictionary.fields().size(); f++) {
      if (dictionary.fields().get(f).name().equals(name)) {
        return f;
      }
    }
    return -1;
  }

  private static long[] filledCounts(Dataset<Row> records) {
    Attribute[] attributes = Attribute.values();
    Column[] counts = new Column[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      counts[i] = functions.count(col(Columns.attribute(attributes[i])));
    }
    Row row = records.agg(counts[0], Arrays.copyOfRange(counts, 1, counts.length)).first();
    long[] filled = new long[attributes.length];
    for (int i = 0; i < attributes.length; i++) {
      filled[i] = row.getLong(i);
    }
    return filled;
  }

  /**
   * How many records share each value of the term-frequency attributes: one aggregation of value
   * hashes; only shared values (two records or more) come to the driver, to be broadcast.
   */
  private static TermCounts termCounts(Dataset<Row> records, List<Attribute> attributes) {
    Attribute[] adjusted = attributes.toArray(Attribute[]::new);
    List<Row> shared = records.flatMap((FlatMapFunction<Row, Long>) row -> {
      List<Long> keys = new ArrayList<>(adjusted.length);
      for (Attribute attribute : adjusted) {
        int column = 2 + attribute.ordinal();
        if (!row.isNullAt(column)) {
          keys.add(TermCounts.key(attribute, row.getString(column)));
        }
      }
      return keys.iterator();
    }, Encoders.LONG()).groupBy("value").count().where(col("count").geq(2)).collectAsList();
    long[] keys = new long[shared.size()];
    int[] counts = new int[shared.size()];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = shared.get(i).getLong(0);
      counts[i] = Math.toIntExact(shared.get(i).getLong(1));
    }
    return TermCounts.of(keys, counts);
  }

  /**
   * The dictionary fields of golden.csv, in the order golden-core lists them: by the first record
   * that has a value, then by column.
   */
  private List<String> goldenFields(Dataset<Row> records, ColumnMapping mapping) {
    List<MappedColumn> mapped = mapping.mapped();
    if (mapped.isEmpty()) {
      return List.of();
    }
    Column[] firsts = new Column[mapped.size()];
    for (int i = 0; i < mapped.size(); i++) {
      String field = Columns.field(fieldIndex(mapped.get(i).field().orElseThrow().name()));
      firsts[i] = functions.min(functions.when(col(field).isNotNull(), col(Columns.INDEX)));
    }
    Row row = records.agg(firsts[0], Arrays.copyOfRange(firsts, 1, firsts.length)).first();
    record First(String field, long record, int column) {}
    List<First> seen = new ArrayList<>();
    for (int i = 0; i < mapped.size(); i++) {
      if (!row.isNullAt(i)) {
        String name = mapped.get(i).field().orElseThrow().name();
        if (seen.stream().noneMatch(s -> s.field().equals(name))) {
          seen.add(new First(name, row.getLong(i), mapped.get(i).index()));
        }
      }
    }
    seen.sort(Comparator.comparingLong(First::record).thenComparingInt(First::column));
    return seen.stream().map(First::field).toList();
  }

  /** Configures a {@link SparkMatcher}; every option has a default. */
  public static final class Builder {
    private DataDictionary dictionary = DataDictionary.defaults();
    private Optional<MatchModel> model = Optional.empty();
    private Map<String, String> explicitMapping = Map.of();
    private List<String> trustedSources = List.of();
    private int trainingSample = 1_000_000;
    private ModelTrainer.Options training = ModelTrainer.Options.defaults();

    public Builder dictionary(DataDictionary dictionary) {
      this.dictionary = dictionary;
      return this;
    }

    /** Uses a model (such as the single-machine engine's model.json) instead of training one. */
    public Builder model(MatchModel model) {
      this.model = Optional.of(model);
      return this;
    }

    /** Header to field name, overriding automatic mapping. */
    public Builder mapping(Map<String, String> explicitMapping) {
      this.explicitMapping = explicitMapping;
      return this;
    }

    public Builder trustedSources(List<String> trustedSources) {
      this.trustedSources = trustedSources;
      return this;
    }

    /** Training collects at most about this many records to the driver (all of them when there are fewer). */
    public Builder trainingSample(int records) {
      if (records < 1000) {
        throw new IllegalArgumentException("the training sample needs at least 1,000 records");
      }
      this.trainingSample = records;
      return this;
    }

    public Builder training(ModelTrainer.Options training) {
      this.training = training;
      return this;
    }

    public SparkMatcher build() {
      return new SparkMatcher(this);
    }
  }
}
