package dev.golden.profile;

/** A fast 64-bit string hash (FNV-1a over chars, then a murmur3 finaliser to spread the bits). */
final class Hashing {
  private Hashing() {}

  static long hash64(CharSequence text) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0, n = text.length(); i < n; i++) {
      h ^= text.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h ^ text.length());
  }

  static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h == 0 ? 1 : h; // 0 marks an empty slot in LongCounts
  }
}
