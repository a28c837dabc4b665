package dev.golden.synth;

/**
 * A small, fast, seedable random source (SplitMix64). Every entity and every copy of it gets its own
 * dice derived from the seed and its index, so any record can be regenerated on its own, in any
 * order, and the output depends on nothing but the seed.
 */
final class Dice {
  private long state;

  Dice(long seed) {
    this.state = seed;
  }

  /** Dice for one coordinate (entity, copy, purpose) under a seed; independent of every other. */
  static Dice of(long seed, long... coordinates) {
    long h = mix(seed ^ 0x9E3779B97F4A7C15L);
    for (long c : coordinates) {
      h = mix(h ^ mix(c + 0x632BE59BD9B4E019L));
    }
    return new Dice(h);
  }

  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  long nextLong() {
    state += 0x9E3779B97F4A7C15L;
    return mix(state);
  }

  /** Uniform in [0, bound). */
  int nextInt(int bound) {
    return (int) (((nextLong() >>> 33) * bound) >>> 31);
  }

  /** Uniform in [from, to]. */
  int between(int from, int to) {
    return from + nextInt(to - from + 1);
  }

  double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  boolean chance(double probability) {
    return nextDouble() < probability;
  }

  <T> T pick(T[] items) {
    return items[nextInt(items.length)];
  }

  <T> T pick(java.util.List<T> items) {
    return items.get(nextInt(items.size()));
  }

  /** A string of {@code count} random decimal digits. */
  String digits(int count) {
    char[] chars = new char[count];
    for (int i = 0; i < count; i++) {
      chars[i] = (char) ('0' + nextInt(10));
    }
    return new String(chars);
  }
}
