package dev.golden.standardize;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Remembers the standardized values of one field whose values repeat (cities, given names, dates
 * of birth): standardizing is a pure function of the raw value and the region, and most of a
 * million records share a few thousand such values. Bounded: once full it stops learning, so memory
 * stays fixed whatever the input; the values met first are mostly the frequent ones. Thread-safe.
 * One map per region rather than one keyed by (region, raw): a lookup then allocates nothing and
 * hashes only the raw value.
 */
final class ValueMemo {
  private final Map<String, Map<String, StandardValue>> byRegion = new ConcurrentHashMap<>();
  private final AtomicInteger size = new AtomicInteger();
  private final int capacity;

  ValueMemo(int capacity) {
    this.capacity = capacity;
  }

  /** The remembered value, else the computed one (remembered while there is room). */
  StandardValue get(String region, String raw, Supplier<StandardValue> standardize) {
    Map<String, StandardValue> values = byRegion.get(region);
    if (values == null) {
      values = byRegion.computeIfAbsent(region, r -> new ConcurrentHashMap<>());
    }
    StandardValue known = values.get(raw);
    if (known != null) {
      return known;
    }
    StandardValue value = standardize.get();
    if (size.get() < capacity && values.putIfAbsent(raw, value) == null) {
      size.incrementAndGet();
    }
    return value;
  }

  int size() {
    return size.get();
  }
}
