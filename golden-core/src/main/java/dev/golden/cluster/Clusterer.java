package dev.golden.cluster;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Connected components over the pairs at or above the match threshold, built strongest link first,
 * with a guard against chaining: two groups are not joined when a pair across them was scored as a
 * clear non-match and the links across them are mostly not matches. So one weak or wrong link
 * (a shared household phone, a typo) cannot chain two different customers together.
 */
public final class Clusterer {
  private final double matchWeight;
  private final double conflictWeight;

  /**
   * @param matchWeight pairs at or above this match weight are links
   * @param conflictWeight a scored pair below this match weight is a clear non-match
   */
  public Clusterer(double matchWeight, double conflictWeight) {
    if (conflictWeight > matchWeight) {
      throw new IllegalArgumentException("conflict weight must not exceed match weight");
    }
    this.matchWeight = matchWeight;
    this.conflictWeight = conflictWeight;
  }

  public Clustering cluster(int records, ScoredPairs pairs) {
    Adjacency adjacency = Adjacency.of(records, pairs, relevantToTheGuard(records, pairs));
    int[] parent = IntStream.range(0, records).toArray();
    int[] size = new int[records];
    Arrays.fill(size, 1);
    int[] next = new int[records];
    Arrays.fill(next, -1);
    int[] tail = IntStream.range(0, records).toArray();

    long[] links = strongestFirst(pairs);
    // Groups once found in conflict stay apart: re-checking them for every further link between
    // them would scan the smaller group again and again, quadratic in a large component.
    java.util.Set<Long> inConflict = new java.util.HashSet<>();
    int refused = 0;
    for (long link : links) {
      int p = (int) link;
      int rootA = find(parent, pairs.left()[p]);
      int rootB = find(parent, pairs.right()[p]);
      if (rootA == rootB) {
        continue;
      }
      int small = size[rootA] <= size[rootB] ? rootA : rootB;
      int large = small == rootA ? rootB : rootA;
      if (size[small] > 1 || size[large] > 1) {
        long key = ((long) Math.min(small, large) << 32) | Math.max(small, large);
        if (inConflict.contains(key) || conflicts(small, large, parent, next, adjacency)) {
          inConflict.add(key);
          refused++;
          continue;
        }
      }
      parent[small] = large;
      size[large] += size[small];
      next[tail[large]] = small;
      tail[large] = tail[small];
    }
    int[] clusterOf = new int[records];
    int[] firstOfRoot = new int[records];
    Arrays.fill(firstOfRoot, -1);
    int clusters = 0;
    for (int r = 0; r < records; r++) {
      int root = find(parent, r);
      if (firstOfRoot[root] < 0) {
        firstOfRoot[root] = r;
        clusters++;
      }
      clusterOf[r] = firstOfRoot[root];
    }
    return new Clustering(clusterOf, clusters, refused);
  }

  /**
   * The pairs the chaining guard may look at: links, and other pairs between two records that
   * both have a link. A record without links stays alone, so its pairs never matter; leaving them
   * out keeps memory proportional to the links, not to all candidate pairs.
   */
  private boolean[] relevantToTheGuard(int records, ScoredPairs pairs) {
    boolean[] linked = new boolean[records];
    for (int p = 0; p < pairs.size(); p++) {
      if (pairs.weights()[p] >= matchWeight) {
        linked[pairs.left()[p]] = true;
        linked[pairs.right()[p]] = true;
      }
    }
    boolean[] relevant = new boolean[pairs.size()];
    for (int p = 0; p < pairs.size(); p++) {
      relevant[p] = linked[pairs.left()[p]] && linked[pairs.right()[p]];
    }
    return relevant;
  }

  /** Whether the scored pairs across two groups show a clear non-match that the links do not outweigh. */
  private boolean conflicts(int small, int large, int[] parent, int[] next, Adjacency adjacency) {
    int across = 0;
    int linksAcross = 0;
    boolean clearNonMatch = false;
    for (int member = small; member >= 0; member = next[member]) {
      for (int k = adjacency.start(member); k < adjacency.end(member); k++) {
        if (find(parent, adjacency.neighbour(k)) != large) {
          continue;
        }
        across++;
        double weight = adjacency.weight(k);
        if (weight >= matchWeight) {
          linksAcross++;
        } else if (weight < conflictWeight) {
          clearNonMatch = true;
        }
      }
    }
    return clearNonMatch && linksAcross * 2 <= across;
  }

  /**
   * Link indexes sorted by decreasing weight, each packed with a sortable key in the high bits.
   * Links of equal weight (common: equal comparison patterns) come in order of their records,
   * not of their place in the input, so any engine that finds the same scored pairs in another
   * order (such as the Spark job) builds the same clusters.
   */
  private long[] strongestFirst(ScoredPairs pairs) {
    long[] links = new long[pairs.size()];
    int count = 0;
    for (int p = 0; p < pairs.size(); p++) {
      if (pairs.weights()[p] >= matchWeight) {
        int bits = Float.floatToIntBits((float) -pairs.weights()[p]);
        int sortable = bits < 0 ? bits ^ 0x7FFFFFFF : bits;
        links[count++] = ((long) sortable << 32) | p;
      }
    }
    long[] sorted = Arrays.copyOf(links, count);
    Arrays.parallelSort(sorted);
    int start = 0;
    while (start < count) {
      int end = start + 1;
      while (end < count && sorted[end] >>> 32 == sorted[start] >>> 32) {
        end++;
      }
      if (end - start > 1) {
        byRecords(sorted, start, end, pairs);
      }
      start = end;
    }
    return sorted;
  }

  /** Re-orders a run of equally strong links by their records (lower index, then higher). */
  private static void byRecords(long[] links, int start, int end, ScoredPairs pairs) {
    long[] keyed = new long[end - start];
    int[] pairOf = new int[end - start];
    for (int k = start; k < end; k++) {
      int p = (int) links[k];
      int a = pairs.left()[p];
      int b = pairs.right()[p];
      keyed[k - start] = (long) Math.min(a, b) << 32 | Math.max(a, b);
      pairOf[k - start] = p;
    }
    Integer[] order = new Integer[keyed.length];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, (x, y) -> Long.compare(keyed[x], keyed[y]));
    for (int k = 0; k < order.length; k++) {
      links[start + k] = (links[start + k] & 0xFFFF_FFFF_0000_0000L) | (pairOf[order[k]] & 0xFFFF_FFFFL);
    }
  }

  private static int find(int[] parent, int x) {
    while (parent[x] != x) {
      parent[x] = parent[parent[x]];
      x = parent[x];
    }
    return x;
  }
}
