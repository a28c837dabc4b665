package dev.golden.server.console;

import dev.golden.store.MatchLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs awaiting review grouped by the cluster they would form if all were merged: A–B and B–C
 * make one cluster of three. Reviewing a cluster at once shows what a pair alone hides, such as
 * a C that is like B but not like A.
 */
final class ReviewClusters {

  /** Customers in the order they first appear in the pairs, and the pairs in the order given. */
  record Cluster(List<Long> customerIds, List<MatchLink> pairs) {

    Cluster {
      customerIds = List.copyOf(customerIds);
      pairs = List.copyOf(pairs);
    }

    int size() {
      return customerIds.size();
    }
  }

  private ReviewClusters() {}

  /** The connected groups of {@code pairs}, in the order of each group's first pair. */
  static List<Cluster> of(List<MatchLink> pairs) {
    Map<Long, Long> parent = new HashMap<>();
    for (MatchLink pair : pairs) {
      long a = root(parent, pair.leftId());
      long b = root(parent, pair.rightId());
      if (a != b) {
        parent.put(b, a);
      }
    }
    Map<Long, List<Long>> customers = new LinkedHashMap<>();
    Map<Long, List<MatchLink>> links = new HashMap<>();
    for (MatchLink pair : pairs) {
      long root = root(parent, pair.leftId());
      List<Long> ids = customers.computeIfAbsent(root, r -> new ArrayList<>());
      for (long id : new long[] {pair.leftId(), pair.rightId()}) {
        if (!ids.contains(id)) {
          ids.add(id);
        }
      }
      links.computeIfAbsent(root, r -> new ArrayList<>()).add(pair);
    }
    List<Cluster> clusters = new ArrayList<>();
    customers.forEach((root, ids) -> clusters.add(new Cluster(ids, links.get(root))));
    return clusters;
  }

  /** The representative of {@code id}'s group, halving the path on the way (union-find). */
  private static long root(Map<Long, Long> parent, long id) {
    long current = id;
    Long up;
    while ((up = parent.get(current)) != null && up != current) {
      Long grand = parent.get(up);
      if (grand != null) {
        parent.put(current, grand);
      }
      current = up;
    }
    return current;
  }
}
