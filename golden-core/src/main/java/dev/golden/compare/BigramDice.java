package dev.golden.compare;

import java.util.Arrays;

/**
 * Dice coefficient of the character bigrams: {@code 2 |A ∩ B| / (|A| + |B|)} over the multisets
 * of adjacent character pairs. Robust to reordered words and well suited to Chinese, where a
 * bigram is often a word: {@code 华为技术有限公司} and {@code 华为科技有限公司} share 4 of their 7 bigrams
 * (0.57). A string of fewer than two characters has no bigrams: equal strings still score 1,
 * otherwise such a string scores 0.
 */
public final class BigramDice {
  private BigramDice() {}

  public static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int aCount = a.length() - 1;
    int bCount = b.length() - 1;
    if (aCount <= 0 || bCount <= 0) {
      return 0;
    }
    int[] grams = Scratch.get().grams(aCount + bCount);
    pack(a, grams, 0);
    pack(b, grams, aCount);
    Arrays.sort(grams, 0, aCount);
    Arrays.sort(grams, aCount, aCount + bCount);
    int shared = 0;
    for (int i = 0, j = aCount, bEnd = aCount + bCount; i < aCount && j < bEnd; ) {
      if (grams[i] == grams[j]) {
        shared++;
        i++;
        j++;
      } else if (grams[i] < grams[j]) {
        i++;
      } else {
        j++;
      }
    }
    return 2.0 * shared / (aCount + bCount);
  }

  /** Each bigram as one int: the first character in the high half, the second in the low. */
  private static void pack(String s, int[] out, int at) {
    char previous = s.charAt(0);
    for (int i = 1; i < s.length(); i++) {
      char c = s.charAt(i);
      out[at + i - 1] = previous << 16 | c;
      previous = c;
    }
  }
}
