package dev.golden.compare;

import java.util.Arrays;

/**
 * Similarity of company names and addresses that tolerates reordered, missing and misspelt words.
 *
 * <p>Both strings are split into sets of whitespace-separated tokens. The score is the fraction of
 * the tokens of the smaller set that have a close token in the other set; when both sets are as
 * large, it is the lower fraction of the two directions, so the score is symmetric. A token may
 * serve as the partner of several. Two tokens are close when
 *
 * <ul>
 *   <li>they are equal, or
 *   <li>they are the same number, one written as an English ordinal ({@code 113}/{@code 113th},
 *       {@code 1}/{@code 1st}: a numbered street), or
 *   <li>neither contains a digit (house 12 and house 13 are different houses) and their
 *       Jaro-Winkler similarity is at least 0.9 ({@code JON}/{@code JOHN}), or both have at least
 *       four characters and their optimal string alignment distance is at most 1 ({@code
 *       SMITH}/{@code SNITH}, {@code LIMITED}/{@code LIMTIED}).
 * </ul>
 *
 * So {@code "ACME TRADING LTD"} and {@code "ACME LTD"} score 1 (every token of the shorter name is
 * found), and so do {@code "CHAN TAI MAN"} and {@code "TAI MAN CHEN"} (each token has a close
 * partner). Two strings without tokens score 1, one without tokens scores 0. Tokens are
 * compared as they are: standardize case and punctuation first.
 */
public final class TokenSet {
  static final double CLOSE_JARO_WINKLER = 0.9;
  static final int CLOSE_EDITS = 1;
  static final int CLOSE_EDITS_MIN_LENGTH = 4;
  private static final String[] ORDINAL_SUFFIXES = {"st", "nd", "rd", "th"};

  private TokenSet() {}

  public static double similarity(String a, String b) {
    Scratch scratch = Scratch.get();
    int bAt = Tokens.capacity(a.length());
    int[] tokens = scratch.tokens(bAt + Tokens.capacity(b.length()));
    int aCount = Tokens.distinct(a, tokens, 0);
    int bCount = Tokens.distinct(b, tokens, bAt);
    if (aCount == 0 || bCount == 0) {
      return aCount == bCount ? 1 : 0;
    }
    if (aCount < bCount) {
      return (double) partnered(a, tokens, 0, aCount, b, bAt, bCount) / aCount;
    }
    if (bCount < aCount) {
      return (double) partnered(b, tokens, bAt, bCount, a, 0, aCount) / bCount;
    }
    return bothWays(a, tokens, aCount, b, bAt, bCount, scratch);
  }

  /** How many tokens of {@code s} have a close token in {@code other}. */
  private static int partnered(
      String s, int[] tokens, int sAt, int sCount, String other, int oAt, int oCount) {
    int found = 0;
    for (int i = sAt; i < sAt + 2 * sCount; i += 2) {
      for (int j = oAt; j < oAt + 2 * oCount; j += 2) {
        if (close(s, tokens[i], tokens[i + 1], other, tokens[j], tokens[j + 1])) {
          found++;
          break;
        }
      }
    }
    return found;
  }

  /** For sets of one size: the lower of the fractions found in each direction. */
  private static double bothWays(
      String a, int[] tokens, int aCount, String b, int bAt, int bCount, Scratch scratch) {
    boolean[] bFound = scratch.tokenFlags(bCount);
    Arrays.fill(bFound, 0, bCount, false);
    int aFound = 0;
    for (int i = 0; i < 2 * aCount; i += 2) {
      boolean found = false;
      for (int k = 0; k < bCount; k++) {
        int j = bAt + 2 * k;
        if ((!found || !bFound[k]) && close(a, tokens[i], tokens[i + 1], b, tokens[j], tokens[j + 1])) {
          found = true;
          bFound[k] = true;
        }
      }
      if (found) {
        aFound++;
      }
    }
    int bFoundCount = 0;
    for (int k = 0; k < bCount; k++) {
      if (bFound[k]) {
        bFoundCount++;
      }
    }
    return (double) Math.min(aFound, bFoundCount) / aCount;
  }

  static boolean close(String a, int aStart, int aEnd, String b, int bStart, int bEnd) {
    if (Tokens.equal(a, aStart, aEnd, b, bStart, bEnd)) {
      return true;
    }
    if (hasDigit(a, aStart, aEnd) || hasDigit(b, bStart, bEnd)) {
      int aNumber = withoutOrdinalSuffix(a, aStart, aEnd);
      int bNumber = withoutOrdinalSuffix(b, bStart, bEnd);
      return (aNumber != aEnd || bNumber != bEnd) && Tokens.equal(a, aStart, aNumber, b, bStart, bNumber);
    }
    if (Math.min(aEnd - aStart, bEnd - bStart) >= CLOSE_EDITS_MIN_LENGTH
        && DamerauLevenshtein.atMost(a, aStart, aEnd, b, bStart, bEnd, CLOSE_EDITS)) {
      return true;
    }
    return JaroWinkler.atLeast(a, aStart, aEnd, b, bStart, bEnd, CLOSE_JARO_WINKLER);
  }

  /** The end of the number when the token is digits and an ordinal suffix (st, nd, rd, th), else its end. */
  private static int withoutOrdinalSuffix(String s, int start, int end) {
    int digits = start;
    while (digits < end && s.charAt(digits) >= '0' && s.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == start || end - digits != 2) {
      return end;
    }
    for (String suffix : ORDINAL_SUFFIXES) {
      if (s.regionMatches(true, digits, suffix, 0, 2)) {
        return digits;
      }
    }
    return end;
  }

  private static boolean hasDigit(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
