package dev.golden.standardize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Remembers the standardized values of one field whose values repeat (cities, given names, dates
 * of birth): standardizing is a pure function of the raw value and the region, and most of a
 * million records share a few thousand such values. Bounded: once full it stops learning, so memory
 * stays fixed whatever the input; the values met first are mostly the frequent ones. Thread-safe.
 */
final class ValueMemo {
  private final Map<Key, StandardValue> values = new ConcurrentHashMap<>();
  private final int capacity;

  private record Key(String region, String raw) {}

  ValueMemo(int capacity) {
    this.capacity = capacity;
  }

  /** The remembered value, else the computed one (remembered while there is room). */
  StandardValue get(String region, String raw, Supplier<StandardValue> standardize) {
    Key key = new Key(region, raw);
    StandardValue known = values.get(key);
    if (known != null) {
      return known;
    }
    StandardValue value = standardize.get();
    if (values.size() < capacity) {
      values.putIfAbsent(key, value);
    }
    return value;
  }

  int size() {
    return values.size();
  }
}
