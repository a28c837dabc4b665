package dev.golden.spark;

/** 64-bit hashes of text for block numbers and term-frequency keys. */
final class Hashing {
  private Hashing() {}

  /** FNV-1a over the UTF-16 code units, salted, then a finalizing mix. */
  static long of(long salt, String text) {
    long h = 0xCBF29CE484222325L ^ salt;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * 0x100000001B3L;
    }
    return mix(h ^ text.length());
  }

  /** SplitMix64's finalizer: every input bit reaches every output bit. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
