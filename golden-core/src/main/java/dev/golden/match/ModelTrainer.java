package dev.golden.match;

import dev.golden.block.BlockingRule;
import dev.golden.block.CandidatePairs;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Learns a {@link MatchModel} without labels:
 * <ol>
 *   <li>u per level from random record pairs (almost all of which are non-matches);
 *   <li>m per level by expectation–maximisation over the candidate pairs of each blocking rule in
 *       turn, leaving out the comparisons of the rule's own attributes and letting the block's own
 *       non-match shares move, then averaged over rules weighted by their expected matches;
 *   <li>the prior from the expected number of matches among all candidate pairs.
 * </ol>
 */
public final class ModelTrainer {
  private static final int EM_ITERATIONS = 25;
  private static final int MIN_PAIRS_PER_RULE = 30;

  /**
   * @param randomPairs how many random pairs estimate u
   * @param seed seed of the random pair sample
   * @param matchThreshold match probability of an automatic match
   * @param reviewThreshold match probability of a pair that needs review
   */
  public record Options(int randomPairs, long seed, double matchThreshold, double reviewThreshold) {
    public static Options defaults() {
      return new Options(400_000, 42, 0.9, 0.5);
    }
  }

  /** The trained model, the candidate pairs' patterns (reused for scoring) and what training saw. */
  public record Result(MatchModel model, long[] patterns, List<RuleEstimate> ruleEstimates) {}

  /** What EM found inside one blocking rule's pairs. */
  public record RuleEstimate(String rule, long pairs, double matchShare, boolean used) {}

  private final Options options;

  public ModelTrainer(Options options) {
    this.options = options;
  }

  public Result train(RecordTable table, List<Comparison> comparisons, List<BlockingRule> rules,
      CandidatePairs candidates, LinkType linkType) {
    MatchModel untrained = untrained(comparisons, rules, linkType);
    PairScorer patterns = new PairScorer(untrained, table);
    int c = comparisons.size();
    int[] levelCounts = comparisons.stream().mapToInt(Comparison::levelCount).toArray();

    long[] randomPatterns = randomPatterns(table, patterns, linkType);
    double[][] u = estimateU(randomPatterns, levelCounts);
    long[] candidatePatterns = patterns.patterns(candidates);
    PatternCounts counted = trainingCounts(table, rules, candidates, candidatePatterns);

    ExpectationMaximisation em = new ExpectationMaximisation(levelCounts, u);
    List<RuleEstimate> estimates = new ArrayList<>();
    List<RuleRun> runs = ruleRuns(em, levelCounts, comparisons, rules, counted);
    double[][] m = mFromRules(em, levelCounts, rules, runs, counted, estimates);
    ExpectationMaximisation.Estimate overall = em.run(counted.forRules(-1L), m, 0.5,
        new boolean[c], false, false, EM_ITERATIONS);
    double totalPairs = totalPairs(table, linkType);
    double prior = Math.min(0.5, Math.max(1e-12, overall.expectedMatches() / totalPairs));

    List<ComparisonParameters> parameters = new ArrayList<>();
    for (int i = 0; i < c; i++) {
      parameters.add(new ComparisonParameters(comparisons.get(i), boxed(agreementAtLeastElse(m[i], u[i])), boxed(u[i])));
    }
    List<ComparisonGroup> groups = addressGroup(comparisons, runs, randomPatterns, u).stream().toList();
    MatchModel model = new MatchModel(MatchModel.FORMAT_VERSION, linkType, prior, parameters, rules,
        options.matchThreshold(), options.reviewThreshold(), DefaultSettings.distinguishing(comparisons), groups);
    return new Result(model, candidatePatterns, estimates);
  }

  /**
   * m per comparison: EM inside each rule's pairs, the plausible estimates averaged weighted by
   * their expected matches; a comparison that every rule leaves out takes EM over all pairs.
   */
  private static double[][] mFromRules(ExpectationMaximisation em, int[] levelCounts, List<BlockingRule> rules,
      List<RuleRun> runs, PatternCounts counted, List<RuleEstimate> estimates) {
    int c = levelCounts.length;
    double[][] mSum = new double[c][];
    double[] mWeight = new double[c];
    for (int i = 0; i < c; i++) {
      mSum[i] = new double[levelCounts[i]];
    }
    for (int r = 0; r < rules.size(); r++) {
      RuleRun run = runs.get(r);
      long pairs = run.pairs();
      boolean[] excluded = run.excluded();
      if (run.estimate().isEmpty()) {
        estimates.add(new RuleEstimate(rules.get(r).describe(), pairs, Double.NaN, false));
        continue;
      }
      ExpectationMaximisation.Estimate estimate = run.estimate().get();
      boolean plausible = plausible(estimate.m(), excluded);
      estimates.add(new RuleEstimate(rules.get(r).describe(), pairs, estimate.matchShare(), plausible));
      if (!plausible) {
        continue;
      }
      for (int i = 0; i < c; i++) {
        if (!excluded[i]) {
          for (int level = 1; level < levelCounts[i]; level++) {
            mSum[i][level] += estimate.m()[i][level] * estimate.expectedMatches();
          }
          mWeight[i] += estimate.expectedMatches();
        }
      }
    }
    double[][] m = new double[c][];
    double[][] fallback = null;
    for (int i = 0; i < c; i++) {
      if (mWeight[i] > 0) {
        m[i] = ExpectationMaximisation.normalise(mSum[i]);
      } else {
        if (fallback == null) {
          fallback = em.run(counted.forRules(-1L), initialM(levelCounts), 0.5, new boolean[c], true, true,
              EM_ITERATIONS).m();
        }
        m[i] = fallback[i];
      }
    }
    return m;
  }

  /** EM inside each rule's pairs. The rules' runs are independent: run on every core, kept in rule order. */
  private static List<RuleRun> ruleRuns(ExpectationMaximisation em, int[] levelCounts, List<Comparison> comparisons,
      List<BlockingRule> rules, PatternCounts counted) {
    int c = levelCounts.length;
    return IntStream.range(0, rules.size()).parallel()
        .mapToObj(r -> {
          Map<Long, Long> counts = counted.forRules(1L << r);
          boolean[] excluded = excludedBy(rules.get(r), comparisons);
          long pairs = counts.values().stream().mapToLong(Long::longValue).sum();
          boolean anyIncluded = IntStream.range(0, c).anyMatch(i -> !excluded[i]);
          return new RuleRun(counts, pairs, excluded, pairs < MIN_PAIRS_PER_RULE || !anyIncluded ? Optional.empty()
              : Optional.of(em.run(counts, initialM(levelCounts), 0.5, excluded, true, true, EM_ITERATIONS)));
        })
        .toList();
  }

  /**
   * One rule's pattern counts, its pairs, the comparisons its own attributes leave out, and EM's
   * estimate if it had enough.
   */
  private record RuleRun(Map<Long, Long> counts, long pairs, boolean[] excluded,
      Optional<ExpectationMaximisation.Estimate> estimate) {
    boolean plausible() {
      return estimate.isPresent() && ModelTrainer.plausible(estimate.get().m(), excluded);
    }
  }

  /**
   * The parts of an address as one {@link ComparisonGroup} for pairs of people (a given name or date
   * of birth) sharing an identifier a move leaves alone, learnt from random pairs and from the
   * blocks of the rules that read no part of the address; none when fewer than two parts, or none
   * of those, are compared, or no such block saw matches with an address.
   */
  private static Optional<ComparisonGroup> addressGroup(List<Comparison> comparisons, List<RuleRun> runs,
      long[] randomPatterns, double[][] u) {
    List<String> names = DefaultSettings.addressGroup(comparisons);
    List<String> requires = DefaultSettings.distinguishing(comparisons);
    List<String> confirmedBy = DefaultSettings.keptThroughMoves(comparisons);
    if (names.size() < ComparisonGroup.MIN_PRESENT || requires.isEmpty() || confirmedBy.isEmpty()) {
      return Optional.empty();
    }
    List<String> all = comparisons.stream().map(Comparison::name).toList();
    int[] members = names.stream().mapToInt(all::indexOf).toArray();
    GroupEstimator estimator = new GroupEstimator(members, requires.stream().mapToInt(all::indexOf).toArray(),
        confirmedBy.stream().mapToInt(all::indexOf).toArray(),
        comparisons.stream().mapToInt(Comparison::elseLevel).toArray());
    List<GroupEstimator.Block> blocks = runs.stream()
        .filter(run -> run.plausible() && Arrays.stream(members).noneMatch(i -> run.excluded()[i]))
        .map(run -> new GroupEstimator.Block(run.counts(), run.estimate().get().m(), run.estimate().get().matchShare(),
            run.excluded()))
        .toList();
    OptionalDouble m = estimator.m(blocks, u);
    if (m.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ComparisonGroup(DefaultSettings.ADDRESS_GROUP, names, requires, confirmedBy, m.getAsDouble(),
        estimator.u(randomPatterns)));
  }

  /**
   * Whether EM inside a block found matches rather than some other split of its pairs (all the
   * pairs of one city, say): among matches, exact agreement is more common than disagreement for
   * at least two thirds of the comparisons it estimated.
   */
  static boolean plausible(double[][] m, boolean[] excluded) {
    int estimated = 0;
    int agreeing = 0;
    for (int i = 0; i < m.length; i++) {
      if (!excluded[i]) {
        estimated++;
        if (m[i][1] > m[i][m[i].length - 1]) {
          agreeing++;
        }
      }
    }
    return estimated > 0 && agreeing * 3 >= estimated * 2;
  }

  /**
   * m with no agreeing level weighing less than the else level. A level EM never saw among matches
   * gets a near-zero m, which would make "sounds alike" stronger evidence against a match than
   * "nothing alike"; such a level is raised to the else level's Bayes factor.
   */
  static double[] agreementAtLeastElse(double[] m, double[] u) {
    int elseLevel = m.length - 1;
    double elseFactor = m[elseLevel] / u[elseLevel];
    double[] raised = m.clone();
    for (int level = 1; level < elseLevel; level++) {
      raised[level] = Math.max(raised[level], u[level] * elseFactor);
    }
    return ExpectationMaximisation.normalise(raised);
  }

  /** A model whose parameters are placeholders: enough to compute comparison patterns. */
  static MatchModel untrained(List<Comparison> comparisons, List<BlockingRule> rules, LinkType linkType) {
    List<ComparisonParameters> parameters = comparisons.stream().map(comparison -> {
      List<Double> flat = java.util.Collections.nCopies(comparison.levelCount(), 1.0 / comparison.levelCount());
      return new ComparisonParameters(comparison, flat, flat);
    }).toList();
    return new MatchModel(MatchModel.FORMAT_VERSION, linkType, 1e-4, parameters, rules, 0.9, 0.5);
  }

  /** The patterns of random record pairs, almost all non-matches: what u is counted from. */
  private long[] randomPatterns(RecordTable table, PairScorer patterns, LinkType linkType) {
    long possible = (long) totalPairs(table, linkType);
    int samples = (int) Math.min(options.randomPairs(), Math.max(0, possible));
    // Chunks with their own split generators: parallel, yet the same sample for the same seed.
    int chunks = 16;
    SplittableRandom root = new SplittableRandom(options.seed());
    SplittableRandom[] randoms = new SplittableRandom[chunks];
    for (int k = 0; k < chunks; k++) {
      randoms[k] = root.split();
    }
    int[][] drawn = new int[chunks][];
    IntStream.range(0, chunks).parallel().forEach(k ->
        drawn[k] = randomPairs(table, linkType, randoms[k], samples / chunks + (k < samples % chunks ? 1 : 0)));
    int total = 0;
    for (int[] pairs : drawn) {
      total += pairs.length / 2;
    }
    int[] left = new int[total];
    int[] right = new int[total];
    int next = 0;
    for (int[] pairs : drawn) {
      for (int k = 0; k < pairs.length; k += 2) {
        left[next] = pairs[k];
        right[next++] = pairs[k + 1];
      }
    }
    // The same pattern computation as for candidate pairs: its caches serve random pairs of common values too.
    return patterns.patterns(new CandidatePairs(left, right));
  }

  private static double[][] estimateU(long[] sampled, int[] levelCounts) {
    int c = levelCounts.length;
    double[][] u = new double[c][];
    for (int i = 0; i < c; i++) {
      // Half a pair of pseudo-count per level: a level never seen among random pairs is rare, not impossible.
      double[] smoothed = new double[levelCounts[i]];
      for (int level = 1; level < smoothed.length; level++) {
        smoothed[level] = 0.5;
      }
      for (long pattern : sampled) {
        int level = PatternCodec.level(pattern, i);
        if (level > 0) {
          smoothed[level]++;
        }
      }
      u[i] = ExpectationMaximisation.normalise(smoothed);
    }
    return u;
  }

  /** Random record pairs, as {@code a0, b0, a1, b1, ...}: no record with itself, none within one source when linking. */
  private static int[] randomPairs(RecordTable table, LinkType linkType, SplittableRandom random, int samples) {
    int n = table.size();
    int[] pairs = new int[2 * samples];
    int drawn = 0;
    long attempts = 0;
    while (drawn < samples && attempts < samples * 20L) {
      attempts++;
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if (a == b || (linkType == LinkType.LINK_ONLY && table.sourceIndex(a) == table.sourceIndex(b))) {
        continue;
      }
      pairs[2 * drawn] = a;
      pairs[2 * drawn + 1] = b;
      drawn++;
    }
    return Arrays.copyOf(pairs, 2 * drawn);
  }

  /** Training needs the shares of patterns, not every pair: beyond this many pairs, a sample. */
  private static final int MAX_TRAINING_PAIRS = 2_000_000;

  /**
   * Pattern counts per rule mask of the candidate pairs (every k-th pair, counted k times, when
   * there are more than {@link #MAX_TRAINING_PAIRS}). A pair's mask holds the rule that found it
   * and every later rule that also holds for it.
   */
  private static PatternCounts trainingCounts(RecordTable table, List<BlockingRule> rules, CandidatePairs pairs,
      long[] patterns) {
    BlockingRule.Compiled[] compiled = rules.stream().map(r -> r.compile(table)).toArray(BlockingRule.Compiled[]::new);
    int step = Math.max(1, (pairs.size() + MAX_TRAINING_PAIRS - 1) / MAX_TRAINING_PAIRS);
    int sampled = (pairs.size() + step - 1) / step;
    long[] sampledPatterns = new long[sampled];
    long[] masks = new long[sampled];
    IntStream.range(0, sampled).parallel().forEach(k -> {
      int p = k * step;
      int found = pairs.ruleOf(p);
      long mask = 1L << found;
      for (int r = found + 1; r < compiled.length && r < 64; r++) {
        if (compiled[r].holds(pairs.left(p), pairs.right(p))) {
          mask |= 1L << r;
        }
      }
      masks[k] = mask;
      sampledPatterns[k] = patterns[p];
    });
    return PatternCounts.of(sampledPatterns, masks, step);
  }

  private static boolean[] excludedBy(BlockingRule rule, List<Comparison> comparisons) {
    Set<Attribute> bases = rule.attributes().stream().flatMap(a -> comparedAs(a).stream()).collect(Collectors.toSet());
    boolean[] excluded = new boolean[comparisons.size()];
    for (int i = 0; i < comparisons.size(); i++) {
      excluded[i] = bases.contains(comparisons.get(i).attribute());
    }
    return excluded;
  }

  /** The compared attributes that a blocking attribute is derived from. */
  static Set<Attribute> comparedAs(Attribute attribute) {
    return switch (attribute) {
      case GIVEN_PHONETIC -> Set.of(Attribute.GIVEN_NAME);
      case FAMILY_PHONETIC -> Set.of(Attribute.FAMILY_NAME);
      case NAME_TOKENS, HAN_NAME -> Set.of(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME);
      case PHONE_TAIL -> Set.of(Attribute.PHONE);
      case COMPANY_PREFIX -> Set.of(Attribute.COMPANY_NAME);
      default -> Set.of(attribute);
    };
  }

  private static double[][] initialM(int[] levelCounts) {
    double[][] m = new double[levelCounts.length][];
    for (int i = 0; i < levelCounts.length; i++) {
      double[] mass = new double[levelCounts[i]];
      int agreeing = levelCounts[i] - 2;
      for (int level = 1; level <= agreeing; level++) {
        mass[level] = 0.9 * Math.pow(0.5, level - 1);
      }
      mass[levelCounts[i] - 1] = 0.05;
      m[i] = ExpectationMaximisation.normalise(mass);
    }
    return m;
  }

  static double totalPairs(RecordTable table, LinkType linkType) {
    long n = table.size();
    if (linkType == LinkType.LINK_ONLY) {
      long left = IntStream.range(0, table.size()).filter(i -> table.sourceIndex(i) == 0).count();
      return (double) left * (n - left);
    }
    return n * (n - 1) / 2.0;
  }

  private static List<Double> boxed(double[] values) {
    List<Double> list = new ArrayList<>(values.length);
    for (double v : values) {
      list.add(v);
    }
    return list;
  }
}
