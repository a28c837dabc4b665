package dev.golden.evaluate;

/**
 * Pairwise accuracy of a clustering against true matching pairs.
 *
 * @param truePositives true pairs placed in one cluster
 * @param predictedPairs pairs placed in one cluster
 * @param truePairs pairs that truly match
 */
public record PairwiseScore(long truePositives, long predictedPairs, long truePairs) {
  public double precision() {
    return predictedPairs == 0 ? 1 : truePositives / (double) predictedPairs;
  }

  public double recall() {
    return truePairs == 0 ? 1 : truePositives / (double) truePairs;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public long falsePositives() {
    return predictedPairs - truePositives;
  }

  public long falseNegatives() {
    return truePairs - truePositives;
  }
}
