package dev.golden.cluster;

/**
 * The outcome of clustering: a cluster number per record (records of one customer share it; the
 * number is the index of the cluster's first record) and the merges the chaining guard refused.
 */
public record Clustering(int[] clusterOf, int clusters, int refusedMerges) {
  /** The cluster of a record: the index of its first record. */
  public int clusterOf(int record) {
    return clusterOf[record];
  }
}
