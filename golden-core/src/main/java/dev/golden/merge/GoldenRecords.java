package dev.golden.merge;

import dev.golden.cluster.Clustering;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Survivorship;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Builds the golden record of every cluster with the dictionary's survivorship rules. */
public final class GoldenRecords {
  private GoldenRecords() {}

  /**
   * The golden records, one per cluster in order of the cluster's first record, built in
   * parallel: clusters are independent.
   */
  public static List<GoldenRecord> build(Clustering clustering, SourceValues values, DataDictionary dictionary,
      List<String> trustedSources) {
    Map<String, Survivorship> rules = dictionary.fields().stream()
        .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::survivorship));
    GoldenRecordBuilder builder = new GoldenRecordBuilder(rules, trustedSources);
    Members members = Members.of(clustering.clusterOf());
    return IntStream.range(0, members.clusters()).parallel()
        .mapToObj(k -> builder.build(values.recordId(members.cluster(k)), members.of(k), values))
        .toList();
  }

  /**
   * The records of each cluster, clusters numbered in order of their first record and records in
   * input order: a counting sort instead of a map of lists, as there are as many clusters as
   * customers.
   */
  private record Members(int[] clusterIds, int[] starts, int[] records) {
    static Members of(int[] clusterOf) {
      int n = clusterOf.length;
      int[] numberOf = new int[n];
      Arrays.fill(numberOf, -1);
      int[] clusterIds = new int[n];
      int[] sizes = new int[n + 1];
      int clusters = 0;
      for (int record = 0; record < n; record++) {
        int cluster = clusterOf[record];
        if (numberOf[cluster] < 0) {
          numberOf[cluster] = clusters;
          clusterIds[clusters++] = cluster;
        }
        sizes[numberOf[cluster] + 1]++;
      }
      int[] starts = new int[clusters + 1];
      for (int k = 0; k < clusters; k++) {
        starts[k + 1] = starts[k] + sizes[k + 1];
      }
      int[] next = Arrays.copyOf(starts, clusters);
      int[] records = new int[n];
      for (int record = 0; record < n; record++) {
        records[next[numberOf[clusterOf[record]]]++] = record;
      }
      return new Members(Arrays.copyOf(clusterIds, clusters), starts, records);
    }

    int clusters() {
      return clusterIds.length;
    }

    int cluster(int k) {
      return clusterIds[k];
    }

    List<Integer> of(int k) {
      return Arrays.stream(records, starts[k], starts[k + 1]).boxed().toList();
    }
  }
}
