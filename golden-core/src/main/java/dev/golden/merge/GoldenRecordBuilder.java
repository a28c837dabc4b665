package dev.golden.merge;

import dev.golden.dictionary.Survivorship;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds one golden record per cluster: for each field, the survivorship rule of the dictionary
 * picks one value among the members' values, and the value remembers the record it came from.
 * Ties are broken by frequency, then recency, then input order, so the result is deterministic.
 */
public final class GoldenRecordBuilder {
  private final Map<String, Survivorship> rules;
  private final List<String> trustedSources;

  /**
   * @param rules survivorship rule per field; fields not listed use most frequent
   * @param trustedSources source systems from most to least trusted, for {@code most_trusted_source}
   */
  public GoldenRecordBuilder(Map<String, Survivorship> rules, List<String> trustedSources) {
    this.rules = Map.copyOf(rules);
    this.trustedSources = List.copyOf(trustedSources);
  }

  /** The golden record of one cluster. */
  public GoldenRecord build(String clusterId, List<Integer> members, SourceValues values) {
    Map<String, SurvivedValue> survived = new LinkedHashMap<>();
    List<String> fields = values.fields();
    for (int f = 0; f < fields.size(); f++) {
      String field = fields.get(f);
      Survivorship rule = rules.getOrDefault(field, Survivorship.MOST_FREQUENT);
      if (members.size() == 1) {
        // A customer with one record: its values survive as they are.
        int record = members.get(0);
        values.value(record, f).ifPresent(v -> survived.put(field, new SurvivedValue(v, values.recordId(record), rule, 1)));
      } else {
        choose(members, values, f, rule).ifPresent(v -> survived.put(field, v));
      }
    }
    return new GoldenRecord(clusterId, members.stream().map(values::recordId).toList(), survived);
  }

  private record Candidate(int record, String value, int frequency, long recency, int trust) {}

  private Optional<SurvivedValue> choose(List<Integer> members, SourceValues values, int field, Survivorship rule) {
    Map<String, Integer> frequency = new HashMap<>();
    for (int record : members) {
      values.value(record, field).ifPresent(v -> frequency.merge(v, 1, Integer::sum));
    }
    if (frequency.isEmpty()) {
      return Optional.empty();
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int record : members) {
      Optional<String> value = values.value(record, field);
      value.ifPresent(v -> candidates.add(
          new Candidate(record, v, frequency.get(v), values.recency(record), trust(values.source(record)))));
    }
    Comparator<Candidate> byFrequency = Comparator.comparingInt(Candidate::frequency);
    Comparator<Candidate> byRecency = Comparator.comparingLong(Candidate::recency);
    Comparator<Candidate> primary = switch (rule) {
      case MOST_RECENT -> byRecency.thenComparing(byFrequency);
      case MOST_COMPLETE -> Comparator.<Candidate>comparingInt(c -> c.value().length()).thenComparing(byFrequency).thenComparing(byRecency);
      case MOST_FREQUENT -> byFrequency.thenComparing(byRecency);
      case MOST_TRUSTED_SOURCE -> Comparator.<Candidate>comparingInt(c -> -c.trust()).thenComparing(byFrequency).thenComparing(byRecency);
    };
    Comparator<Candidate> order = primary.thenComparing(Comparator.comparingInt(Candidate::record).reversed());
    Candidate best = candidates.stream().max(order).orElseThrow();
    return Optional.of(new SurvivedValue(best.value(), values.recordId(best.record()), rule, best.frequency()));
  }

  private int trust(Optional<String> source) {
    if (source.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int rank = trustedSources.indexOf(source.get());
    return rank < 0 ? Integer.MAX_VALUE - 1 : rank;
  }
}
