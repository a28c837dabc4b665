package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LongestCommonSubstringTest {

  @Test
  @DisplayName("a Chinese company name with a region prefix keeps all of the shorter name")
  void regionPrefix() {
    assertThat(LongestCommonSubstring.length("北京华为技术有限公司", "华为技术有限公司")).isEqualTo(8);
    assertThat(LongestCommonSubstring.similarity("北京华为技术有限公司", "华为技术有限公司"))
        .isCloseTo(16.0 / 18, within(1e-12));
  }

  @Test
  void findsTheLongestRunAnywhere() {
    assertThat(LongestCommonSubstring.length("ABABC", "BABCA")).isEqualTo(4);
    assertThat(LongestCommonSubstring.length("张伟", "张伟明")).isEqualTo(2);
    assertThat(LongestCommonSubstring.similarity("张伟", "张伟明")).isCloseTo(0.8, within(1e-12));
  }

  @Test
  void emptyStrings() {
    assertThat(LongestCommonSubstring.length("", "ABC")).isZero();
    assertThat(LongestCommonSubstring.similarity("", "")).isEqualTo(1.0);
    assertThat(LongestCommonSubstring.similarity("", "ABC")).isZero();
  }

  @Test
  @DisplayName("equals a brute-force search on random strings")
  void matchesBruteForce() {
    RandomStrings random = new RandomStrings(3L);
    for (int n = 0; n < 3_000; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      assertThat(LongestCommonSubstring.length(a, b)).as("'%s' / '%s'", a, b).isEqualTo(bruteForce(a, b));
    }
  }

  private static int bruteForce(String a, String b) {
    for (int length = Math.min(a.length(), b.length()); length > 0; length--) {
      for (int i = 0; i + length <= a.length(); i++) {
        if (b.contains(a.substring(i, i + length))) {
          return length;
        }
      }
    }
    return 0;
  }
}
