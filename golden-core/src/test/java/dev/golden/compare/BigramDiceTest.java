package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class BigramDiceTest {

  @Test
  @DisplayName("night / nacht share only the bigram ht: 2 * 1 / (4 + 4)")
  void textbookExample() {
    assertThat(BigramDice.similarity("night", "nacht")).isCloseTo(0.25, within(1e-12));
  }

  @Test
  void chineseCompanyNames() {
    assertThat(BigramDice.similarity("华为技术有限公司", "华为科技有限公司")).isCloseTo(8.0 / 14, within(1e-12));
  }

  @Test
  void countsRepeatedBigramsAsOftenAsBothHaveThem() {
    // aaa has {aa, aa}, aa has {aa}: one shared.
    assertThat(BigramDice.similarity("aaa", "aa")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void stringsTooShortForBigrams() {
    assertThat(BigramDice.similarity("", "")).isEqualTo(1.0);
    assertThat(BigramDice.similarity("张", "张")).isEqualTo(1.0);
    assertThat(BigramDice.similarity("张", "张伟")).isZero();
  }

  @Test
  @DisplayName("equals a multiset reference on random strings")
  void matchesMultisetReference() {
    RandomStrings random = new RandomStrings(11L);
    for (int n = 0; n < 5_000; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      assertThat(BigramDice.similarity(a, b)).as("'%s' / '%s'", a, b).isCloseTo(reference(a, b), within(1e-12));
    }
  }

  private static double reference(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.length() < 2 || b.length() < 2) {
      return 0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i + 1 < a.length(); i++) {
      counts.merge(a.substring(i, i + 2), 1, Integer::sum);
    }
    int shared = 0;
    for (int i = 0; i + 1 < b.length(); i++) {
      Integer left = counts.get(b.substring(i, i + 2));
      if (left != null && left > 0) {
        shared++;
        counts.put(b.substring(i, i + 2), left - 1);
      }
    }
    return 2.0 * shared / (a.length() - 1 + b.length() - 1);
  }
}
