package dev.golden.match;

import dev.golden.compare.LevelKind;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A {@link MatchModel} compiled once for scoring one record against a few candidates, as a
 * duplicate check on entry does thousands of times a second: the same weights, probabilities and
 * explanations as a {@link PairScorer} over a table of the record (side A of every pair) and its
 * candidates with a column for every attribute, without building that table, its encoded columns
 * and compiled comparisons for every check. A model with a level that reads statistics of the
 * table itself (rare words) is scored through such a table. Thread-safe.
 */
public final class CandidateScorer {
  private static final List<Attribute> ALL_ATTRIBUTES = List.of(Attribute.values());

  private final MatchModel model;
  /** Null when a level needs the table's statistics: then every check builds the table. */
  private final PairLevels levels;
  private final PairWeights weights;
  private final TermFrequencyPrior prior;

  private CandidateScorer(MatchModel model) {
    this.model = model;
    boolean tableFree = model.comparisons().stream().flatMap(c -> c.comparison().levels().stream())
        .noneMatch(level -> level.kind() == LevelKind.RARE_WORDS);
    this.levels = tableFree ? new PairLevels(model) : null;
    this.weights = new PairWeights(model);
    this.prior = new TermFrequencyPrior(model);
  }

  public static CandidateScorer of(MatchModel model) {
    return new CandidateScorer(model);
  }

  public MatchModel model() {
    return model;
  }

  /**
   * The record against its candidates, with term frequencies of the record's values taken from
   * elsewhere (an index of every customer): only the record's own values are looked up, and those
   * counted among few customers are pulled toward the model's expectation ({@link TermFrequencyPrior}).
   */
  public Scores score(String recordId, Map<Attribute, String> record, List<String> candidateIds,
      List<Map<Attribute, String>> candidates, TermFrequencies frequencies) {
    TermFrequencies expected = prior.applyTo(frequencies);
    if (levels == null) {
      return viaTable(recordId, record, candidateIds, candidates, expected);
    }
    return new Direct(recordId, values(record), candidateIds, candidates, expected);
  }

  /** The weights and explanations of one record's pairs with its candidates, by candidate index. */
  public interface Scores {
    double weight(int candidate);

    Explanation explain(int candidate);
  }

  private static String[] values(Map<Attribute, String> record) {
    String[] values = new String[Attribute.values().length];
    record.forEach((attribute, value) -> {
      // A table keeps no empty value: the attribute is missing.
      if (value != null && !value.isEmpty()) {
        values[attribute.ordinal()] = value;
      }
    });
    return values;
  }

  private final class Direct implements Scores {
    private final String recordId;
    private final String[] record;
    private final List<String> candidateIds;
    private final List<Map<Attribute, String>> candidates;
    private final TermFrequencies frequencies;
    /** log2 of the frequency of the record's value per comparison, NaN until looked up. */
    private final double[] log2Frequency;

    Direct(String recordId, String[] record, List<String> candidateIds, List<Map<Attribute, String>> candidates,
        TermFrequencies frequencies) {
      this.recordId = recordId;
      this.record = record;
      this.candidateIds = candidateIds;
      this.candidates = candidates;
      this.frequencies = frequencies;
      this.log2Frequency = new double[model.comparisons().size()];
      Arrays.fill(log2Frequency, Double.NaN);
    }

    @Override
    public double weight(int candidate) {
      int[] pairLevels = levels.of(record, values(candidates.get(candidate)));
      return weights.weight(pairLevels, this::log2Frequency);
    }

    @Override
    public Explanation explain(int candidate) {
      String[] other = values(candidates.get(candidate));
      int[] pairLevels = levels.of(record, other);
      List<Explanation.Step> steps = new ArrayList<>(pairLevels.length);
      long pattern = PairWeights.packed(pairLevels);
      for (int i = 0; i < pairLevels.length; i++) {
        int column = model.comparisons().get(i).comparison().attribute().ordinal();
        steps.add(weights.step(i, pattern, orEmpty(record[column]), orEmpty(other[column]),
            weights.tfAdjustment(i, pairLevels[i], this::log2Frequency)));
      }
      steps.addAll(weights.groupSteps(pattern));
      double total = weights.weight(pairLevels, this::log2Frequency);
      return new Explanation(recordId, candidateIds.get(candidate), weights.prior(), steps,
          weights.isDistinguished(pairLevels), total, MatchModel.probability(total));
    }

    private double log2Frequency(int comparison) {
      double log2 = log2Frequency[comparison];
      if (Double.isNaN(log2)) {
        Attribute attribute = model.comparisons().get(comparison).comparison().attribute();
        log2 = ComparisonParameters.log2(frequencies.relativeFrequency(attribute, record[attribute.ordinal()]));
        log2Frequency[comparison] = log2;
      }
      return log2;
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }

  /** The batch engine's own scorer over a table of the record and its candidates. */
  private Scores viaTable(String recordId, Map<Attribute, String> record, List<String> candidateIds,
      List<Map<Attribute, String>> candidates, TermFrequencies frequencies) {
    RecordTable.Builder table = RecordTable.builder(candidates.size() + 1).withColumns(ALL_ATTRIBUTES)
        .add(recordId, 0, record);
    for (int i = 0; i < candidates.size(); i++) {
      table.add(candidateIds.get(i), 0, candidates.get(i));
    }
    PairScorer scorer = new PairScorer(model, table.build(), frequencies);
    return new Scores() {
      @Override
      public double weight(int candidate) {
        return scorer.weight(0, candidate + 1);
      }

      @Override
      public Explanation explain(int candidate) {
        return scorer.explain(0, candidate + 1);
      }
    };
  }
}
