package dev.golden.match;

import dev.golden.block.BlockingRule;
import dev.golden.block.CandidateGenerator;
import dev.golden.cluster.Clusterer;
import dev.golden.cluster.Clustering;
import dev.golden.cluster.ScoredPairs;
import dev.golden.compare.Comparison;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * Finds which records are the same customer: blocking, training (or a given model), scoring and
 * clustering. The one entry point for batch matching; configure it with {@link #builder()}.
 */
public final class Deduplicator {
  private final LinkType linkType;
  private final Optional<MatchModel> model;
  private final ModelTrainer.Options training;
  private final int maxBlockSize;
  private final int window;
  private final double conflictProbability;

  private Deduplicator(Builder builder) {
    this.linkType = builder.linkType;
    this.model = builder.model;
    this.training = builder.training;
    this.maxBlockSize = builder.maxBlockSize;
    this.window = builder.window;
    this.conflictProbability = builder.conflictProbability;
  }

  public static Builder builder() {
    return new Builder();
  }

  public MatchResult run(RecordTable table, StageTimings timings) {
    // Choosing the rules sorts the records once per broad rule: part of blocking, so timed with it.
    Blocking blocking = timings.time("block", () -> block(table));
    List<BlockingRule> rules = blocking.rules();
    CandidateGenerator.Result blocked = blocking.candidates();
    MatchModel trained;
    long[] patterns;
    List<ModelTrainer.RuleEstimate> estimates = List.of();
    if (model.isPresent()) {
      trained = model.get();
      PairScorer scorer = new PairScorer(trained, table);
      patterns = timings.time("compare", () -> scorer.patterns(blocked.pairs()));
    } else {
      List<Comparison> comparisons = DefaultSettings.comparisons(table);
      ModelTrainer.Result result = timings.time("compare and train",
          () -> new ModelTrainer(training).train(table, comparisons, rules, blocked.pairs(), linkType));
      trained = result.model();
      patterns = result.patterns();
      estimates = result.ruleEstimates();
    }
    PairScorer scorer = new PairScorer(trained, table);
    double[] weights = timings.time("score", () -> {
      double[] w = new double[patterns.length];
      IntStream.range(0, w.length).parallel()
          .forEach(i -> w[i] = scorer.weight(patterns[i], blocked.pairs().left(i), blocked.pairs().right(i)));
      return w;
    });
    int[] left = new int[patterns.length];
    int[] right = new int[patterns.length];
    for (int i = 0; i < patterns.length; i++) {
      left[i] = blocked.pairs().left(i);
      right[i] = blocked.pairs().right(i);
    }
    Clustering clustering = timings.time("cluster", () -> new Clusterer(weightOf(trained.matchThreshold()),
        weightOf(conflictProbability)).cluster(table.size(), new ScoredPairs(left, right, weights)));
    return new MatchResult(table, trained, blocked.pairs(), weights, clustering, blocked.report(), estimates);
  }

  /** The blocking rules (the model's, else chosen for this table) and the candidate pairs they give. */
  private record Blocking(List<BlockingRule> rules, CandidateGenerator.Result candidates) {}

  private Blocking block(RecordTable table) {
    List<BlockingRule> rules = model.map(MatchModel::blockingRules)
        .orElseGet(() -> DefaultSettings.blockingRules(table, maxBlockSize, window));
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("No blocking rule applies: the records have no name, phone, email, "
          + "address, company or date of birth filled often enough to find candidates");
    }
    return new Blocking(rules, new CandidateGenerator(rules, maxBlockSize, window, linkType == LinkType.LINK_ONLY,
        rule -> DefaultSettings.pairBudget(rule, table.size())).generate(table));
  }

  /** The match weight (bits) of a match probability, as thresholds are compared. */
  public static double weightOf(double probability) {
    return ComparisonParameters.log2(probability / (1 - probability));
  }

  /** Configures a {@link Deduplicator}; every option has a default. */
  public static final class Builder {
    private LinkType linkType = LinkType.DEDUPE_ONLY;
    private Optional<MatchModel> model = Optional.empty();
    private ModelTrainer.Options training = ModelTrainer.Options.defaults();
    private int maxBlockSize = DefaultSettings.MAX_BLOCK_SIZE;
    private int window = DefaultSettings.WINDOW;
    private double conflictProbability = 0.01;

    public Builder linkType(LinkType linkType) {
      this.linkType = linkType;
      return this;
    }

    /** Uses a trained or hand-written model instead of training one. */
    public Builder model(MatchModel model) {
      this.model = Optional.of(model);
      this.linkType = model.linkType();
      return this;
    }

    public Builder training(ModelTrainer.Options training) {
      this.training = training;
      return this;
    }

    /** Blocks above this size are compared within a sliding window of the given size. */
    public Builder oversizedBlocks(int maxBlockSize, int window) {
      if (maxBlockSize < 2 || window < 1) {
        throw new IllegalArgumentException("max block size must be at least 2 and window at least 1");
      }
      this.maxBlockSize = maxBlockSize;
      this.window = window;
      return this;
    }

    /** A scored pair below this match probability is a clear non-match for the chaining guard. */
    public Builder conflictProbability(double probability) {
      if (!(probability > 0 && probability < 1)) {
        throw new IllegalArgumentException("conflict probability must be in (0, 1)");
      }
      this.conflictProbability = probability;
      return this;
    }

    public Deduplicator build() {
      return new Deduplicator(this);
    }
  }
}
