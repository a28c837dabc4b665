package dev.golden.merge;

import dev.golden.cluster.Clustering;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Survivorship;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Builds the golden record of every cluster with the dictionary's survivorship rules. */
public final class GoldenRecords {
  private GoldenRecords() {}

  public static List<GoldenRecord> build(Clustering clustering, SourceValues values, DataDictionary dictionary,
      List<String> trustedSources) {
    Map<String, Survivorship> rules = dictionary.fields().stream()
        .collect(Collectors.toMap(FieldDefinition::name, FieldDefinition::survivorship));
    GoldenRecordBuilder builder = new GoldenRecordBuilder(rules, trustedSources);
    Map<Integer, List<Integer>> members = new LinkedHashMap<>();
    for (int record = 0; record < clustering.clusterOf().length; record++) {
      members.computeIfAbsent(clustering.clusterOf(record), c -> new ArrayList<>()).add(record);
    }
    List<GoldenRecord> golden = new ArrayList<>(members.size());
    members.forEach((cluster, records) -> golden.add(builder.build(values.recordId(cluster), records, values)));
    return golden;
  }
}
