package dev.golden.spark;

import dev.golden.dictionary.DataDictionary;
import dev.golden.match.ModelJson;
import dev.golden.match.StageTimings;
import dev.golden.synth.SyntheticCustomers;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code golden spark dedupe|bench}: the Spark job from the command line, in local mode by default
 * ({@code --master local[*]}); under {@code spark-submit} the master comes from spark-submit.
 */
@Command(name = "golden spark", mixinStandardHelpOptions = true, subcommands = {SparkCommand.Dedupe.class,
    SparkCommand.Bench.class}, description = "Golden's batch matching on Apache Spark.")
public final class SparkCommand {
  public static void main(String[] args) {
    System.exit(new CommandLine(new SparkCommand()).execute(args));
  }

  static SparkSession session(Optional<String> master, int shufflePartitions) {
    SparkSession.Builder builder = SparkSession.builder().appName("golden");
    master.ifPresent(builder::master);
    if (master.isPresent() && master.get().startsWith("local")) {
      builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", shufflePartitions);
    }
    return builder.getOrCreate();
  }

  static void printSummary(SparkMatchResult result, PrintStream out) {
    out.printf(Locale.ROOT, "records            %,d%n", result.records());
    out.printf(Locale.ROOT, "candidate pairs    %,d (%d blocking rules)%n", result.scored().count(), result.blocking().size());
    for (Blocking.RuleReport rule : result.blocking()) {
      out.printf(Locale.ROOT, "  %-60s largest block %,d%n", rule.rule(), rule.largestBlock());
      if (rule.oversizedBlocks() > 0) {
        out.printf(Locale.ROOT, "    %,d blocks above the limit of %,d records (%,d records in all) compared within a "
            + "sliding window of %d, spread over %d tasks by one global sort%n", rule.oversizedBlocks(),
            rule.limit().maxBlockSize(), rule.windowedRecords(), rule.limit().window(), rule.windowTasks());
      }
      rule.oversized().stream().limit(3).forEach(block -> out.printf(Locale.ROOT,
          "    oversized block '%s' (%,d records)%n", block.key(), block.records()));
    }
    long clusters = result.clusters().select("cluster_id").distinct().count();
    out.printf(Locale.ROOT, "clusters           %,d, %d merges refused by the chaining guard, components in %d rounds%n",
        clusters, result.refusedMerges().value(), result.componentRounds());
    for (StageTimings.Stage stage : result.timings().stages()) {
      out.printf(Locale.ROOT, "  %-22s %8.2f s  (CPU %8.2f s)%n", stage.name(), stage.duration().toNanos() / 1e9,
          stage.cpu().toNanos() / 1e9);
    }
    double total = result.timings().total().toNanos() / 1e9;
    out.printf(Locale.ROOT, "  %-22s %8.2f s  (%,.0f records/s)%n", "total", total, result.records() / total);
  }

  @Command(name = "dedupe", mixinStandardHelpOptions = true,
      description = "Finds which records are the same customer; writes clusters, pairs, golden and model.json.")
  static final class Dedupe implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "0..1", description = "A CSV file, or Parquet files with --parquet.")
    String input;

    @Option(names = "--out", required = true, description = "Output folder (local, hdfs:// or s3a://).")
    String out;

    @Option(names = "--parquet", description = "The input is Parquet.")
    boolean parquet;

    @Option(names = "--jdbc-url", description = "Read a table of this database instead of a file.")
    String jdbcUrl;

    @Option(names = "--table", description = "The table (or '(select ...) t') with --jdbc-url.")
    String table;

    @Option(names = "--user", description = "Database user with --jdbc-url (password: GOLDEN_JDBC_PASSWORD).")
    String user;

    @Option(names = "--model", description = "A model.json (e.g. from golden dedupe) instead of training.")
    Path model;

    @Option(names = "--format", defaultValue = "csv", description = "csv or parquet.")
    String format;

    @Option(names = "--master", description = "Spark master; default local[*], or spark-submit's.")
    String master;

    @Option(names = "--training-sample", defaultValue = "1000000", description = "Records collected to train a model.")
    int trainingSample;

    @Override
    public Integer call() throws Exception {
      Input source;
      if (jdbcUrl != null) {
        Properties properties = new Properties();
        if (user != null) {
          properties.setProperty("user", user);
        }
        Optional.ofNullable(System.getenv("GOLDEN_JDBC_PASSWORD")).ifPresent(p -> properties.setProperty("password", p));
        source = new Input.Jdbc(jdbcUrl, table, properties);
      } else if (input == null) {
        throw new CommandLine.ParameterException(new CommandLine(this), "give an INPUT file or --jdbc-url and --table");
      } else {
        source = parquet ? new Input.Parquet(input) : new Input.Csv(Path.of(input));
      }
      SparkMatcher.Builder matcher = SparkMatcher.builder().trainingSample(trainingSample);
      if (model != null) {
        matcher.model(ModelJson.read(model));
      }
      Optional<String> chosen = Optional.ofNullable(master)
          .or(() -> System.getProperty("spark.master") == null ? Optional.of("local[*]") : Optional.empty());
      SparkSession spark = session(chosen, 16);
      SparkMatchResult result = matcher.build().run(spark, source);
      result.write(spark, out, SparkMatchResult.Format.valueOf(format.toUpperCase(Locale.ROOT)));
      printSummary(result, System.out);
      System.out.println("written to " + out + ": clusters/, pairs/, golden/, model.json");
      spark.stop();
      return 0;
    }
  }

  @Command(name = "bench", mixinStandardHelpOptions = true,
      description = "Records per second of the Spark job on generated customers, stage by stage.")
  static final class Bench implements Callable<Integer> {
    @Option(names = "--people", defaultValue = "100000", description = "People to generate (about 1.5 records each).")
    int people;

    @Option(names = "--master", defaultValue = "local[2]")
    String master;

    @Option(names = "--dir", description = "Keep the generated file here.")
    Path dir;

    @Override
    public Integer call() throws Exception {
      Path folder = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("golden-spark-bench");
      Path csv = folder.resolve("customers.csv");
      if (!Files.exists(csv)) {
        // Written aside and moved into place, so an interrupted run never leaves a short file to be reused.
        Path partial = folder.resolve("customers.csv.partial");
        SyntheticCustomers.builder().people(people).build().write(partial, folder.resolve("truth_pairs.csv"));
        Files.move(partial, csv, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
      SparkSession spark = session(Optional.of(master), 16);
      System.out.printf(Locale.ROOT, "cores %d, max heap %.1f GB, load %.1f%n", Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / 1e9, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
      SparkMatchResult result = SparkMatcher.builder().dictionary(DataDictionary.defaults()).build()
          .run(spark, new Input.Csv(csv));
      printSummary(result, System.out);
      spark.stop();
      return 0;
    }
  }

}
