package dev.golden.profile;

import dev.golden.hash.TextHash;

/** Counts distinct values exactly (by 64-bit hash) up to a cap, then estimates with HyperLogLog. */
final class DistinctCounter {
  private final int cap;
  private final HyperLogLog estimate;
  private LongCounts exact;

  DistinctCounter(int cap) {
    this(cap, new HyperLogLog(), new LongCounts());
  }

  private DistinctCounter(int cap, HyperLogLog estimate, LongCounts exact) {
    this.cap = cap;
    this.estimate = estimate;
    this.exact = exact;
  }

  /** An independent counter that has seen the same values. */
  DistinctCounter copy() {
    return new DistinctCounter(cap, estimate.copy(), exact == null ? null : exact.copy());
  }

  void add(String value) {
    add(TextHash.of(value));
  }

  void add(long hash) {
    estimate.add(hash);
    if (exact != null) {
      exact.add(hash);
      if (exact.size() > cap) {
        exact = null; // memory stays bounded; from here on the estimate answers
      }
    }
  }

  DistinctCount result() {
    return exact != null ? new DistinctCount(exact.size(), true) : new DistinctCount(estimate.estimate(), false);
  }
}
