package dev.golden.spark;

import dev.golden.cluster.Clusterer;
import dev.golden.cluster.Clustering;
import dev.golden.cluster.ScoredPairs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.util.LongAccumulator;

/**
 * golden-core's {@link Clusterer} (strongest link first, with the chaining guard) inside one
 * connected component of links: the guard only ever compares groups of one component, so the
 * component's links and the other scored pairs between its records are all it needs. Records are
 * numbered in input order, so ties between equally strong links break as on one machine.
 *
 * <p>Input rows: {@code component, a, b, weight}, a component's rows together (partitioned and
 * sorted by component); output: {@code idx, cluster} (the cluster's first record).
 */
final class WeakLinks implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;

  static final StructType ASSIGNED = new StructType()
      .add(Columns.INDEX, DataTypes.LongType, false)
      .add(Columns.CLUSTER, DataTypes.LongType, false);

  private final double matchWeight;
  private final double conflictWeight;
  private final LongAccumulator refused;

  WeakLinks(double matchWeight, double conflictWeight, LongAccumulator refused) {
    this.matchWeight = matchWeight;
    this.conflictWeight = conflictWeight;
    this.refused = refused;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    return new Iterator<>() {
      private Row first = rows.hasNext() ? rows.next() : null;
      private Iterator<Row> assigned = Collections.emptyIterator();

      @Override
      public boolean hasNext() {
        while (!assigned.hasNext() && first != null) {
          assigned = component();
        }
        return assigned.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return assigned.next();
      }

      /** Clusters the component whose first row is {@code first}; leaves {@code first} at the next component's. */
      private Iterator<Row> component() {
        long component = first.getLong(0);
        List<long[]> ends = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        Row row = first;
        first = null;
        while (row != null) {
          ends.add(new long[] {row.getLong(1), row.getLong(2)});
          weights.add(row.getDouble(3));
          row = rows.hasNext() ? rows.next() : null;
          if (row != null && row.getLong(0) != component) {
            first = row;
            row = null;
          }
        }
        return cluster(ends, weights);
      }
    };
  }

  private Iterator<Row> cluster(List<long[]> ends, List<Double> weights) {
    long[] nodes = ends.stream().flatMapToLong(Arrays::stream).sorted().distinct().toArray();
    int[] left = new int[ends.size()];
    int[] right = new int[ends.size()];
    double[] w = new double[ends.size()];
    for (int p = 0; p < left.length; p++) {
      left[p] = Arrays.binarySearch(nodes, ends.get(p)[0]);
      right[p] = Arrays.binarySearch(nodes, ends.get(p)[1]);
      w[p] = weights.get(p);
    }
    Clustering clustering = new Clusterer(matchWeight, conflictWeight).cluster(nodes.length, new ScoredPairs(left, right, w));
    refused.add(clustering.refusedMerges());
    List<Row> out = new ArrayList<>(nodes.length);
    for (int i = 0; i < nodes.length; i++) {
      out.add(RowFactory.create(nodes[i], nodes[clustering.clusterOf(i)]));
    }
    return out.iterator();
  }
}
