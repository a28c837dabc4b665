package dev.golden.synth;

/**
 * A keyed pseudo-random bijection of {@code [0, size)} with O(1) memory: a balanced four-round
 * Feistel network on the smallest even power of two that covers the range, with cycle walking to
 * stay inside it. Shuffles millions of records without holding them, and can be inverted.
 */
final class Permutation {
  private static final int ROUNDS = 4;
  private final long size;
  private final int halfBits;
  private final long halfMask;
  private final long[] keys = new long[ROUNDS];

  Permutation(long size, long seed) {
    if (size < 1) {
      throw new IllegalArgumentException("A permutation needs a positive size, not " + size);
    }
    this.size = size;
    int bits = Math.max(2, 64 - Long.numberOfLeadingZeros(size - 1));
    this.halfBits = (bits + 1) / 2;
    this.halfMask = (1L << halfBits) - 1;
    for (int i = 0; i < ROUNDS; i++) {
      keys[i] = Dice.mix(seed * 31 + i + 0x5851F42D4C957F2DL);
    }
  }

  long apply(long value) {
    long x = value;
    do {
      x = encrypt(x);
    } while (x >= size);
    return x;
  }

  long inverse(long value) {
    long x = value;
    do {
      x = decrypt(x);
    } while (x >= size);
    return x;
  }

  private long encrypt(long x) {
    long left = x >>> halfBits;
    long right = x & halfMask;
    for (int i = 0; i < ROUNDS; i++) {
      long next = left ^ round(right, i);
      left = right;
      right = next;
    }
    return (left << halfBits) | right;
  }

  private long decrypt(long x) {
    long left = x >>> halfBits;
    long right = x & halfMask;
    for (int i = ROUNDS - 1; i >= 0; i--) {
      long previous = right ^ round(left, i);
      right = left;
      left = previous;
    }
    return (left << halfBits) | right;
  }

  private long round(long half, int i) {
    return Dice.mix(half ^ keys[i]) & halfMask;
  }
}
