package dev.golden.match;

/** Packs the levels of all comparisons of a pair (4 bits each) into one long. */
final class PatternCodec {
  static final int MAX_COMPARISONS = 16;

  private PatternCodec() {}

  static long with(long pattern, int comparison, int level) {
    return pattern | ((long) level << (comparison * 4));
  }

  static int level(long pattern, int comparison) {
    return (int) (pattern >>> (comparison * 4)) & 0xF;
  }
}
