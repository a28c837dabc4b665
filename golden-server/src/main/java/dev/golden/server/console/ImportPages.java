package dev.golden.server.console;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.hub.ImportReport;
import dev.golden.hub.Importer;
import dev.golden.io.CsvOptions;
import dev.golden.profile.ColumnProfile;
import dev.golden.profile.FileProfile;
import dev.golden.profile.Profiler;
import dev.golden.server.customer.CustomerEntry;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.NotFound;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.store.Customer;
import dev.golden.store.ImportBatch;
import dev.golden.store.QuarantinedRow;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Importing a file from the console: upload, see its profile, map its columns to the dictionary,
 * run the hub's importer in the background with a progress bar, then fix quarantined rows (a fixed
 * row is entered like a new customer, duplicate check included).
 */
final class ImportPages {

  static final int QUARANTINE_PAGE = 20;
  static final long MAX_UPLOAD_BYTES = 10L * 1024 * 1024;

  /** A file waiting to be imported, and its run once started. */
  record Upload(String id, Path file, String fileName, String source, long rows, String owner,
      Map<String, String> mapping, RunState state) {}

  /** Where a run is: not started, running, done (with its report) or failed. */
  static final class RunState {
    volatile String phase = "ready";
    volatile ImportReport report;
    volatile String failure = "";
  }

  record ColumnRow(String header, String field, String completeness, String validity, String example) {}

  record FieldOption(String name, String label) {}

  record BatchRow(long id, String source, String fileName, String status, long rowsRead, long loaded,
      long quarantined, String startedAt) {}

  record QuarantineRow(long id, long batchId, long row, String reason, List<Labeled> values) {}

  record StartView(Chrome chrome, List<BatchRow> batches, List<QuarantineRow> quarantine, long quarantined,
      String notice) {}

  record ProfileView(Chrome chrome, String uploadId, String fileName, String source, long rows, String encoding,
      String completeness, List<ColumnRow> columns, List<FieldOption> fields) {}

  record ProgressView(Chrome chrome, String uploadId, String fileName, String phase, int percent, long rowsRead,
      long rows, String summary, String failure) {

    boolean finished() {
      return phase.equals("done") || phase.equals("failed");
    }
  }

  private final Pages pages;
  private final Hub hub;
  private final CustomerEntry entry;
  private final Map<String, Upload> uploads = new ConcurrentHashMap<>();
  private final SecureRandom random = new SecureRandom();
  /** One import at a time: the importer writes in large transactions. */
  private final ExecutorService runner = Executors.newSingleThreadExecutor(task -> {
    Thread thread = new Thread(task, "golden-console-import");
    thread.setDaemon(true);
    return thread;
  });

  ImportPages(Pages pages, Hub hub, CustomerEntry entry) {
    this.pages = pages;
    this.hub = hub;
    this.entry = entry;
  }

  void start(Context ctx) {
    Chrome chrome = pages.chrome(ctx, "import.title");
    List<BatchRow> batches = hub.store().importBatches().recent(10).stream().map(ImportPages::batch).toList();
    var open = hub.store().quarantine().open(0, QUARANTINE_PAGE);
    List<QuarantineRow> rows = open.items().stream().map(q -> quarantined(q)).toList();
    String fixed = ctx.queryParam("fixed");
    pages.render(ctx, "import.jte", new StartView(chrome, batches, rows, open.total(),
        fixed == null ? "" : chrome.t("import.fixed")));
  }

  void upload(Context ctx) throws IOException {
    UploadedFile file = ctx.uploadedFile("file");
    if (file == null || file.size() == 0) {
      throw InvalidInput.field("file", "choose a CSV file to upload");
    }
    if (file.size() > MAX_UPLOAD_BYTES) {
      throw InvalidInput.field("file", "files over 10 MB are imported with `golden import`");
    }
    String source = Optional.ofNullable(ctx.formParam("source")).map(String::strip).filter(s -> !s.isEmpty())
        .orElseThrow(() -> InvalidInput.field("source", "name the system the file comes from"));
    String id = HexFormat.of().formatHex(bytes());
    Path folder = Files.createTempDirectory("golden-upload-");
    String name = Path.of(file.filename()).getFileName().toString();
    Path saved = folder.resolve(name.isBlank() ? "upload.csv" : name);
    try (InputStream in = file.content()) {
      Files.copy(in, saved, StandardCopyOption.REPLACE_EXISTING);
    }
    FileProfile profile = Profiler.of(hub.standardization()).profile(saved, CsvOptions.defaults(), Map.of());
    Map<String, String> mapping = new LinkedHashMap<>();
    profile.columns().forEach(c -> mapping.put(c.header(), c.field().orElse("")));
    Upload upload = new Upload(id, saved, name, source, profile.rows(), AccessControl.currentUser(ctx).username(),
        mapping, new RunState());
    uploads.put(id, upload);
    Chrome chrome = pages.chrome(ctx, "import.profileTitle");
    List<ColumnRow> columns = profile.columns().stream().map(c -> column(c)).toList();
    List<FieldOption> fields = hub.standardization().dictionary().fields().stream()
        .map(f -> new FieldOption(f.name(), chrome.field(f.name()))).toList();
    pages.render(ctx, "importProfile.jte", new ProfileView(chrome, id, name, source, profile.rows(),
        profile.encoding(), DashboardPage.percent(profile.completeness()), columns, fields));
  }

  void run(Context ctx) {
    Upload upload = uploadOf(ctx);
    Map<String, String> mapping = new LinkedHashMap<>();
    for (String header : upload.mapping().keySet()) {
      String field = Optional.ofNullable(ctx.formParam("map." + header)).orElse("");
      if (!field.isEmpty()) {
        mapping.put(header, field);
      }
    }
    RunState state = upload.state();
    synchronized (state) {
      if (state.phase.equals("ready")) {
        state.phase = "running";
        String actor = "import:" + upload.source() + " by " + upload.owner();
        runner.submit(() -> runImport(upload, mapping, actor));
      }
    }
    ctx.redirect("/console/import/" + upload.id() + "/progress", HttpStatus.SEE_OTHER);
  }

  /** The progress page; htmx asks for it again every second until the run has finished. */
  void progress(Context ctx) {
    Upload upload = uploadOf(ctx);
    Chrome chrome = pages.chrome(ctx, "import.progressTitle");
    RunState state = upload.state();
    long read = batchOf(upload).map(ImportBatch::rowsRead).orElse(0L);
    String phase = state.phase;
    int percent = phase.equals("done") ? 100 : upload.rows() == 0 ? 0 : (int) Math.min(99, 100 * read / upload.rows());
    ImportReport report = state.report;
    String summary = report == null ? "" : chrome.f("import.summary", report.rowsRead(), report.customersCreated(),
        report.recordsAttached(), report.reviewLinks(), report.quarantined());
    ProgressView view = new ProgressView(chrome, upload.id(), upload.fileName(), phase, percent, read, upload.rows(),
        summary, state.failure);
    pages.render(ctx, ctx.header("HX-Request") != null ? "importProgressBar.jte" : "importProgress.jte", view);
  }

  /** A quarantined row, corrected: entered like a new customer, the duplicate check included. */
  void fix(Context ctx) {
    long id = ReviewPages.pathId(ctx, "id");
    QuarantinedRow row = hub.store().quarantine().find(id).orElseThrow(() -> new NotFound("no quarantined row " + id));
    String person = AccessControl.currentUser(ctx).username();
    if ("discard".equals(ctx.formParam("decision"))) {
      hub.store().quarantine().discard(id, person);
      ctx.redirect("/console/import?fixed=" + id, HttpStatus.SEE_OTHER);
      return;
    }
    Map<String, String> corrected = new LinkedHashMap<>();
    row.rejection().rawValues().keySet().forEach(header ->
        Optional.ofNullable(ctx.formParam("v." + header)).ifPresent(v -> corrected.put(header, v.strip())));
    Map<String, String> byField = byField(corrected);
    CustomerEntry.Outcome outcome = entry.enter(byField, row.rejection().sourceId().orElse(null), person);
    hub.store().quarantine().resubmit(id, corrected, person);
    if (outcome instanceof CustomerEntry.Created created) {
      ctx.redirect("/console/customers/" + created.customer().id(), HttpStatus.SEE_OTHER);
    } else if (outcome instanceof CustomerEntry.PossibleDuplicates possible) {
      Chrome chrome = pages.chrome(ctx, "entry.title");
      pages.render(ctx, "decide.jte", new EntryPages.DecisionView(chrome, possible.checkId(),
          EntryPages.matchesOf(hub, chrome, possible.suggestions()),
          byField.entrySet().stream().map(e -> new Labeled(chrome.field(e.getKey()), e.getValue())).toList()));
    }
  }

  private void runImport(Upload upload, Map<String, String> mapping, String actor) {
    RunState state = upload.state();
    try {
      long before = lastCustomerId();
      ImportReport report = Importer.builder(hub.store()).dictionary(hub.standardization().dictionary())
          .mapping(mapping).actor(actor).build().importFile(upload.file(), upload.source());
      reindexAfter(before);
      state.report = report;
      state.phase = "done";
    } catch (IOException | RuntimeException e) {
      state.failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      state.phase = "failed";
    } finally {
      forget(upload.file());
    }
  }

  /** The uploaded copy is not needed once imported: the store keeps the rows. */
  private static void forget(Path file) {
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.getParent());
    } catch (IOException e) {
      // a temporary file left behind is the operating system's to clean
    }
  }

  /** The new customers join the running server's candidate index. */
  private void reindexAfter(long lastId) {
    long after = lastId;
    while (true) {
      List<Customer> next = hub.store().customers().activeAfter(after, 1_000);
      if (next.isEmpty()) {
        return;
      }
      hub.indexSync().refreshAll(next.stream().map(Customer::id).toList());
      after = next.get(next.size() - 1).id();
    }
  }

  private long lastCustomerId() {
    long last = 0;
    List<Customer> page;
    while (!(page = hub.store().customers().activeAfter(last, 10_000)).isEmpty()) {
      last = page.get(page.size() - 1).id();
    }
    return last;
  }

  private Optional<ImportBatch> batchOf(Upload upload) {
    String key = upload.file().toAbsolutePath().normalize().toString();
    return hub.store().importBatches().recent(20).stream()
        .filter(b -> b.fileName().equals(key) && b.source().equals(upload.source())).findFirst();
  }

  private Upload uploadOf(Context ctx) {
    String id = ctx.pathParam("uploadId");
    Upload upload = uploads.get(id);
    if (upload == null || !upload.owner().equals(AccessControl.currentUser(ctx).username())) {
      throw new NotFound("no upload " + id + " of yours; upload the file again");
    }
    return upload;
  }

  private Map<String, String> byField(Map<String, String> byHeader) {
    List<String> headers = new ArrayList<>(byHeader.keySet());
    ColumnMapping mapping = new HeaderMapper(hub.standardization().dictionary())
        .map(headers, List.of(new ArrayList<>(byHeader.values())));
    Map<String, String> byField = new LinkedHashMap<>();
    for (MappedColumn column : mapping.columns()) {
      column.field().map(FieldDefinition::name).ifPresent(field -> {
        String value = byHeader.get(column.header());
        if (value != null && !value.isBlank()) {
          byField.put(field, value);
        }
      });
    }
    return byField;
  }

  private QuarantineRow quarantined(QuarantinedRow q) {
    return new QuarantineRow(q.id(), q.batchId(), q.rejection().rowNumber(), q.rejection().reason(),
        q.rejection().rawValues().entrySet().stream().map(e -> new Labeled(e.getKey(), e.getValue())).toList());
  }

  private static ColumnRow column(ColumnProfile c) {
    return new ColumnRow(c.header(), c.field().orElse(""), DashboardPage.percent(c.completeness()),
        c.validity().map(DashboardPage::percent).orElse("–"),
        c.topValues().isEmpty() ? "" : c.topValues().get(0).value());
  }

  private static BatchRow batch(ImportBatch b) {
    return new BatchRow(b.id(), b.source(), Path.of(b.fileName()).getFileName().toString(), b.status().name(),
        b.rowsRead(), b.rowsLoaded(), b.rowsQuarantined(), CustomerPages.WHEN.format(b.startedAt()));
  }

  private byte[] bytes() {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    return bytes;
  }
}
