package dev.golden.spark;

import static org.apache.spark.sql.functions.col;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.match.MatchModel;
import dev.golden.match.ModelJson;
import dev.golden.match.StageTimings;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.util.LongAccumulator;

/**
 * What a Spark run produced. {@code clusters} ({@code record_id, cluster_id}), {@code pairs}
 * ({@code id_a, id_b, match_probability, match_weight}, pairs at or above the review threshold) and
 * {@code golden} have the columns of the single-machine engine's CSV files.
 */
public record SparkMatchResult(MatchModel model, long records, ColumnMapping mapping, List<Blocking.RuleReport> blocking,
    Dataset<Row> scored, Dataset<Row> clusters, Dataset<Row> golden, List<String> goldenFields,
    LongAccumulator refusedMerges, int componentRounds, StageTimings timings) {

  /** Output formats. */
  public enum Format { CSV, PARQUET }

  /** Pairs at or above the review threshold, ids in text order, figures rounded as on one machine. */
  public Dataset<Row> pairs() {
    double review = SparkMatcher.weightOf(model.reviewThreshold());
    return scored.where(col("weight").geq(review)).select(
        functions.least(col("id_a"), col("id_b")).as("id_a"),
        functions.greatest(col("id_a"), col("id_b")).as("id_b"),
        functions.format_string("%.6f", functions.round(
            functions.lit(1.0).divide(functions.lit(1.0).plus(functions.pow(functions.lit(2.0), col("weight").multiply(-1)))), 6))
            .as("match_probability"),
        functions.format_string("%.3f", functions.round(col("weight"), 3)).as("match_weight"));
  }

  /** Writes clusters, pairs and golden (folders of part files) and model.json to a folder (local or HDFS/S3 path). */
  public void write(SparkSession spark, String dir, Format format) throws IOException {
    save(clusters, dir + "/clusters", format);
    save(pairs(), dir + "/pairs", format);
    save(golden, dir + "/golden", format);
    Path model = new Path(dir, "model.json");
    FileSystem fs = model.getFileSystem(spark.sparkContext().hadoopConfiguration());
    try (OutputStream out = fs.create(model, true)) {
      out.write(ModelJson.toJson(model()).getBytes(StandardCharsets.UTF_8));
    }
  }

  private static void save(Dataset<Row> frame, String path, Format format) {
    var writer = frame.write().mode(SaveMode.Overwrite);
    if (format == Format.PARQUET) {
      writer.parquet(path);
    } else {
      writer.option("header", "true").option("escape", "\"").csv(path);
    }
  }
}
