package dev.golden.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.golden.dictionary.DataDictionary;
import dev.golden.match.MatchModel;
import dev.golden.server.GoldenServer;
import dev.golden.server.ServerConfig;
import dev.golden.server.hub.GroupCommit;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AdminBootstrap;
import dev.golden.server.security.StoreUserAccounts;
import dev.golden.store.StoreConfig;
import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Duplicate prevention on entry over HTTP: starts a real {@link GoldenServer} on a free loopback
 * port (embedded H2 store, candidate index refreshed in the background), preloads customers
 * through the API, then has a few workers POST generated records to {@code /api/customers} as fast
 * as the server answers: new customers mixed with duplicates of preloaded ones. Prints records
 * entered per second (every POST of a new record, whatever the answer), then apart: customers
 * created, answers "possible duplicates" and refusals, with latency percentiles of each. Client
 * and server share the machine's cores: each worker posts over its own keep-alive connection with
 * a lean client ({@link KeepAliveClient}) on its own thread, so the CPU its threads spend is
 * measured apart, and the rest of the process is split (on Linux) into the server's threads, the
 * JIT compilers (still busy after a short preload: give it more requests to see the steady state)
 * and the garbage collector.
 *
 * <pre>
 * mvn -B -q -pl golden-bench -am package -DskipTests
 * java -Xmx2g -cp golden-bench/target/benchmarks.jar dev.golden.bench.EntryLoadBenchmark 20000 20000 4 50
 * </pre>
 * Arguments: customers to preload (default 20,000), measured requests (default 20,000), workers
 * (default 4), index refresh interval in ms (default 50; 0 refreshes before each read after a write),
 * warm-up records (default 0), group commit linger in ms (default {@link GroupCommit#DEFAULT_LINGER}). A warm-up enters that many other generated records, duplicates
 * among them, through a throwaway server on a store of its own before anything else: the JIT
 * compilers then compile the request path before the measured run, as in a server that has been
 * up for a while, and the measured store is the same as without it.
 *
 * <p>Against a large store: load one with {@code golden bench import --records N --dir DIR} and pass
 * {@code -Dgolden.bench.home=DIR/h2-home}; the benchmark measures on a copy of it (the store's own
 * model, no preload), entering new generated people, each followed by its own duplicates.
 * {@code golden serve} runs on C2 alone ({@code -XX:-TieredCompilation}): give the benchmark the
 * same flag and a warm-up of 20,000 records or more to see its steady state.
 */
public final class EntryLoadBenchmark {
  private static final DataDictionary DICTIONARY = DataDictionary.defaults();
  private static final ObjectMapper JSON = new ObjectMapper();
  /** One record in this many of the measured ones is a duplicate of a preloaded customer. */
  private static final int DUPLICATE_EVERY = 4;
  private static final String CUSTOMERS = "/api/customers";
  /** A GOLDEN_HOME (e.g. from {@code golden bench import --dir}) to measure on, copied first; no preload then. */
  private static final String STORE_PROPERTY = "golden.bench.home";

  private EntryLoadBenchmark() {}

  public static void main(String[] args) throws Exception {
    int preload = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 20_000;
    int requests = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 20_000;
    int workers = args.length > 2 ? Integer.parseInt(args[2]) : 4;
    int refreshMs = args.length > 3 ? Integer.parseInt(args[3]) : 50;
    int warmUp = args.length > 4 ? Integer.parseInt(args[4].replace("_", "")) : 0;
    Duration linger = args.length > 5 ? Duration.ofMillis(Long.parseLong(args[5])) : GroupCommit.DEFAULT_LINGER;
    System.out.printf(Locale.ROOT, "cores %d, max heap %.1f GB, load average %.2f; %d workers, index refresh %s,"
            + " warm-up %,d records, group commit linger %d ms%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, load(), workers,
        refreshMs > 0 ? "every " + refreshMs + " ms in the background" : "before each read after a write", warmUp,
        linger.toMillis());

    MatchModel model = SyntheticCustomers.builder().people(5_000).seed(3).build().trainModel(DICTIONARY);
    if (warmUp > 0) {
      warmUp(warmUp, model, workers, refreshMs, linger);
    }
    String storeHome = System.getProperty(STORE_PROPERTY);
    Workload workload = storeHome == null ? Workload.preloaded(preload, requests) : Workload.newPeople(requests);
    Path home = Files.createTempDirectory("golden-entry-bench");
    if (storeHome != null) {
      System.out.printf(Locale.ROOT, "measured store: a copy of %s (its own model), no preload%n", storeHome);
      copyTree(Path.of(storeHome), home);
    }
    String password = "bench-" + System.nanoTime();
    try (Hub hub = hub(home, storeHome == null ? model : null, refreshMs, linger);
        GoldenServer server = server(hub, password)) {
      System.out.printf(Locale.ROOT, "store: %,d customers%n", hub.store().customers().countActive());
      URI base = server.baseUri();
      String token = token(base, password);
      if (!workload.preload().isEmpty()) {
        Result warm = run(base, token, workload.preload(), workers);
        System.out.printf(Locale.ROOT, "preloaded through the API: %s%n", warm.summary());
      }
      List<byte[]> measured = workload.measured();
      double loadBefore = load();
      long cpuBefore = processCpuNanos();
      Optional<ThreadCpu.Jvm> jvmBefore = ThreadCpu.jvm();
      GroupCommit.Stats groupsBefore = hub.creations().stats();
      Result result = run(base, token, measured, workers);
      GroupCommit.Stats groups = hub.creations().stats();
      long cpu = processCpuNanos() - cpuBefore;
      Optional<ThreadCpu.Jvm> jvm = jvmBefore.flatMap(before -> ThreadCpu.jvm().map(after -> after.minus(before)));
      double perRecord = 1e6 * result.requests();
      System.out.printf(Locale.ROOT, "measured: %s%n", result.summary());
      System.out.printf(Locale.ROOT, "process CPU %.1f s: %.2f ms per record entered, of which the client's threads %.2f"
              + " and the rest %.2f%n",
          cpu / 1e9, cpu / perRecord, result.clientCpuNanos() / perRecord, (cpu - result.clientCpuNanos()) / perRecord);
      jvm.ifPresent(j -> System.out.printf(Locale.ROOT, "  the rest: server threads %.2f, JIT compilers %.2f,"
              + " garbage collector and VM threads %.2f ms per record%n",
          (cpu - result.clientCpuNanos() - j.jitNanos() - j.gcNanos()) / perRecord, j.jitNanos() / perRecord,
          j.gcNanos() / perRecord));
      jvm.ifPresent(j -> System.out.printf(Locale.ROOT, "  by thread group (ms per record): %s%n",
          j.byGroup().entrySet().stream().filter(g -> g.getValue() >= perRecord / 100)
              .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
              .map(g -> String.format(Locale.ROOT, "%s %.2f", g.getKey(), g.getValue() / perRecord))
              .collect(java.util.stream.Collectors.joining(", "))));
      long committed = groups.entries() - groupsBefore.entries();
      System.out.printf(Locale.ROOT, "group commit: %,d customers in %,d transactions (%.1f per transaction)%n",
          committed, groups.groups() - groupsBefore.groups(),
          committed / (double) Math.max(1, groups.groups() - groupsBefore.groups()));
      System.out.printf(Locale.ROOT, "duplicates entered: %,d, answered with possible duplicates: %,d (%.1f%%)%s%n",
          workload.duplicates(), result.possibleDuplicates(),
          100.0 * result.possibleDuplicates() / Math.max(1, workload.duplicates()),
          workload.recallAfterCreation(result.statuses()));
      System.out.printf(Locale.ROOT, "load average before %.2f, after %.2f; heap used %.2f GB%n", loadBefore, load(),
          (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) / 1e9);
    } finally {
      deleteRecursively(home);
    }
  }

  /**
   * The records to enter: {@code preload} before the measured run, then {@code measured}, of which
   * {@code duplicates} are copies (typos, nicknames, other formats) of a person entered before;
   * {@code people} gives the person of each measured record where known (else empty).
   */
  private record Workload(List<byte[]> preload, List<byte[]> measured, int duplicates, long[] people) {

    /** New people preloaded, then new people mixed with a duplicate of a preloaded one every fourth record. */
    static Workload preloaded(int preload, int requests) {
      List<SyntheticRecord> firsts = new ArrayList<>();
      List<SyntheticRecord> laterCopies = new ArrayList<>();
      SyntheticCustomers.builder().people(preload + requests).seed(1).build().stream().forEach(r -> {
        if (!r.duplicate()) {
          firsts.add(r);
        } else if (r.copy() == 1) {
          laterCopies.add(r);
        }
      });
      List<SyntheticRecord> preloaded = firsts.subList(0, Math.min(preload, firsts.size()));
      Set<Long> preloadedPeople = new HashSet<>();
      preloaded.forEach(r -> preloadedPeople.add(r.entityId()));
      List<SyntheticRecord> duplicates = laterCopies.stream().filter(r -> preloadedPeople.contains(r.entityId())).toList();
      List<byte[]> measured = new ArrayList<>(requests);
      int nextNew = preloaded.size();
      int nextDuplicate = 0;
      for (int i = 0; i < requests; i++) {
        if (i % DUPLICATE_EVERY == 0 && nextDuplicate < duplicates.size()) {
          SyntheticRecord d = duplicates.get(nextDuplicate++);
          measured.add(body(d, "d" + d.recordId()));
        } else if (nextNew < firsts.size()) {
          SyntheticRecord r = firsts.get(nextNew++);
          measured.add(body(r, "n" + r.recordId()));
        }
      }
      return new Workload(preloaded.stream().map(r -> body(r, "p" + r.recordId())).toList(), measured, nextDuplicate,
          new long[0]);
    }

    /**
     * For a store loaded beforehand (its people are not known here): generated people in the
     * generator's order, each new one followed by its own duplicates.
     */
    static Workload newPeople(int requests) {
      List<SyntheticRecord> records = SyntheticCustomers.builder().people(requests).seed(11).build().stream()
          .limit(requests).toList();
      int duplicates = (int) records.stream().filter(SyntheticRecord::duplicate).count();
      return new Workload(List.of(), records.stream().map(r -> body(r, "s" + r.recordId())).toList(), duplicates,
          records.stream().mapToLong(SyntheticRecord::entityId).toArray());
    }

    /**
     * Of the records of a person this run had already created a customer for (an earlier record
     * of theirs answered 201), how many were answered "possible duplicates": the recall of entry,
     * apart from duplicates whose first record was refused or itself held as a possible duplicate.
     */
    String recallAfterCreation(int[] statuses) {
      if (people.length == 0) {
        return "";
      }
      Set<Long> created = new HashSet<>();
      int afterCreation = 0;
      int found = 0;
      for (int i = 0; i < people.length; i++) {
        if (created.contains(people[i])) {
          afterCreation++;
          found += statuses[i] == 200 ? 1 : 0;
        } else if (statuses[i] == 201) {
          created.add(people[i]);
        }
      }
      return String.format(Locale.ROOT, "; of the %,d records of a person the run had created before, %,d (%.1f%%)",
          afterCreation, found, 100.0 * found / Math.max(1, afterCreation));
    }
  }

  /** Enters {@code records} generated records (new ones and their duplicates) through a throwaway server. */
  private static void warmUp(int records, MatchModel model, int workers, int refreshMs, Duration linger) throws Exception {
    Path home = Files.createTempDirectory("golden-entry-warm-up");
    String password = "warm-up-" + System.nanoTime();
    try (Hub hub = hub(home, model, refreshMs, linger); GoldenServer server = server(hub, password)) {
      System.out.printf(Locale.ROOT, "store: %,d customers%n", hub.store().customers().countActive());
      URI base = server.baseUri();
      List<byte[]> bodies = SyntheticCustomers.builder().people(records).seed(2).build().stream().limit(records)
          .map(r -> body(r, "w" + r.recordId())).toList();
      Result warm = run(base, token(base, password), bodies, workers);
      System.out.printf(Locale.ROOT, "warm-up on a throwaway store: %s%n", warm.summary());
    } finally {
      deleteRecursively(home);
    }
  }

  /** @param model the model to match with, or null for the store's own */
  private static Hub hub(Path home, MatchModel model, int refreshMs, Duration linger) {
    Hub.Builder builder = Hub.builder(StoreConfig.embedded(home)).indexFolder(home.resolve("index"))
        .groupCommitLinger(linger).console(line -> System.out.println("  hub: " + line));
    if (model != null) {
      builder.model(model);
    }
    if (refreshMs > 0) {
      builder.indexRefresh(Duration.ofMillis(refreshMs));
    }
    return builder.open();
  }

  private static GoldenServer server(Hub hub, String adminPassword) {
    return GoldenServer.builder(ServerConfig.defaults().withPort(0)).hub(hub)
        .users(new StoreUserAccounts(hub.store().users()))
        .environment(Map.of(AdminBootstrap.PASSWORD_VARIABLE, adminPassword)).console(line -> { }).build().start();
  }

  /** Latencies and answers of each request, and the CPU the client's threads spent sending them. */
  private record Result(int requests, double seconds, long[] nanos, int[] statuses, long clientCpuNanos) {
    String summary() {
      int created = count(201);
      int possible = count(200);
      return String.format(Locale.ROOT, "%,d records entered in %.1f s: %,.0f records/s, latency ms %s%n"
              + "  %,d created (%,.0f/s, latency ms %s)%n"
              + "  %,d answered with possible duplicates (%,.0f/s, latency ms %s)%n"
              + "  %,d refused, e.g. invalid phones",
          requests, seconds, requests / seconds, latencies(s -> true),
          created, created / seconds, latencies(s -> s == 201),
          possible, possible / seconds, latencies(s -> s == 200),
          requests - created - possible);
    }

    int possibleDuplicates() {
      return count(200);
    }

    private int count(int status) {
      return (int) Arrays.stream(statuses).filter(s -> s == status).count();
    }

    private String latencies(java.util.function.IntPredicate status) {
      long[] sorted = java.util.stream.IntStream.range(0, nanos.length).filter(i -> status.test(statuses[i]))
          .mapToLong(i -> nanos[i]).sorted().toArray();
      if (sorted.length == 0) {
        return "-";
      }
      return String.format(Locale.ROOT, "p50 %.1f p95 %.1f p99 %.1f max %.1f", percentile(sorted, 0.50),
          percentile(sorted, 0.95), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }
  }

  private static Result run(URI base, String token, List<byte[]> bodies, int workers) throws Exception {
    long[] nanos = new long[bodies.size()];
    int[] statuses = new int[bodies.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    AtomicLong clientCpu = new AtomicLong();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    ExecutorService pool = Executors.newFixedThreadPool(workers);
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int w = 0; w < workers; w++) {
        running.add(pool.submit(() -> {
          long cpuStart = threads.getCurrentThreadCpuTime();
          try (KeepAliveClient client = new KeepAliveClient(base, "Bearer " + token)) {
            for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
              long t = System.nanoTime();
              KeepAliveClient.Response response = client.post(CUSTOMERS, bodies.get(i));
              nanos[i] = System.nanoTime() - t;
              statuses[i] = response.status();
              if (response.status() / 100 != 2 && failed.getAndIncrement() < 1) {
                System.err.println("e.g. answered " + response.status() + ": " + response.body());
              }
            }
          } finally {
            clientCpu.addAndGet(threads.getCurrentThreadCpuTime() - cpuStart);
          }
          return null;
        }));
      }
      for (Future<?> f : running) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    return new Result(bodies.size(), (System.nanoTime() - start) / 1e9, nanos, statuses, clientCpu.get());
  }

  /** Issues an API token for the admin: a bearer token costs a hash, where a password costs bcrypt. */
  private static String token(URI base, String password) throws IOException, InterruptedException {
    String basic = Base64.getEncoder().encodeToString((AdminBootstrap.USERNAME + ":" + password)
        .getBytes(StandardCharsets.UTF_8));
    HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/admin/users/" + AdminBootstrap.USERNAME + "/tokens"))
        .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"bench\"}")).build();
    HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException("could not issue a token: " + response.statusCode() + " " + response.body());
    }
    return JSON.readTree(response.body()).get("token").asText();
  }

  private static byte[] body(SyntheticRecord record, String sourceId) {
    try {
      return JSON.writeValueAsBytes(Map.of("values", record.fields(), "sourceId", sourceId));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> paths = Files.walk(from)) {
      for (Path path : paths.toList()) {
        Path target = to.resolve(from.relativize(path).toString());
        if (Files.isDirectory(path)) {
          Files.createDirectories(target);
        } else {
          Files.copy(path, target);
        }
      }
    }
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
