package dev.golden.profile;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts values to report the most frequent ones. Holds at most {@code capacity} distinct values:
 * once full, new values are no longer tracked, so the counts stay exact for the values seen early
 * and the result is marked incomplete.
 */
final class TopCounter {
  private final int capacity;
  private final Map<String, long[]> counts = new HashMap<>();
  private boolean complete = true;

  TopCounter(int capacity) {
    this.capacity = capacity;
  }

  void add(String value) {
    long[] count = counts.get(value);
    if (count != null) {
      count[0]++;
    } else if (counts.size() < capacity) {
      counts.put(value, new long[] {1});
    } else {
      complete = false;
    }
  }

  boolean complete() {
    return complete;
  }

  /** The most frequent values, ties in text order so reports are stable. */
  List<ValueCount> top(int n) {
    return counts.entrySet().stream()
        .sorted(Comparator.<Map.Entry<String, long[]>>comparingLong(e -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey))
        .limit(n)
        .map(e -> new ValueCount(e.getKey(), e.getValue()[0]))
        .toList();
  }
}
