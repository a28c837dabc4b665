package dev.golden.compare;

import java.util.Arrays;

/**
 * The longest run of characters two strings share, useful for Chinese names and addresses, which
 * are written without spaces and often carry an extra region or suffix: {@code 北京华为技术有限公司}
 * and {@code 华为技术有限公司} share all 8 characters of the shorter one.
 */
public final class LongestCommonSubstring {
  private LongestCommonSubstring() {}

  /** The length of the longest common substring. */
  public static int length(String a, String b) {
    // One row over the shorter string, filled right to left so each cell still sees the row above.
    String s = a.length() >= b.length() ? a : b;
    String t = s == a ? b : a;
    int columns = t.length();
    if (columns == 0) {
      return 0;
    }
    int[] run = Scratch.get().editRows(columns + 1);
    Arrays.fill(run, 0, columns + 1, 0);
    int longest = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      for (int j = columns; j >= 1; j--) {
        if (t.charAt(j - 1) == c) {
          int length = run[j - 1] + 1;
          run[j] = length;
          longest = Math.max(longest, length);
        } else {
          run[j] = 0;
        }
      }
    }
    return longest;
  }

  /**
   * {@code 2 * length / (|a| + |b|)}, a Dice-style score: the example above scores 16/18 = 0.89,
   * 张伟 and 张伟明 score 0.8. Two empty strings score 1.
   */
  public static double similarity(String a, String b) {
    int total = a.length() + b.length();
    return total == 0 ? 1 : 2.0 * length(a, b) / total;
  }
}
