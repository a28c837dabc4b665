package dev.golden.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Connected components of an undirected graph of record indexes by alternating large-star and
 * small-star rounds (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014): every
 * round keeps the components and shrinks their depth, so a chain of n records needs O(log² n)
 * rounds, not n as label propagation would. It stops when the graph is a forest of stars, each
 * centred on its component's smallest record. Minima are aggregations, so a record with very
 * many links (a hub) is combined map-side rather than collected in one task.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** What the run found: the component of each record with a link, and how many rounds it took. */
  record Result(Dataset<Row> components, int rounds) {}

  /**
   * @param edges columns {@code a, b} (longs)
   * @return columns {@code node, component}, component being the component's smallest node
   */
  static Result of(Dataset<Row> edges, int maxRounds) {
    // Edges as (u, v) with v < u: a leaf and a smaller node it points to.
    Dataset<Row> graph = edges.select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
        .where(col("u").notEqual(col("v"))).distinct().localCheckpoint();
    int rounds = 0;
    while (!isStarForest(graph)) {
      if (++rounds > maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds + " rounds");
      }
      graph = smallStar(largeStar(graph)).localCheckpoint();
    }
    Dataset<Row> leaves = graph.select(col("u").as("node"), col("v").as("component"));
    Dataset<Row> centres = graph.select(col("v").as("node"), col("v").as("component")).distinct();
    return new Result(leaves.union(centres), rounds);
  }

  /** Each node links every larger neighbour to the smallest node of its neighbourhood. */
  private static Dataset<Row> largeStar(Dataset<Row> graph) {
    Dataset<Row> both = graph.select(col("u"), col("v")).union(graph.select(col("v").as("u"), col("u").as("v")));
    Dataset<Row> smallest = both.groupBy("u").agg(min("v").as("m"))
        .select(col("u").as("n"), least(col("u"), col("m")).as("m"));
    return both.join(smallest, both.col("u").equalTo(smallest.col("n")))
        .where(col("v").gt(col("u")))
        .select(col("v").as("u"), col("m").as("v"))
        .distinct();
  }

  /** Each node links itself and its smaller neighbours to the smallest of them. */
  private static Dataset<Row> smallStar(Dataset<Row> graph) {
    Dataset<Row> smallest = graph.groupBy("u").agg(min("v").as("m")).select(col("u").as("n"), col("m"));
    Dataset<Row> neighbours = graph.join(smallest, graph.col("u").equalTo(smallest.col("n")))
        .select(col("v").as("u"), col("m").as("v"));
    Dataset<Row> selves = smallest.select(col("n").as("u"), col("m").as("v"));
    return neighbours.union(selves)
        .select(greatest(col("u"), col("v")).as("u"), least(col("u"), col("v")).as("v"))
        .where(col("u").notEqual(col("v")))
        .distinct();
  }

  /** Every node points to exactly one smaller node, and no pointed-to node points anywhere. */
  private static boolean isStarForest(Dataset<Row> graph) {
    long edges = graph.count();
    long leaves = graph.select("u").distinct().count();
    if (edges != leaves) {
      return false;
    }
    Dataset<Row> centres = graph.select(col("v").as("c")).distinct();
    return graph.join(centres, graph.col("u").equalTo(centres.col("c")), "left_semi").isEmpty();
  }
}
