package dev.golden.hash;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A 64-bit text hash")
class TextHashTest {
  @Test
  void dependsOnlyOnTheCharactersNotOnTheKindOfCharSequence() {
    assertThat(TextHash.of(new StringBuilder("王小明"))).isEqualTo(TextHash.of("王小明"));
    assertThat(TextHash.of("wang")).isNotEqualTo(TextHash.of("wong"));
  }

  @Test
  void saltZeroIsThePlainHashAndOtherSaltsGiveOtherFamilies() {
    assertThat(TextHash.of(0, "smith")).isEqualTo(TextHash.of("smith"));
    assertThat(TextHash.of(1, "smith")).isNotEqualTo(TextHash.of("smith")).isNotEqualTo(TextHash.of(2, "smith"));
  }

  @Test
  void aSmallSaltDoesNotTurnOneKeyIntoAnother() {
    // 'l' ^ 1 == 'm': XORing salt 1 into FNV's start would hash "lee" under salt 1 as "mee" under salt 0.
    assertThat(TextHash.of(1, "lee")).isNotEqualTo(TextHash.of(0, "mee"));
    Set<Long> hashes = new HashSet<>();
    for (int salt = 0; salt < 32; salt++) {
      for (char first = 'a'; first <= 'z'; first++) {
        hashes.add(TextHash.of(salt, first + "ee"));
      }
    }
    assertThat(hashes).hasSize(32 * 26);
  }

  @Test
  void similarKeysSpreadOverTheTopBitsWithoutCollisions() {
    int n = 200_000;
    Set<Long> hashes = new HashSet<>();
    int[] buckets = new int[256];
    for (int i = 0; i < n; i++) {
      long hash = TextHash.of("customer-" + i);
      hashes.add(hash);
      buckets[(int) (hash >>> 56)]++;
    }
    assertThat(hashes).hasSize(n);
    // 781 per bucket expected; a uniform spread stays within a few standard deviations (~28).
    assertThat(Arrays.stream(buckets).min().orElseThrow()).isGreaterThan(600);
    assertThat(Arrays.stream(buckets).max().orElseThrow()).isLessThan(960);
  }

  @Test
  void isNeverZeroSoZeroCanMarkAnEmptySlot() {
    assertThat(TextHash.mix(0)).isNotZero();
    assertThat(TextHash.mix(42)).isNotEqualTo(TextHash.mix(43));
  }
}
