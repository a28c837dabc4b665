package dev.golden.evaluate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares clusters with true matching pairs: pairwise precision, recall and F1, and the pairs
 * that went wrong.
 */
public final class ClusterEvaluation {
  /** A pair of record ids, smaller first. */
  public record IdPair(String a, String b) {
    public static IdPair of(String x, String y) {
      return x.compareTo(y) <= 0 ? new IdPair(x, y) : new IdPair(y, x);
    }
  }

  private final Map<String, String> clusterOf;
  private final Set<IdPair> truth;

  /**
   * @param clusterOf record id to cluster id
   * @param truth every truly matching pair
   */
  public ClusterEvaluation(Map<String, String> clusterOf, Set<IdPair> truth) {
    this.clusterOf = Map.copyOf(clusterOf);
    this.truth = Set.copyOf(truth);
  }

  public PairwiseScore score() {
    long truePositives = truth.stream().filter(this::together).count();
    Map<String, Long> sizes = new HashMap<>();
    clusterOf.values().forEach(c -> sizes.merge(c, 1L, Long::sum));
    long predicted = sizes.values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
    return new PairwiseScore(truePositives, predicted, truth.size());
  }

  /** True pairs that were not put together. */
  public List<IdPair> falseNegatives() {
    return truth.stream().filter(p -> !together(p)).sorted(java.util.Comparator.comparing(IdPair::a).thenComparing(IdPair::b)).toList();
  }

  /** Pairs put together that do not match; clusters above the size limit are skipped. */
  public List<IdPair> falsePositives(int maxClusterSize) {
    Map<String, List<String>> members = new HashMap<>();
    clusterOf.forEach((record, cluster) -> members.computeIfAbsent(cluster, c -> new ArrayList<>()).add(record));
    List<IdPair> wrong = new ArrayList<>();
    Set<IdPair> seen = new HashSet<>();
    for (List<String> cluster : members.values()) {
      if (cluster.size() > maxClusterSize) {
        continue;
      }
      for (int i = 0; i < cluster.size(); i++) {
        for (int j = i + 1; j < cluster.size(); j++) {
          IdPair pair = IdPair.of(cluster.get(i), cluster.get(j));
          if (!truth.contains(pair) && seen.add(pair)) {
            wrong.add(pair);
          }
        }
      }
    }
    return wrong;
  }

  private boolean together(IdPair pair) {
    String a = clusterOf.get(pair.a());
    return a != null && a.equals(clusterOf.get(pair.b()));
  }
}
