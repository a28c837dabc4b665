package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JaccardTest {

  @Test
  void ignoresTokenOrderAndRepetition() {
    assertThat(Jaccard.similarity("WONG KA MING", "KA MING WONG")).isEqualTo(1.0);
    assertThat(Jaccard.similarity("MING MING", "MING")).isEqualTo(1.0);
  }

  @Test
  void dividesSharedTokensByAllDistinctTokens() {
    assertThat(Jaccard.similarity("ACME TRADING LTD", "ACME LTD")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(Jaccard.similarity("12 QUEEN ROAD", "12 KING ROAD")).isCloseTo(2.0 / 4, within(1e-12));
  }

  @Test
  @DisplayName("splits on any whitespace, including the ideographic space")
  void splitsOnAnyWhitespace() {
    assertThat(Jaccard.similarity("陈 大文", "大文\u3000陈")).isEqualTo(1.0);
    assertThat(Jaccard.similarity("  A\tB\n", "B A")).isEqualTo(1.0);
  }

  @Test
  void stringsWithoutTokens() {
    assertThat(Jaccard.similarity("", "   ")).isEqualTo(1.0);
    assertThat(Jaccard.similarity("", "A")).isZero();
  }

  @Test
  @DisplayName("equals a set-based reference on random token strings")
  void matchesSetReference() {
    RandomStrings random = new RandomStrings(99L);
    for (int n = 0; n < 5_000; n++) {
      String a = random.next();
      String b = random.mutate(a);
      Set<String> x = tokens(a);
      Set<String> y = tokens(b);
      Set<String> union = new HashSet<>(x);
      union.addAll(y);
      Set<String> shared = new HashSet<>(x);
      shared.retainAll(y);
      double expected = union.isEmpty() ? 1 : (double) shared.size() / union.size();
      assertThat(Jaccard.similarity(a, b)).as("'%s' / '%s'", a, b).isCloseTo(expected, within(1e-12));
    }
  }

  private static Set<String> tokens(String s) {
    Set<String> tokens = new HashSet<>(Arrays.asList(s.strip().split("\\s+")));
    tokens.remove("");
    return tokens;
  }
}
