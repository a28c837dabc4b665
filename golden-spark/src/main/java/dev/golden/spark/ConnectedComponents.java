package dev.golden.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;

import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * Connected components of an undirected graph of record indexes by alternating large-star and
 * small-star rounds (Kiveris et al., "Connected Components in MapReduce and Beyond", 2014): every
 * round keeps the components and shrinks their depth, so a chain of n records needs O(log² n)
 * rounds, not n as label propagation would. It stops when the graph is a forest of stars, each
 * centred on its component's smallest record.
 *
 * <p>Each half-round is one shuffle: edges are partitioned by the node whose neighbourhood the
 * step needs and sorted by neighbour, so a task streams over one node's neighbours at a time,
 * smallest first. The smallest neighbour is therefore known before any edge is emitted, duplicate
 * edges are dropped as they pass, and a node with millions of links (a hub) is streamed, never
 * held in memory. Whether the graph already is a star forest is decided node by node inside the
 * large-star step (a node is a centre, all of its neighbours larger, or a leaf, one smaller
 * neighbour and no other), counted on an accumulator: no separate job checks convergence.
 */
final class ConnectedComponents {
  private ConnectedComponents() {}

  /** What the run found: the component of each record with a link, and the rounds that changed the graph. */
  record Result(Dataset<Row> components, int rounds) {}

  /** Edges as (u, v) with v < u: a node and a smaller node it points to. */
  static final StructType EDGES = new StructType()
      .add("u", DataTypes.LongType, false)
      .add("v", DataTypes.LongType, false);

  /** A node and a neighbour, partitioned by node and sorted by neighbour. */
  private static final StructType NEIGHBOURS = new StructType()
      .add("x", DataTypes.LongType, false)
      .add("y", DataTypes.LongType, false);

  /**
   * @param edges columns {@code a, b} (longs)
   * @return columns {@code node, component}, component being the component's smallest node
   */
  static Result of(Dataset<Row> edges, int maxRounds) {
    Dataset<Row> graph = edges.select(greatest(col("a"), col("b")).as("u"), least(col("a"), col("b")).as("v"))
        .where(col("u").notEqual(col("v")));
    LongAccumulator notStars = edges.sparkSession().sparkContext().longAccumulator("nodes neither centre nor leaf");
    for (int rounds = 0; ; rounds++) {
      notStars.reset();
      Dataset<Row> next = smallStar(largeStar(graph, notStars)).localCheckpoint();
      if (notStars.value() == 0) {
        // The round's input was a star forest already, which both steps leave as it is (each leaf once).
        Dataset<Row> leaves = next.select(col("u").as("node"), col("v").as("component"));
        Dataset<Row> centres = next.select(col("v").as("node"), col("v").as("component")).distinct();
        return new Result(leaves.union(centres), rounds);
      }
      if (rounds == maxRounds) {
        throw new IllegalStateException("connected components did not converge in " + maxRounds + " rounds");
      }
      graph = next;
    }
  }

  /** Each node links every larger neighbour to the smallest node of its neighbourhood (itself included). */
  private static Dataset<Row> largeStar(Dataset<Row> graph, LongAccumulator notStars) {
    Dataset<Row> both = graph.select(col("u").as("x"), col("v").as("y"))
        .union(graph.select(col("v").as("x"), col("u").as("y")));
    return byNode(both).mapPartitions(new LargeStar(notStars), Encoders.row(EDGES));
  }

  /** Each node links itself and its smaller neighbours to the smallest of them. */
  private static Dataset<Row> smallStar(Dataset<Row> graph) {
    return byNode(graph.select(col("u").as("x"), col("v").as("y"))).mapPartitions(new SmallStar(), Encoders.row(EDGES));
  }

  private static Dataset<Row> byNode(Dataset<Row> neighbours) {
    return neighbours.repartition(col("x")).sortWithinPartitions("x", "y");
  }

  /** The large-star step over one task's neighbourhoods; counts the nodes that are neither a centre nor a leaf. */
  private static final class LargeStar implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;
    private final LongAccumulator notStars;

    LargeStar(LongAccumulator notStars) {
      this.notStars = notStars;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Neighbourhoods(rows) {
        private long smallest;
        private int neighbours;

        @Override
        Row start(long node, long first) {
          smallest = Math.min(node, first);
          neighbours = 0;
          return next(node, first);
        }

        @Override
        Row next(long node, long neighbour) {
          neighbours++;
          return neighbour > node ? edge(neighbour, smallest) : null;
        }

        @Override
        void end(long node) {
          boolean centre = smallest == node;
          boolean leaf = smallest < node && neighbours == 1;
          if (!centre && !leaf) {
            notStars.add(1);
          }
        }
      };
    }
  }

  /** The small-star step over one task's neighbourhoods (each node's smaller neighbours). */
  private static final class SmallStar implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
      return new Neighbourhoods(rows) {
        private long smallest;

        @Override
        Row start(long node, long first) {
          smallest = first;
          return edge(node, smallest);
        }

        @Override
        Row next(long node, long neighbour) {
          return edge(neighbour, smallest);
        }
      };
    }
  }

  /**
   * Streams over rows {@code x, y} sorted by both, one node's distinct neighbours at a time
   * (duplicates skipped), emitting at most one edge per neighbour.
   */
  private abstract static class Neighbourhoods implements Iterator<Row> {
    private final Iterator<Row> rows;
    private boolean started;
    private long node;
    private long neighbour;
    private Row pending;

    Neighbourhoods(Iterator<Row> rows) {
      this.rows = rows;
    }

    /** The first (smallest) neighbour of a node; the edge to emit for it, or null. */
    abstract Row start(long node, long first);

    /** A further neighbour, larger than the ones before; the edge to emit, or null. */
    abstract Row next(long node, long neighbour);

    /** After a node's last neighbour. */
    void end(long node) {}

    static Row edge(long u, long v) {
      return u == v ? null : RowFactory.create(u, v);
    }

    @Override
    public boolean hasNext() {
      while (pending == null && rows.hasNext()) {
        Row row = rows.next();
        long x = row.getLong(0);
        long y = row.getLong(1);
        if (!started || x != node) {
          if (started) {
            end(node);
          }
          started = true;
          node = x;
          neighbour = y;
          pending = start(x, y);
        } else if (y != neighbour) {
          neighbour = y;
          pending = next(x, y);
        }
      }
      if (pending == null && started) {
        end(node);
        started = false;
      }
      return pending != null;
    }

    @Override
    public Row next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      Row row = pending;
      pending = null;
      return row;
    }
  }
}
