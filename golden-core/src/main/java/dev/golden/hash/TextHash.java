package dev.golden.hash;

/**
 * A fast 64-bit hash of text, for values that are counted or grouped by hash and never compared
 * back: distinct counts, hash tables of counts, block numbers. FNV-1a over the UTF-16 code units,
 * then murmur3's 64-bit finalizer so that every input bit reaches every output bit. The result
 * depends on nothing but the text and the salt, so every JVM of a distributed job agrees on it.
 * It is never 0, which leaves 0 free to mark an empty slot. Not a cryptographic hash.
 */
public final class TextHash {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;

  private TextHash() {}

  /** The hash of a text. */
  public static long of(CharSequence text) {
    return of(0, text);
  }

  /**
   * The hash of a text in the family named by {@code salt}: equal texts under different salts hash
   * apart, so keys of different kinds (say, of two blocking rules) can share one number space.
   * Salt 0 is {@link #of(CharSequence)}.
   */
  public static long of(long salt, CharSequence text) {
    // The salt is spread over all 64 bits first: XORed in as is, a small salt would only flip the
    // bits the first character flips, and "lee" under salt 1 would hash as "mee" under salt 0.
    long h = FNV_OFFSET ^ fmix64(salt);
    for (int i = 0, n = text.length(); i < n; i++) {
      h ^= text.charAt(i);
      h *= FNV_PRIME;
    }
    return mix(h ^ text.length());
  }

  /** Spreads the bits of a number (murmur3's finalizer), for slots of a hash table; never 0. */
  public static long mix(long h) {
    long mixed = fmix64(h);
    return mixed == 0 ? 1 : mixed;
  }

  /** murmur3's fmix64: a bijection of 64-bit numbers that maps 0 to 0. */
  private static long fmix64(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }
}
