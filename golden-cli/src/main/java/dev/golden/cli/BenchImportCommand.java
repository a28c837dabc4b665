package dev.golden.cli;

import dev.golden.hub.ImportReport;
import dev.golden.hub.Importer;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import dev.golden.synth.GenerationSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code golden bench import --records 1000000 [--jdbc-url ...]}: imports one generated file into
 * an empty embedded H2 store and, beside it, into an empty schema of a PostgreSQL database, and
 * prints what a closing note needs: rows/s, time per stage, CPU, peak heap, customers created.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Measures `golden import` of generated customers into an empty store: embedded H2 always and, with",
        "--jdbc-url, a fresh schema of that PostgreSQL database beside it (dropped afterwards).",
        "Give the JVM its heap with GOLDEN_JAVA_OPTS=-Xmx4g."})
final class BenchImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--records", defaultValue = "100000", paramLabel = "N",
      description = "Records to generate, about (default: ${DEFAULT-VALUE}).")
  int records;

  @Option(names = "--seed", defaultValue = "20240501", description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--chunk-size", defaultValue = "5000", paramLabel = "ROWS",
      description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
  int chunkSize;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "A PostgreSQL database to measure beside H2, e.g. jdbc:postgresql://127.0.0.1:5433/postgres.")
  String jdbcUrl;

  @Option(names = "--db-user", defaultValue = "postgres", paramLabel = "USER", description = "Database user.")
  String dbUser;

  @Option(names = "--db-password", defaultValue = "", paramLabel = "PASSWORD", description = "Database password.")
  String dbPassword;

  @Option(names = "--skip-h2", description = "Measure PostgreSQL only.")
  boolean skipH2;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Keep the generated file and the H2 store here (default: a temporary folder, deleted afterwards).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (records < 100) {
      throw new ParameterException(spec.commandLine(), "--records takes at least 100");
    }
    if (skipH2 && jdbcUrl == null) {
      throw new ParameterException(spec.commandLine(), "--skip-h2 needs --jdbc-url");
    }
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("golden-bench-import");
    try {
      Path csv = work.resolve("customers.csv");
      err.printf(Locale.ROOT, "bench import: generating about %,d records...%n", records);
      GenerationSummary generated = BenchCommand.generatorFor(records, seed).write(csv, work.resolve("truth.csv"));
      out.printf(Locale.ROOT, "Import benchmark: %,d records of %,d people, %d cores, max heap %.1f GB, load %.1f, %s%n",
          generated.records(), generated.people(), Runtime.getRuntime().availableProcessors(),
          HeapWatch.maxBytes() / 1e9, ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
          System.getProperty("java.vm.name") + " " + Runtime.version());
      List<Run> runs = new ArrayList<>();
      if (!skipH2) {
        Path home = work.resolve("h2-home");
        runs.add(measure("H2", StoreConfig.embedded(home), home.resolve("index"), csv, err));
      }
      if (jdbcUrl != null) {
        runs.add(measurePostgres(csv, work.resolve("pg-index"), err));
      }
      print(out, runs);
    } finally {
      if (dir == null) {
        deleteTree(work);
      }
    }
    return 0;
  }

  /** @param serverCpu CPU time of the database server's processes on this machine, when it runs apart */
  private record Run(String database, ImportReport report, Duration wall, Duration cpu, Optional<Duration> serverCpu,
      long peakHeap) {
  }

  private Run measure(String database, StoreConfig config, Path index, Path csv, PrintWriter err) throws IOException {
    err.printf(Locale.ROOT, "bench import: importing into %s...%n", database);
    boolean server = config.jdbcUrl().startsWith("jdbc:postgresql:");
    long serverStart = server ? PostgresProcesses.cpuNanos() : 0;
    long cpuStart = BenchCommand.processCpuNanos();
    long start = System.nanoTime();
    ImportReport report;
    long peakHeap;
    try (HeapWatch heap = HeapWatch.start(); Store store = Store.open(config)) {
      Importer.Builder importer = Importer.builder(store).chunkSize(chunkSize).indexFolder(index).actor("bench");
      if (!server) {
        importer.exclusiveStore(); // as `golden import` into the embedded database
      }
      report = importer.build().importFile(csv, "bench");
      peakHeap = heap.peakBytes();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    Duration cpu = Duration.ofNanos(BenchCommand.processCpuNanos() - cpuStart);
    // Read after the store closed its connections: a backend's time moves to its parent when it exits.
    Optional<Duration> serverCpu = server
        ? Optional.of(Duration.ofNanos(PostgresProcesses.cpuNanos() - serverStart)) : Optional.empty();
    return new Run(database, report, wall, cpu, serverCpu, peakHeap);
  }

  /** Imports into a new schema of the PostgreSQL database, dropped afterwards. */
  private Run measurePostgres(Path csv, Path index, PrintWriter err) throws IOException {
    String schema = "golden_bench_" + System.currentTimeMillis();
    execute("CREATE SCHEMA " + schema);
    try {
      String url = jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
      return measure("PostgreSQL", StoreConfig.of(url, dbUser, dbPassword), index, csv, err);
    } finally {
      execute("DROP SCHEMA " + schema + " CASCADE");
    }
  }

  private void execute(String sql) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl, dbUser, dbPassword);
         Statement statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + " failed on " + jdbcUrl + ": " + e.getMessage(), e);
    }
  }

  private static void print(PrintWriter out, List<Run> runs) {
    Map<String, List<String>> rows = new LinkedHashMap<>();
    for (Run run : runs) {
      ImportReport r = run.report();
      double seconds = run.wall().toNanos() / 1e9;
      add(rows, "rows read", String.format(Locale.ROOT, "%,d", r.rowsRead()));
      add(rows, "rows loaded / quarantined", String.format(Locale.ROOT, "%,d / %,d", r.created() + r.updated()
          + r.unchanged(), r.quarantined()));
      add(rows, "customers created", String.format(Locale.ROOT, "%,d", r.customersCreated()));
      add(rows, "pairs to review", String.format(Locale.ROOT, "%,d", r.reviewLinks()));
      r.stages().forEach((stage, took) -> add(rows, "  " + stage, secondsOf(took)));
      r.stageCpu().forEach((stage, took) -> add(rows, "  CPU " + stage, secondsOf(took)));
      add(rows, "wall time", secondsOf(run.wall()));
      add(rows, "rows/s", String.format(Locale.ROOT, "%,.0f", r.rowsRead() / seconds));
      add(rows, "CPU time (all threads)", secondsOf(run.cpu()));
      add(rows, "database server CPU", run.serverCpu().map(BenchImportCommand::secondsOf).orElse("in process"));
      add(rows, "peak heap", String.format(Locale.ROOT, "%.2f GB", run.peakHeap() / 1e9));
    }
    out.printf(Locale.ROOT, "%-36s", "");
    runs.forEach(run -> out.printf(Locale.ROOT, "%18s", run.database()));
    out.println();
    rows.forEach((label, values) -> {
      out.printf(Locale.ROOT, "%-36s", label);
      values.forEach(v -> out.printf(Locale.ROOT, "%18s", v));
      out.println();
    });
    out.flush();
  }

  private static void add(Map<String, List<String>> rows, String label, String value) {
    rows.computeIfAbsent(label, k -> new ArrayList<>()).add(value);
  }

  private static String secondsOf(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
