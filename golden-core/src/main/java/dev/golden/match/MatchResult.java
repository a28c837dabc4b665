package dev.golden.match;

import dev.golden.block.BlockingReport;
import dev.golden.block.CandidatePairs;
import dev.golden.cluster.Clustering;
import dev.golden.record.RecordTable;
import java.util.List;

/**
 * Everything a matching run produced: the model, every candidate pair with its match weight, the
 * clusters, and reports of blocking and training.
 */
public record MatchResult(
    RecordTable table,
    MatchModel model,
    CandidatePairs candidates,
    double[] weights,
    Clustering clustering,
    BlockingReport blocking,
    List<ModelTrainer.RuleEstimate> training) {

  /** Candidate pairs at or above a match probability. */
  public int pairsAtLeast(double probability) {
    double atLeast = Deduplicator.weightOf(probability);
    int count = 0;
    for (double weight : weights) {
      if (weight >= atLeast) {
        count++;
      }
    }
    return count;
  }
}
