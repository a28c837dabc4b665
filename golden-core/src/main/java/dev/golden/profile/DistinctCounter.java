package dev.golden.profile;

/** Counts distinct values exactly (by 64-bit hash) up to a cap, then estimates with HyperLogLog. */
final class DistinctCounter {
  private final int cap;
  private final HyperLogLog estimate = new HyperLogLog();
  private LongCounts exact = new LongCounts();

  DistinctCounter(int cap) {
    this.cap = cap;
  }

  void add(String value) {
    long hash = Hashing.hash64(value);
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
