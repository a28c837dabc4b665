package dev.golden.cli;

import dev.golden.block.CandidatePairs;
import dev.golden.evaluate.ClusterEvaluation;
import dev.golden.evaluate.ClusterEvaluation.IdPair;
import dev.golden.evaluate.PairwiseScore;
import dev.golden.match.LinkType;
import dev.golden.match.MatchResult;
import dev.golden.match.PairScorer;
import dev.golden.match.StageTimings;
import dev.golden.record.RecordTable;
import dev.golden.synth.GenerationSummary;
import dev.golden.synth.SyntheticCustomers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code golden bench --sizes 100000,1000000}: generates synthetic customers of each size and runs
 * the {@code dedupe} pipeline on them, reporting time per stage, throughput, heap and accuracy.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = BenchImportCommand.class,
    description = {"Measures the dedupe pipeline (read, standardize, block, train, score, cluster, golden records, write)",
        "on generated customers of each size: wall time per stage, records/s, comparisons/s per core, peak heap,",
        "and precision/recall/F1 against the generator's truth. Give the JVM its heap with GOLDEN_JAVA_OPTS=-Xmx4g."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sizes", split = ",", defaultValue = "100000", paramLabel = "N[,N...]",
      description = "Records to generate for each run, about (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--seed", defaultValue = "" + SyntheticCustomers.DEFAULT_SEED,
      description = "Random seed of the generator (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--dir", paramLabel = "DIR",
      description = "Keep the generated files and results here (default: a temporary folder, deleted afterwards).")
  Path dir;

  @Override
  public Integer call() throws IOException {
    if (sizes.stream().anyMatch(n -> n < 100)) {
      throw new ParameterException(spec.commandLine(), "--sizes takes record counts of at least 100");
    }
    PrintWriter out = spec.commandLine().getOut();
    BenchReport report = new BenchReport(out);
    int cores = Runtime.getRuntime().availableProcessors();
    report.machine(cores, HeapWatch.maxBytes(), System.getProperty("java.vm.name") + " " + Runtime.version(),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    Path work = dir != null ? Files.createDirectories(dir) : Files.createTempDirectory("golden-bench");
    List<BenchFigures> all = new ArrayList<>();
    try {
      for (int size : sizes) {
        BenchFigures figures = measure(size, work.resolve("n" + size), cores);
        report.size(figures);
        all.add(figures);
      }
      report.growth(all);
    } finally {
      if (dir == null) {
        deleteTree(work);
      }
    }
    return 0;
  }

  private BenchFigures measure(int size, Path folder, int cores) throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    Path csv = folder.resolve("customers.csv");
    Path truth = folder.resolve("customers_truth_pairs.csv");
    SyntheticCustomers customers = generatorFor(size);
    err.printf("bench: generating %,d records...%n", customers.records());
    long start = System.nanoTime();
    GenerationSummary generated = customers.write(csv, truth);
    Duration generation = Duration.ofNanos(System.nanoTime() - start);

    err.printf("bench: deduplicating %,d records...%n", generated.records());
    PrintWriter quiet = new PrintWriter(Writer.nullWriter());
    MatchJob job = new MatchJob(new InputOptions(), new ThresholdOptions(), Optional.empty(), Optional.empty(),
        List.of(), quiet, quiet);
    MatchJob.Run run;
    long peakHeap;
    long cpuStart = processCpuNanos();
    try (HeapWatch heap = HeapWatch.start()) {
      run = job.match(List.of(csv), LinkType.DEDUPE_ONLY, folder.resolve("out"));
      peakHeap = heap.peakBytes();
    }
    Duration pipelineCpu = Duration.ofNanos(processCpuNanos() - cpuStart);

    MatchResult result = run.result();
    err.println("bench: scoring the candidate pairs again, alone...");
    long rescoreCpuStart = processCpuNanos();
    long rescoreStart = System.nanoTime();
    rescore(new PairScorer(result.model(), result.table()), result.candidates());
    Duration rescore = Duration.ofNanos(System.nanoTime() - rescoreStart);
    Duration rescoreCpu = Duration.ofNanos(processCpuNanos() - rescoreCpuStart);

    err.println("bench: evaluating against the truth pairs...");
    PairwiseScore accuracy = new ClusterEvaluation(clusterOf(result), truePairs(truth)).score();
    StageTimings.Stage compare = run.timings().stages().stream().filter(s -> s.name().startsWith("compare"))
        .findFirst().orElseThrow(() -> new IllegalStateException("The pipeline has no compare stage"));
    return new BenchFigures(generated.records(), generated.people(), generation, run.timings().stages(), pipelineCpu,
        result.candidates().size(), result.model().blockingRules().size(), result.model().comparisons().size(),
        compare, rescore, rescoreCpu, cores, peakHeap, accuracy);
  }

  /** A generator of about {@code records} records: duplicates come on top of the customers. */
  private SyntheticCustomers generatorFor(int records) {
    return generatorFor(records, seed);
  }

  /** A generator that writes about {@code records} records (people plus their duplicates). */
  static SyntheticCustomers generatorFor(int records, long seed) {
    int people = records;
    for (int i = 0; i < 3; i++) {
      int produced = SyntheticCustomers.builder().people(people).seed(seed).build().records();
      people = Math.max(1, (int) Math.round((double) people * records / produced));
    }
    return SyntheticCustomers.builder().people(people).seed(seed).build();
  }

  private static void rescore(PairScorer scorer, CandidatePairs pairs) {
    double[] weights = new double[pairs.size()];
    IntStream.range(0, pairs.size()).parallel().forEach(p -> {
      int a = pairs.left(p);
      int b = pairs.right(p);
      weights[p] = scorer.weight(scorer.pattern(a, b), a, b);
    });
  }

  private static Map<String, String> clusterOf(MatchResult result) {
    RecordTable table = result.table();
    Map<String, String> clusterOf = new HashMap<>(table.size() * 2);
    for (int record = 0; record < table.size(); record++) {
      clusterOf.put(table.recordId(record), table.recordId(result.clustering().clusterOf(record)));
    }
    return clusterOf;
  }

  // The generator's own file: plain "id_a,id_b" lines, no quoting.
  private static Set<IdPair> truePairs(Path truth) throws IOException {
    Set<IdPair> pairs = new HashSet<>();
    try (BufferedReader reader = Files.newBufferedReader(truth, StandardCharsets.UTF_8)) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        int comma = line.indexOf(',');
        pairs.add(IdPair.of(line.substring(0, comma), line.substring(comma + 1)));
      }
    }
    return pairs;
  }

  static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
