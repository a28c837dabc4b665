package dev.golden.merge;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One customer: the values that survived among its source records, each with its lineage.
 *
 * @param clusterId the customer's cluster id
 * @param memberIds the source records merged into it
 * @param values field name to surviving value; fields no member has are absent
 */
public record GoldenRecord(String clusterId, List<String> memberIds, Map<String, SurvivedValue> values) {
  public GoldenRecord {
    memberIds = List.copyOf(memberIds);
    values = Map.copyOf(values);
  }

  public Optional<SurvivedValue> value(String field) {
    return Optional.ofNullable(values.get(field));
  }
}
