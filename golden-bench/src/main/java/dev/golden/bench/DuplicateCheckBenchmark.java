package dev.golden.bench;

import dev.golden.dictionary.DataDictionary;
import dev.golden.index.Candidate;
import dev.golden.index.CandidateIndex;
import dev.golden.index.DuplicateCheck;
import dev.golden.index.Suggestion;
import dev.golden.match.MatchModel;
import dev.golden.record.Attribute;
import dev.golden.standardize.Standardization;
import dev.golden.synth.SyntheticCustomers;
import dev.golden.synth.SyntheticRecord;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;

/**
 * Duplicate prevention on entry against a large store, in process: indexes N generated customers
 * (their first records), then checks new records one at a time, half of them duplicates of indexed
 * customers (their later records: typos, nicknames, pinyin, other formats) and half new customers,
 * and prints latency percentiles, throughput and the recall of duplicates among the suggestions.
 *
 * <pre>
 * mvn -B -q -pl golden-bench -am package -DskipTests
 * java -Xmx4g -cp golden-bench/target/benchmarks.jar dev.golden.bench.DuplicateCheckBenchmark 1000000 10000
 * </pre>
 * Arguments: customers to index (default 100,000), checks (default 10,000), candidates per check (default 20),
 * index refresh interval in ms (default 0: the customers are indexed in bulk, committed and merged into one
 * segment before the checks, as a server merges its index when it starts).
 *
 * <p>{@code -Dgolden.bench.index=FOLDER} (refresh interval 0 only) keeps the bulk-built index in FOLDER, and a
 * later run with the same arguments checks against it instead of building its own: the same segments and
 * document order, so two builds of the code can be compared answer by answer (the digests of every candidate
 * and every suggestion with its explanation are equal when they answer alike).
 *
 * <p>{@code -Dgolden.bench.show=N} prints the first N new customers that got a suggestion, with the explanation
 * of the best one: whether such a suggestion is a false alarm or a customer that does look like another is for a
 * person to judge (the generated populations share names, streets and company names).
 *
 * <p>With a refresh interval the index lives as a server's does: reopened in the background, every
 * customer entered one at a time (checked, then indexed), and each measured check of a new customer
 * followed by its indexing, so checks read many small segments and the changes not yet reopened.
 * Meant for the store sizes of {@code EntryLoadBenchmark} (a few thousand customers a second).
 *
 * <p>Measured at 100,000 customers on the 2-core machine with a load average of 12–15 from other
 * work: indexing 1,100 customers/s (generate, standardize, index), p50 1.9 ms, p95 18 ms, p99 30 ms,
 * recall 98.7%, 1.1% of new customers with a suggestion.
 */
public final class DuplicateCheckBenchmark {
  private static final DataDictionary DICTIONARY = DataDictionary.defaults();
  private static final int BATCH = 8192;
  private static final int WARM_UP = 2000;
  private static final int SHOWN = Integer.getInteger("golden.bench.show", 0);

  private DuplicateCheckBenchmark() {}

  public static void main(String[] args) throws IOException {
    int customers = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 100_000;
    int checks = args.length > 1 ? Integer.parseInt(args[1].replace("_", "")) : 10_000;
    int candidates = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    int refreshMs = args.length > 3 ? Integer.parseInt(args[3]) : 0;
    System.out.printf(Locale.ROOT, "cores %d, max heap %.1f GB, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() / 1e9, load());

    long start = System.nanoTime();
    MatchModel model = train(5_000);
    System.out.printf(Locale.ROOT, "model trained on 5,000 generated customers in %.1f s (review >= %.2f, match >= %.2f)%n",
        seconds(start), model.reviewThreshold(), model.matchThreshold());

    Optional<Path> kept = Optional.ofNullable(System.getProperty("golden.bench.index")).map(Path::of);
    if (kept.isPresent() && refreshMs > 0) {
      throw new IllegalArgumentException("golden.bench.index needs a refresh interval of 0: a live index changes as it is checked");
    }
    boolean reused = kept.isPresent() && Files.isDirectory(kept.get());
    Path folder = kept.isPresent() ? Files.createDirectories(kept.get()) : Files.createTempDirectory("golden-index-bench");
    try (CandidateIndex index = CandidateIndex.open(folder)) {
      DuplicateCheck check = DuplicateCheck.builder(model, index, Standardization.of(DICTIONARY))
          .candidates(candidates).build();
      if (refreshMs > 0) {
        index.refreshInBackground(Duration.ofMillis(refreshMs));
      }
      Consumer<List<SyntheticRecord>> indexer = reused ? List::clear
          : refreshMs > 0 ? batch -> enter(index, check, batch) : batch -> index(index, check, batch);
      SyntheticCustomers store = SyntheticCustomers.builder().people(customers).seed(1).build();
      Map<Long, String> customerOfEntity = new HashMap<>(customers * 2);
      List<SyntheticRecord> duplicates = new ArrayList<>();
      start = System.nanoTime();
      List<SyntheticRecord> batch = new ArrayList<>(BATCH);
      store.stream().forEach(record -> {
        if (!record.duplicate()) {
          customerOfEntity.put(record.entityId(), record.recordId());
          batch.add(record);
          if (batch.size() == BATCH) {
            indexer.accept(batch);
          }
        } else if (record.copy() == 1 && duplicates.size() < checks / 2 + WARM_UP) {
          duplicates.add(record);
        }
      });
      indexer.accept(batch);
      index.commit();
      double indexing = seconds(start);
      if (reused) {
        System.out.printf(Locale.ROOT, "reused the index of %,d customers in %s%n", index.size(), folder);
      } else {
        System.out.printf(Locale.ROOT, "indexed %,d customers in %.1f s (%,.0f per second; generate, standardize, index, commit)%n",
            index.size(), indexing, index.size() / indexing);
      }
      if (refreshMs == 0) {
        // As a server does when it starts: one segment to look each term up in.
        start = System.nanoTime();
        index.merge();
        System.out.printf(Locale.ROOT, "merged the index into one segment in %.1f s%n", seconds(start));
      }

      // New customers: first records of another generated population.
      List<SyntheticRecord> fresh = SyntheticCustomers.builder().people(checks).seed(2).build().stream()
          .filter(r -> !r.duplicate()).limit(checks - checks / 2 + WARM_UP).toList();
      List<Probe> probes = new ArrayList<>();
      for (int i = 0; i < Math.max(duplicates.size(), fresh.size()); i++) {
        if (i < duplicates.size()) {
          probes.add(new Probe(duplicates.get(i).fields(), Optional.of(customerOfEntity.get(duplicates.get(i).entityId()))));
        }
        if (i < fresh.size()) {
          probes.add(new Probe(fresh.get(i).fields(), Optional.empty()));
        }
      }
      for (Probe probe : probes.subList(0, Math.min(WARM_UP, probes.size()))) {
        check.check(probe.fields());
      }
      List<Probe> measured = probes.subList(Math.min(WARM_UP, probes.size()), Math.min(probes.size(), WARM_UP + checks));
      measure(check, measured, refreshMs > 0 ? Optional.of(index) : Optional.empty());
      if (refreshMs == 0) {
        System.out.printf(Locale.ROOT, "digest of every check's candidates (id, relevance, attributes): %s%n",
            candidateDigest(index, check, measured, candidates));
      }
      index.commit();
      try (DirectoryReader reader = DirectoryReader.open(FSDirectory.open(folder))) {
        System.out.printf(Locale.ROOT, "index at the end: %,d customers in %d segments%n", reader.numDocs(),
            reader.leaves().size());
      }
    } finally {
      if (kept.isEmpty()) {
        deleteRecursively(folder);
      }
    }
  }

  /** The candidates the index proposes for each check, hashed: the same index and code give the same digest. */
  private static String candidateDigest(CandidateIndex index, DuplicateCheck check, List<Probe> probes, int k) {
    Digest digest = new Digest();
    for (Probe probe : probes) {
      for (Candidate candidate : index.candidates(check.features(probe.fields()), k)) {
        digest.add(candidate.customerId() + " " + Float.floatToIntBits(candidate.score()) + " "
            + new TreeMap<>(candidate.features()));
      }
      digest.add("|");
    }
    return digest.hex();
  }

  /** SHA-256 of a sequence of strings. */
  private static final class Digest {
    private final MessageDigest sha;

    Digest() {
      try {
        sha = MessageDigest.getInstance("SHA-256");
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
    }

    void add(String text) {
      sha.update(text.getBytes(StandardCharsets.UTF_8));
      sha.update((byte) 0);
    }

    String hex() {
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
  }

  private record Probe(Map<String, String> fields, Optional<String> duplicateOf) {}

  private static void index(CandidateIndex index, DuplicateCheck check, List<SyntheticRecord> batch) {
    batch.parallelStream().forEach(record -> index.upsert(record.recordId(), check.features(record.fields())));
    batch.clear();
  }

  /** As a server's entry does: each record checked, and indexed unless it looks like a duplicate. */
  private static void enter(CandidateIndex index, DuplicateCheck check, List<SyntheticRecord> batch) {
    for (SyntheticRecord record : batch) {
      Map<Attribute, String> features = check.features(record.fields());
      if (check.checkFeatures(features).suggestions().isEmpty()) {
        index.upsert(record.recordId(), features);
      }
    }
    batch.clear();
  }

  /** @param liveIndex where a checked new customer is indexed, as a server's entry does, or none */
  private static void measure(DuplicateCheck check, List<Probe> probes, Optional<CandidateIndex> liveIndex) {
    double loadBefore = load();
    long[] nanos = new long[probes.size()];
    int duplicates = 0;
    int found = 0;
    int freshWithSuggestion = 0;
    int fresh = 0;
    long suggestions = 0;
    long digest = 17;
    Digest answers = new Digest();
    java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long standardizeCpu = 0;
    long checkCpu = 0;
    long processCpuStart = processCpuNanos();
    long start = System.nanoTime();
    for (int i = 0; i < probes.size(); i++) {
      Probe probe = probes.get(i);
      long t = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      Map<Attribute, String> features = check.features(probe.fields());
      long cpu1 = threads.getCurrentThreadCpuTime();
      List<Suggestion> result = check.checkFeatures(features).suggestions();
      long cpu2 = threads.getCurrentThreadCpuTime();
      nanos[i] = System.nanoTime() - t;
      standardizeCpu += cpu1 - cpu0;
      checkCpu += cpu2 - cpu1;
      if (result.isEmpty() && liveIndex.isPresent()) {
        liveIndex.get().upsert("fresh-" + i, features);
      }
      suggestions += result.size();
      for (Suggestion s : result) {
        digest = 31 * digest + s.customerId().hashCode() * 1_000_003L + Math.round(s.matchWeight() * 1e6);
        // Every double exactly, as Double.toString writes it.
        answers.add(s.customerId() + " " + s.matchWeight() + " " + s.matchProbability() + " " + s.explanation());
      }
      answers.add("|");
      if (probe.duplicateOf().isPresent()) {
        duplicates++;
        if (result.stream().anyMatch(s -> s.customerId().equals(probe.duplicateOf().get()))) {
          found++;
        }
      } else {
        fresh++;
        freshWithSuggestion += result.isEmpty() ? 0 : 1;
        if (!result.isEmpty() && freshWithSuggestion <= SHOWN) {
          System.out.printf(Locale.ROOT, "new customer %s, suggested %s: %s%n", probe.fields(), result.get(0).customerId(),
              result.get(0).explanation());
        }
      }
    }
    double total = seconds(start);
    long processCpu = processCpuNanos() - processCpuStart;
    Arrays.sort(nanos);
    System.out.printf(Locale.ROOT, "checked %,d records on one thread in %.1f s: %,.0f checks per second%n",
        probes.size(), total, probes.size() / total);
    System.out.printf(Locale.ROOT, "CPU of the checking thread: %.3f ms per check (steadier than latency on a busy machine):"
        + " standardize and derive attributes %.3f, look up and score %.3f%n",
        (standardizeCpu + checkCpu) / 1e6 / probes.size(), standardizeCpu / 1e6 / probes.size(),
        checkCpu / 1e6 / probes.size());
    if (liveIndex.isPresent()) {
      System.out.printf(Locale.ROOT, "CPU of the process: %.3f ms per check (also indexing the new customers,"
          + " reopening and merging the index)%n", processCpu / 1e6 / probes.size());
    }
    System.out.printf(Locale.ROOT, "latency ms: p50 %.2f  p95 %.2f  p99 %.2f  max %.2f%n",
        percentile(nanos, 0.50), percentile(nanos, 0.95), percentile(nanos, 0.99), nanos[nanos.length - 1] / 1e6);
    System.out.printf(Locale.ROOT, "recall: %,d of %,d duplicates (%.1f%%) had their customer among the suggestions%n",
        found, duplicates, 100.0 * found / duplicates);
    System.out.printf(Locale.ROOT, "new customers with any suggestion: %,d of %,d (%.1f%%); %.2f suggestions per check%n",
        freshWithSuggestion, fresh, 100.0 * freshWithSuggestion / fresh, suggestions / (double) probes.size());
    System.out.printf(Locale.ROOT, "digest of every suggestion (customer, weight): %016x%n", digest);
    System.out.printf(Locale.ROOT, "digest of every answer (suggestions in order, weights, probabilities, explanations): %s%n",
        answers.hex());
    System.out.printf(Locale.ROOT, "load average before %.2f, after %.2f%n", loadBefore, load());
  }

  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static double percentile(long[] sorted, double p) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  private static MatchModel train(int people) {
    return SyntheticCustomers.builder().people(people).seed(3).build().trainModel(DICTIONARY);
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }

  private static void deleteRecursively(Path folder) throws IOException {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
