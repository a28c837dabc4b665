package dev.golden.bench;

import dev.golden.block.CandidatePairs;
import dev.golden.match.Deduplicator;
import dev.golden.match.MatchResult;
import dev.golden.match.PairScorer;
import dev.golden.match.StageTimings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Scoring of candidate pairs with a model trained on the same generated table, one thread: one
 * operation is one pair, so the score is pairs per second per core. Multiply by the comparison
 * count printed at setup for comparisons per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class PairScoringBenchmark {
  static final int BATCH = 4096;

  /** Distinct customers generated; records are about 1.5 times as many. */
  @Param("20000")
  int people;

  private PairScorer scorer;
  private int[] left;
  private int[] right;
  private long[] patterns;
  private int next;

  @Setup(Level.Trial)
  public void setUp() {
    GeneratedTable generated = GeneratedTable.of(people);
    MatchResult trained = Deduplicator.builder().build().run(generated.records().table(), new StageTimings());
    scorer = new PairScorer(trained.model(), generated.records().table());
    CandidatePairs candidates = trained.candidates();
    // Candidate pairs come grouped by blocking rule: take a spread so each batch mixes rules.
    int n = Math.max(BATCH, Math.min(candidates.size(), 1 << 18) / BATCH * BATCH);
    left = new int[n];
    right = new int[n];
    patterns = new long[n];
    for (int i = 0; i < n; i++) {
      int p = (int) ((long) i * candidates.size() / n);
      left[i] = candidates.left(p);
      right[i] = candidates.right(p);
      patterns[i] = scorer.pattern(left[i], right[i]);
    }
    System.out.printf("%n%,d records, %,d candidate pairs, %d comparisons per pair, %,d pairs sampled%n",
        generated.records().table().size(), candidates.size(), scorer.comparisonCount(), n);
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void patternAndWeight(Blackhole sink) {
    int from = advance();
    for (int i = from; i < from + BATCH; i++) {
      sink.consume(scorer.weight(scorer.pattern(left[i], right[i]), left[i], right[i]));
    }
  }

  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void patternOnly(Blackhole sink) {
    int from = advance();
    for (int i = from; i < from + BATCH; i++) {
      sink.consume(scorer.pattern(left[i], right[i]));
    }
  }

  /** The weight of a known pattern: what the score stage costs once training has the patterns. */
  @Benchmark
  @OperationsPerInvocation(BATCH)
  public void weightOfPattern(Blackhole sink) {
    int from = advance();
    for (int i = from; i < from + BATCH; i++) {
      sink.consume(scorer.weight(patterns[i], left[i], right[i]));
    }
  }

  private int advance() {
    int from = next;
    next = from + BATCH >= left.length ? 0 : from + BATCH;
    return from;
  }
}
