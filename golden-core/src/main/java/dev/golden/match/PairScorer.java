package dev.golden.match;

import dev.golden.block.CandidatePairs;
import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonEvaluator;
import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;

/**
 * A {@link MatchModel} compiled against a {@link RecordTable}: the comparison pattern, match weight,
 * match probability and explanation of any pair. Thread-safe.
 */
public final class PairScorer {
  /** Term-frequency adjustments are bounded so one value never decides a pair on its own. */
  static final double MAX_TF_ADJUSTMENT = 8;

  private final MatchModel model;
  private final RecordTable table;
  private final ComparisonEvaluator[] evaluators;
  private final double[][] weights;
  private final boolean[][] tfAdjusted;
  private final double[][] log2U;
  private final double[][] log2Frequency;
  private final EncodedColumn[] columns;
  private final double prior;
  private final int[] distinguishing;
  private final double distinguishedCap;
  private final PairWeights compiled;

  /** Scores pairs of the table with term frequencies counted in the table itself: batch matching. */
  public PairScorer(MatchModel model, RecordTable table) {
    this(model, table, Optional.empty());
  }

  /**
   * Scores pairs of a small table (a new record and its candidates) with term frequencies taken
   * from elsewhere, such as an index of every customer.
   */
  public PairScorer(MatchModel model, RecordTable table, TermFrequencies frequencies) {
    this(model, table, Optional.of(frequencies));
  }

  private PairScorer(MatchModel model, RecordTable table, Optional<TermFrequencies> frequencies) {
    this.model = model;
    this.table = table;
    int c = model.comparisons().size();
    compiled = new PairWeights(model);
    weights = compiled.weights;
    tfAdjusted = compiled.tfAdjusted;
    log2U = compiled.log2U;
    evaluators = new ComparisonEvaluator[c];
    log2Frequency = new double[c][];
    columns = new EncodedColumn[c];
    for (int i = 0; i < c; i++) {
      Comparison comparison = model.comparisons().get(i).comparison();
      evaluators[i] = new ComparisonEvaluator(comparison, table);
      columns[i] = table.require(comparison.attribute());
    }
    for (int i = 0; i < c; i++) {
      boolean anyTf = false;
      for (boolean tf : tfAdjusted[i]) {
        anyTf |= tf;
      }
      if (anyTf) {
        log2Frequency[i] = frequencies.isPresent()
            ? log2Frequencies(columns[i], model.comparisons().get(i).comparison().attribute(), frequencies.get())
            : log2Frequencies(columns[i]);
      }
    }
    prior = compiled.prior;
    distinguishing = compiled.distinguishing;
    distinguishedCap = compiled.distinguishedCap;
  }

  private static double[] log2Frequencies(EncodedColumn column) {
    double[] log2 = new double[column.distinct()];
    for (int id = 0; id < column.distinct(); id++) {
      log2[id] = ComparisonParameters.log2(column.count(id) / (double) column.filled());
    }
    return log2;
  }

  private static double[] log2Frequencies(EncodedColumn column, Attribute attribute, TermFrequencies frequencies) {
    double[] log2 = new double[column.distinct()];
    boolean[] done = new boolean[column.distinct()];
    for (int record = 0; record < column.size(); record++) {
      int id = column.id(record);
      if (id != EncodedColumn.MISSING && !done[id]) {
        log2[id] = ComparisonParameters.log2(frequencies.relativeFrequency(attribute, column.value(record)));
        done[id] = true;
      }
    }
    return log2;
  }

  public MatchModel model() {
    return model;
  }

  public RecordTable table() {
    return table;
  }

  public int comparisonCount() {
    return evaluators.length;
  }

  /** The level of every comparison for a pair, packed. */
  public long pattern(int a, int b) {
    return pattern(a, b, new ComparisonEvaluator.Memo());
  }

  /** The packed levels of a pair, reusing a memo that belongs to the calling thread. */
  public long pattern(int a, int b, ComparisonEvaluator.Memo memo) {
    long pattern = 0;
    for (int i = 0; i < evaluators.length; i++) {
      pattern = PatternCodec.with(pattern, i, evaluators[i].level(a, b, memo));
    }
    return pattern;
  }

  /**
   * The packed levels of every candidate pair, computed in parallel. Each part of the pairs gets
   * its own caches of repeated value pairs, and reads the value ids of both records from one
   * row-major copy: one cache line per record instead of one per compared column.
   */
  public long[] patterns(CandidatePairs pairs) {
    long[] patterns = new long[pairs.size()];
    int[] rows = valueIdRows();
    // Many small parts balance the cores (pairs of some rules cost more than others); each thread
    // takes a workspace from the pool and keeps its caches warm from one part to the next, instead
    // of allocating and filling megabytes of caches per part.
    int parts = Math.max(1, Math.min(pairs.size() / 4096, 32 * ForkJoinPool.getCommonPoolParallelism()));
    Queue<Workspace> workspaces = new ConcurrentLinkedQueue<>();
    IntStream.range(0, parts).parallel().forEach(part -> {
      Workspace workspace = Optional.ofNullable(workspaces.poll()).orElseGet(Workspace::new);
      int end = (int) ((long) pairs.size() * (part + 1) / parts);
      for (int p = (int) ((long) pairs.size() * part / parts); p < end; p++) {
        patterns[p] = pattern(pairs.left(p), pairs.right(p), rows, workspace);
      }
      workspaces.add(workspace);
    });
    return patterns;
  }

  /** One thread's state while computing many patterns. */
  private final class Workspace {
    final ComparisonEvaluator.Memo memo = new ComparisonEvaluator.Memo();
    /** Per comparison, null where caching would not pay. */
    final LevelCache[] caches = new LevelCache[evaluators.length];

    Workspace() {
      for (int i = 0; i < evaluators.length; i++) {
        caches[i] = LevelCache.pays(evaluators[i]) ? LevelCache.of(evaluators[i]) : null;
      }
    }
  }

  /** The value id of each compared column of each record, record by record. */
  private int[] valueIdRows() {
    int c = evaluators.length;
    if ((long) table.size() * c > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("Too many records to score in one table: " + table.size());
    }
    int[] rows = new int[table.size() * c];
    int block = 1 << 16;
    IntStream.range(0, (table.size() + block - 1) / block).parallel().forEach(k -> {
      for (int record = k * block; record < Math.min(table.size(), (k + 1) * block); record++) {
        for (int i = 0; i < c; i++) {
          rows[record * c + i] = columns[i].id(record);
        }
      }
    });
    return rows;
  }

  private long pattern(int a, int b, int[] rows, Workspace workspace) {
    int c = evaluators.length;
    long pattern = 0;
    for (int i = 0; i < c; i++) {
      int idA = rows[a * c + i];
      int idB = rows[b * c + i];
      int level;
      if (idA == EncodedColumn.MISSING || idB == EncodedColumn.MISSING) {
        level = 0;
      } else if (idA != idB && workspace.caches[i] != null) {
        level = workspace.caches[i].level(a, b, idA, idB, workspace.memo);
      } else {
        level = evaluators[i].level(a, b, idA, idB, workspace.memo);
      }
      pattern = PatternCodec.with(pattern, i, level);
    }
    return pattern;
  }

  /** The level of one comparison in a packed pattern. */
  public static int level(long pattern, int comparison) {
    return PatternCodec.level(pattern, comparison);
  }

  /** Match weight (bits) of a pair whose pattern is known. */
  public double weight(long pattern, int a, int b) {
    double total = prior;
    for (int i = 0; i < evaluators.length; i++) {
      if (compiled.implied(i, pattern)) {
        continue;
      }
      int level = PatternCodec.level(pattern, i);
      total += weights[i][level];
      if (tfAdjusted[i][level]) {
        total += termFrequencyAdjustment(i, level, a);
      }
    }
    total += compiled.groupAdjustments(pattern);
    return isDistinguished(pattern) ? Math.min(total, distinguishedCap) : total;
  }

  /**
   * Whether the distinguishing comparisons tell the records apart: at least one is present, the
   * first (given name) disagrees outright, and none of the others speaks for the same person
   * (every present one sits at a level with a negative match weight).
   */
  public boolean isDistinguished(long pattern) {
    int present = 0;
    for (int k = 0; k < distinguishing.length; k++) {
      int i = distinguishing[k];
      int level = PatternCodec.level(pattern, i);
      if (level == 0) {
        continue;
      }
      if (k == 0 ? level != evaluators[i].comparison().elseLevel() : weights[i][level] > 0) {
        return false;
      }
      present++;
    }
    return present >= MIN_DISTINGUISHING;
  }

  /** Two people in one household differ in given name and date of birth; one of them alone is too little. */
  static final int MIN_DISTINGUISHING = 2;

  public double weight(int a, int b) {
    return weight(pattern(a, b), a, b);
  }

  public double probability(int a, int b) {
    return MatchModel.probability(weight(a, b));
  }

  private double termFrequencyAdjustment(int comparison, int level, int record) {
    double adjustment = log2U[comparison][level] - log2Frequency[comparison][columns[comparison].id(record)];
    return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, adjustment));
  }

  /** Each comparison's contribution to the match weight of a pair: the data of a waterfall chart. */
  public Explanation explain(int a, int b) {
    long pattern = pattern(a, b);
    List<Explanation.Step> steps = new ArrayList<>();
    for (int i = 0; i < evaluators.length; i++) {
      int level = PatternCodec.level(pattern, i);
      double tf = tfAdjusted[i][level] ? termFrequencyAdjustment(i, level, a) : 0;
      steps.add(compiled.step(i, pattern, valueOf(columns[i], a), valueOf(columns[i], b), tf));
    }
    steps.addAll(compiled.groupSteps(pattern));
    double total = weight(pattern, a, b);
    return new Explanation(table.recordId(a), table.recordId(b), prior, steps, isDistinguished(pattern), total,
        MatchModel.probability(total));
  }

  private static String valueOf(EncodedColumn column, int record) {
    return column.isMissing(record) ? "" : column.value(record);
  }
}
