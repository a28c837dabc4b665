package dev.golden.merge;

import dev.golden.dictionary.Survivorship;
import java.util.Comparator;
import java.util.EnumMap;
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

  /**
   * The surviving value among the members' values. Clusters are small, so frequencies are counted
   * by comparing the values pairwise rather than through a map: a million records make hundreds
   * of thousands of clusters, each with a dozen fields.
   */
  private Optional<SurvivedValue> choose(List<Integer> members, SourceValues values, int field, Survivorship rule) {
    String[] present = new String[members.size()];
    boolean any = false;
    for (int i = 0; i < present.length; i++) {
      present[i] = values.value(members.get(i), field).orElse(null);
      any |= present[i] != null;
    }
    if (!any) {
      return Optional.empty();
    }
    Comparator<Candidate> order = ORDERS.get(rule);
    Candidate best = null;
    for (int i = 0; i < present.length; i++) {
      if (present[i] == null) {
        continue;
      }
      int frequency = 0;
      for (String other : present) {
        if (present[i].equals(other)) {
          frequency++;
        }
      }
      int record = members.get(i);
      Candidate candidate = new Candidate(record, present[i], frequency, values.recency(record), trust(values.source(record)));
      if (best == null || order.compare(candidate, best) > 0) {
        best = candidate;
      }
    }
    return Optional.of(new SurvivedValue(best.value(), values.recordId(best.record()), rule, best.frequency()));
  }

  /** Per rule, the order of candidates; the greatest survives, the last record winning a full tie. */
  private static final Map<Survivorship, Comparator<Candidate>> ORDERS = orders();

  private static Map<Survivorship, Comparator<Candidate>> orders() {
    Comparator<Candidate> byFrequency = Comparator.comparingInt(Candidate::frequency);
    Comparator<Candidate> byRecency = Comparator.comparingLong(Candidate::recency);
    Map<Survivorship, Comparator<Candidate>> orders = new EnumMap<>(Survivorship.class);
    for (Survivorship rule : Survivorship.values()) {
      Comparator<Candidate> primary = switch (rule) {
        case MOST_RECENT -> byRecency.thenComparing(byFrequency);
        case MOST_COMPLETE -> Comparator.<Candidate>comparingInt(c -> c.value().length()).thenComparing(byFrequency).thenComparing(byRecency);
        case MOST_FREQUENT -> byFrequency.thenComparing(byRecency);
        case MOST_TRUSTED_SOURCE -> Comparator.<Candidate>comparingInt(c -> -c.trust()).thenComparing(byFrequency).thenComparing(byRecency);
      };
      orders.put(rule, primary.thenComparing(Comparator.comparingInt(Candidate::record).reversed()));
    }
    return orders;
  }

  private int trust(Optional<String> source) {
    if (source.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int rank = trustedSources.indexOf(source.get());
    return rank < 0 ? Integer.MAX_VALUE - 1 : rank;
  }
}
