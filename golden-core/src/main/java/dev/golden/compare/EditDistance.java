package dev.golden.compare;

/**
 * Banded edit distance shared by {@link Levenshtein} and {@link DamerauLevenshtein}.
 *
 * <p>The common prefix and suffix are dropped first (they never change the distance, with or
 * without transpositions). Only cells within {@code max} of the diagonal are computed, and the
 * computation stops as soon as a whole row exceeds {@code max}: every path to the last cell
 * crosses each row, and a transposition that jumps over a row costs no less than the diagonal
 * step through it.
 */
final class EditDistance {
  private EditDistance() {}

  /**
   * The distance between {@code a[aFrom, aTo)} and {@code b[bFrom, bTo)}, or {@code max + 1} as
   * soon as it must exceed {@code max}.
   */
  static int distance(
      String a, int aFrom, int aTo, String b, int bFrom, int bTo, int max, boolean transpositions) {
    if (max < 0) {
      throw new IllegalArgumentException("max must not be negative: " + max);
    }
    while (aFrom < aTo && bFrom < bTo && a.charAt(aFrom) == b.charAt(bFrom)) {
      aFrom++;
      bFrom++;
    }
    while (aFrom < aTo && bFrom < bTo && a.charAt(aTo - 1) == b.charAt(bTo - 1)) {
      aTo--;
      bTo--;
    }
    // Rows walk the longer string, so a row is as short as possible.
    boolean aLonger = aTo - aFrom >= bTo - bFrom;
    String s = aLonger ? a : b;
    int sFrom = aLonger ? aFrom : bFrom;
    int rows = aLonger ? aTo - aFrom : bTo - bFrom;
    String t = aLonger ? b : a;
    int tFrom = aLonger ? bFrom : aFrom;
    int columns = aLonger ? bTo - bFrom : aTo - aFrom;

    max = Math.min(max, rows); // no distance exceeds the longer length
    int exceeded = max + 1;
    if (rows - columns > max) {
      return exceeded;
    }
    if (columns == 0) {
      return rows;
    }
    int stride = columns + 1;
    int[] d = Scratch.get().editRows(3 * stride);
    int beforePrevious = 2 * stride; // row i - 2
    int previous = 0; // row i - 1
    int current = stride; // row i

    int firstBand = Math.min(columns, max);
    for (int j = 0; j <= firstBand; j++) {
      d[previous + j] = j;
    }
    if (firstBand < columns) {
      d[previous + firstBand + 1] = exceeded;
    }
    char sPrevious = 0;
    for (int i = 1; i <= rows; i++) {
      char si = s.charAt(sFrom + i - 1);
      int low = Math.max(1, i - max);
      int high = Math.min(columns, i + max);
      int left = low == 1 ? Math.min(i, exceeded) : exceeded;
      d[current + low - 1] = left;
      int rowMin = left;
      char tPrevious = low > 1 ? t.charAt(tFrom + low - 2) : 0;
      for (int j = low; j <= high; j++) {
        char tj = t.charAt(tFrom + j - 1);
        int diagonal = d[previous + j - 1] + (si == tj ? 0 : 1);
        int value = Math.min(diagonal, Math.min(d[previous + j], left) + 1);
        if (transpositions && i > 1 && j > 1 && si == tPrevious && sPrevious == tj && si != tj) {
          value = Math.min(value, d[beforePrevious + j - 2] + 1);
        }
        value = Math.min(value, exceeded);
        d[current + j] = value;
        left = value;
        rowMin = Math.min(rowMin, value);
        tPrevious = tj;
      }
      if (high < columns) {
        d[current + high + 1] = exceeded;
      }
      if (rowMin > max) {
        return exceeded;
      }
      int recycled = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = recycled;
      sPrevious = si;
    }
    return d[previous + columns];
  }
}
