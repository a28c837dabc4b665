package dev.golden.cli;

import dev.golden.hub.ImportReport;
import dev.golden.hub.Importer;
import dev.golden.record.InvalidInputException;
import dev.golden.store.Rejection;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code golden import}: loads a source system's file into the hub and matches it into customers. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Imports a CSV file from one source system into the hub: standardizes and validates each row,",
        "quarantines the rows that break a dictionary rule, keeps the rest and matches them into customers.",
        "Re-importing the same ids updates them; an interrupted import resumes when run again."})
final class ImportCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Mixin
  private InputOptions input;

  @Parameters(index = "0", paramLabel = "FILE", description = "CSV file to import.")
  private Path file;

  @Option(names = "--source", required = true, paramLabel = "NAME", description = "The sending system, e.g. crm.")
  private String source;

  @Option(names = "--home", paramLabel = "DIR",
      description = "The hub's data folder (default: $GOLDEN_HOME, else ./data).")
  private Path home;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "A PostgreSQL database instead of the embedded one, e.g. jdbc:postgresql://host:5432/golden.")
  private String jdbcUrl;

  @Option(names = "--db-user", paramLabel = "USER", defaultValue = "golden", description = "Database user.")
  private String dbUser;

  @Option(names = "--db-password", paramLabel = "PASSWORD", defaultValue = "", description = "Database password.")
  private String dbPassword;

  @Option(names = "--id", paramLabel = "COLUMN", description = "The id column (default: found from the headers).")
  private String id;

  @Option(names = "--chunk-size", paramLabel = "ROWS", defaultValue = "5000",
      description = "Rows per transaction (default: ${DEFAULT-VALUE}).")
  private int chunkSize;

  @Option(names = "--trusted-sources", split = ",", paramLabel = "SOURCE",
      description = "Source systems from most to least trusted, for fields whose survivorship is most_trusted_source.")
  private List<String> trustedSources = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    if (chunkSize < 1) {
      throw new ParameterException(spec.commandLine(), "--chunk-size must be at least 1");
    }
    Path dataHome = home();
    StoreConfig config = jdbcUrl == null ? StoreConfig.embedded(dataHome) : StoreConfig.of(jdbcUrl, dbUser, dbPassword);
    try (Store store = Store.open(config)) {
      Importer.Builder importer = Importer.builder(store).dictionary(input.dictionary()).csvOptions(input.csvOptions())
          .mapping(input.mapping()).trustedSources(trustedSources).chunkSize(chunkSize)
          .indexFolder(dataHome.resolve("index")).actor("import:" + source);
      if (id != null) {
        importer.idColumn(id);
      }
      if (jdbcUrl == null) {
        importer.exclusiveStore(); // the embedded database is this process's alone while it runs
      }
      ImportReport report = importer.build().importFile(file, source);
      print(out, report);
      return 0;
    } catch (InvalidInputException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 1;
    }
  }

  private Path home() {
    if (home != null) {
      return home;
    }
    String env = System.getenv("GOLDEN_HOME");
    return Path.of(env == null || env.isBlank() ? "data" : env);
  }

  private void print(PrintWriter out, ImportReport r) {
    if (r.resumedAfterRow() > 0) {
      out.printf(Locale.ROOT, "Resumed batch %d after row %,d%n", r.batchId(), r.resumedAfterRow());
    }
    out.printf(Locale.ROOT, "Imported %s as batch %d (%s matching): %,d rows, %,d new, %,d updated, %,d unchanged, "
        + "%,d quarantined%n", file, r.batchId(), r.mode().name().toLowerCase(Locale.ROOT), r.rowsRead(), r.created(),
        r.updated(), r.unchanged(), r.quarantined());
    out.printf(Locale.ROOT, "Customers: %,d created, %,d records joined existing customers, %,d pairs to review%n",
        r.customersCreated(), r.recordsAttached(), r.reviewLinks());
    for (Rejection rejection : r.rejections()) {
      out.println("  quarantined: " + rejection.reason());
    }
    if (r.quarantined() > r.rejections().size()) {
      out.printf(Locale.ROOT, "  ... and %,d more in the quarantine%n", r.quarantined() - r.rejections().size());
    }
    r.stages().forEach((stage, took) -> out.printf(Locale.ROOT, "  %-32s %s%n", stage, seconds(took)));
    double total = r.total().toNanos() / 1e9;
    out.printf(Locale.ROOT, "  %-32s %s (%,.0f rows/s)%n", "total", seconds(r.total()),
        total > 0 ? r.rowsRead() / total : 0.0);
  }

  private static String seconds(Duration d) {
    return String.format(Locale.ROOT, "%.1f s", d.toNanos() / 1e9);
  }
}
