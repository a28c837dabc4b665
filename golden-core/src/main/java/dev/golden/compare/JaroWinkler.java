package dev.golden.compare;

import java.util.Arrays;

/**
 * Jaro and Jaro-Winkler similarity, the usual comparators of personal names.
 *
 * <p>Definitions (Winkler 1990, as on Wikipedia and in Apache Commons Text):
 *
 * <ul>
 *   <li>two characters match when they are equal and no further apart than {@code max(|a|,|b|)/2 -
 *       1}; each character matches at most once, taken greedily from the left while scanning the
 *       shorter string (the first one when both are as long);
 *   <li>{@code t} is half the number of matched characters that appear in a different order, not
 *       rounded down (Winkler's own {@code strcmp95} and DuckDB round it down; the two differ only
 *       when an odd number of matched characters is out of order);
 *   <li>{@code jaro = (m/|a| + m/|b| + (m - t)/m) / 3}, or 0 when {@code m = 0};
 *   <li>{@code jaroWinkler = jaro + l * 0.1 * (1 - jaro)} when {@code jaro > 0.7}, where {@code l}
 *       is the length of the common prefix, at most 4; otherwise {@code jaro}.
 * </ul>
 *
 * Equal strings (two empty ones included) score 1; an empty string against a non-empty one
 * scores 0. Characters are UTF-16 code units: Han characters of the Basic Multilingual Plane are
 * one unit each, characters beyond it (rare CJK extensions) count as two.
 */
public final class JaroWinkler {
  static final double PREFIX_SCALE = 0.1;
  static final int MAX_PREFIX = 4;
  static final double BOOST_THRESHOLD = 0.7;

  private static final double BELOW_THRESHOLD = -1;

  private JaroWinkler() {}

  /** The Jaro-Winkler similarity of two strings, from 0 to 1. */
  public static double similarity(String a, String b) {
    return score(a, 0, a.length(), b, 0, b.length(), true, 0);
  }

  /** Whether {@code similarity(a, b) >= threshold}; gives up as soon as that is impossible. */
  public static boolean atLeast(String a, String b, double threshold) {
    return score(a, 0, a.length(), b, 0, b.length(), true, threshold) >= threshold;
  }

  /**
   * The similarity if it reaches the threshold, else 0: one computation where {@link #atLeast}
   * followed by {@link #similarity} would take two.
   */
  public static double similarityIfAtLeast(String a, String b, double threshold) {
    double score = score(a, 0, a.length(), b, 0, b.length(), true, threshold);
    return score >= threshold ? score : 0;
  }

  /** The plain Jaro similarity, without the prefix boost. */
  public static double jaro(String a, String b) {
    return score(a, 0, a.length(), b, 0, b.length(), false, 0);
  }

  /** Jaro-Winkler of {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, used for tokens. */
  static boolean atLeast(
      String a, int aFrom, int aTo, String b, int bFrom, int bTo, double threshold) {
    return score(a, aFrom, aTo, b, bFrom, bTo, true, threshold) >= threshold;
  }

  /**
   * The similarity, or a negative number once it is certain to fall below the threshold: a bound
   * on the number of matches still possible lets most hopeless pairs stop early.
   */
  private static double score(
      String a, int aFrom, int aTo, String b, int bFrom, int bTo, boolean winkler, double threshold) {
    int aLength = aTo - aFrom;
    int bLength = bTo - bFrom;
    if (aLength == bLength && a.regionMatches(aFrom, b, bFrom, aLength)) {
      return 1;
    }
    if (aLength == 0 || bLength == 0) {
      return 0;
    }
    int prefix = winkler ? commonPrefix(a, aFrom, b, bFrom, Math.min(aLength, bLength)) : 0;
    int needed = matchesNeeded(threshold, prefix, aLength, bLength);

    // Scan the shorter string against a window of the longer one, as Commons Text does.
    boolean aShorter = aLength <= bLength;
    String s = aShorter ? a : b;
    int sFrom = aShorter ? aFrom : bFrom;
    int sLength = aShorter ? aLength : bLength;
    String l = aShorter ? b : a;
    int lFrom = aShorter ? bFrom : aFrom;
    int lLength = aShorter ? bLength : aLength;
    if (sLength < needed) {
      return BELOW_THRESHOLD;
    }
    long matchesAndHalfTranspositions =
        lLength <= Long.SIZE
            ? matchWithMasks(s, sFrom, sLength, l, lFrom, lLength, needed)
            : matchWithFlags(s, sFrom, sLength, l, lFrom, lLength, needed);
    if (matchesAndHalfTranspositions < 0) {
      return BELOW_THRESHOLD;
    }
    int matches = (int) (matchesAndHalfTranspositions >>> 32);
    if (matches == 0) {
      return 0;
    }
    int halfTranspositions = (int) matchesAndHalfTranspositions;
    double m = matches;
    double jaro = (m / aLength + m / bLength + (m - halfTranspositions / 2.0) / m) / 3.0;
    return winkler && jaro > BOOST_THRESHOLD ? jaro + prefix * PREFIX_SCALE * (1 - jaro) : jaro;
  }

  private static int commonPrefix(String a, int aFrom, String b, int bFrom, int shorter) {
    int limit = Math.min(MAX_PREFIX, shorter);
    int prefix = 0;
    while (prefix < limit && a.charAt(aFrom + prefix) == b.charAt(bFrom + prefix)) {
      prefix++;
    }
    return prefix;
  }

  /**
   * The fewest matches with which the threshold can still be reached: Jaro is at most {@code
   * (m/|a| + m/|b| + 1) / 3}, and the prefix boost only applies above 0.7.
   */
  private static int matchesNeeded(double threshold, int prefix, int aLength, int bLength) {
    if (threshold <= 0) {
      return 0;
    }
    double boost = prefix * PREFIX_SCALE;
    double jaroNeeded =
        threshold <= BOOST_THRESHOLD
            ? threshold
            : Math.max(BOOST_THRESHOLD, (threshold - boost) / (1 - boost));
    double matches = (3 * jaroNeeded - 1) / (1.0 / aLength + 1.0 / bLength);
    // Rounding must never make the bound stricter than the exact one.
    return Math.max(0, (int) Math.ceil(matches - 1e-9));
  }

  /**
   * Matching for strings of up to 64 units: match flags are the bits of two longs, and a table of
   * where each Latin-1 character occurs in the longer string finds a partner in one step instead
   * of a scan of the window. Other characters (Han) scan the window.
   */
  private static long matchWithMasks(
      String s, int sFrom, int sLength, String l, int lFrom, int lLength, int needed) {
    long[] occurrences = Scratch.get().latin1Occurrences();
    for (int j = 0; j < lLength; j++) {
      char c = l.charAt(lFrom + j);
      if (c < occurrences.length) {
        occurrences[c] |= 1L << j;
      }
    }
    int window = Math.max(lLength / 2 - 1, 0);
    long sMatched = 0;
    long lMatched = 0;
    int matches = 0;
    for (int i = 0; i < sLength && matches + sLength - i >= needed; i++) {
      char c = s.charAt(sFrom + i);
      int low = Math.max(0, i - window);
      int high = Math.min(lLength, i + window + 1);
      if (c < occurrences.length) {
        long inWindow = (high == Long.SIZE ? -1L : (1L << high) - 1) & (-1L << low);
        long candidates = occurrences[c] & ~lMatched & inWindow;
        if (candidates != 0) {
          lMatched |= Long.lowestOneBit(candidates);
          sMatched |= 1L << i;
          matches++;
        }
      } else {
        for (int j = low; j < high; j++) {
          if ((lMatched & (1L << j)) == 0 && l.charAt(lFrom + j) == c) {
            lMatched |= 1L << j;
            sMatched |= 1L << i;
            matches++;
            break;
          }
        }
      }
    }
    for (int j = 0; j < lLength; j++) {
      char c = l.charAt(lFrom + j);
      if (c < occurrences.length) {
        occurrences[c] = 0; // the table is all zeros between calls
      }
    }
    if (matches < needed) {
      return -1;
    }
    int halfTranspositions = 0;
    while (sMatched != 0) {
      int i = Long.numberOfTrailingZeros(sMatched);
      int j = Long.numberOfTrailingZeros(lMatched);
      if (s.charAt(sFrom + i) != l.charAt(lFrom + j)) {
        halfTranspositions++;
      }
      sMatched &= sMatched - 1;
      lMatched &= lMatched - 1;
    }
    return ((long) matches << 32) | halfTranspositions;
  }

  /** The same matching for longer strings, with flags in a per-thread buffer. */
  private static long matchWithFlags(
      String s, int sFrom, int sLength, String l, int lFrom, int lLength, int needed) {
    boolean[] flags = Scratch.get().jaroFlags(sLength + lLength);
    Arrays.fill(flags, 0, sLength + lLength, false);
    int sFlags = lLength; // flags of l first, then those of s
    int window = Math.max(lLength / 2 - 1, 0);
    int matches = 0;
    for (int i = 0; i < sLength; i++) {
      if (matches + sLength - i < needed) {
        return -1;
      }
      char c = s.charAt(sFrom + i);
      for (int j = Math.max(0, i - window), end = Math.min(lLength, i + window + 1); j < end; j++) {
        if (!flags[j] && l.charAt(lFrom + j) == c) {
          flags[j] = true;
          flags[sFlags + i] = true;
          matches++;
          break;
        }
      }
    }
    if (matches < needed) {
      return -1;
    }
    int halfTranspositions = 0;
    int j = 0;
    for (int i = 0; i < sLength; i++) {
      if (flags[sFlags + i]) {
        while (!flags[j]) {
          j++;
        }
        if (s.charAt(sFrom + i) != l.charAt(lFrom + j)) {
          halfTranspositions++;
        }
        j++;
      }
    }
    return ((long) matches << 32) | halfTranspositions;
  }
}
