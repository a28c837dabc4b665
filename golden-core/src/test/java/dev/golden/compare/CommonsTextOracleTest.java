package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Random pairs checked against Apache Commons Text, which implements the same definitions with
 * straightforward (allocating) code, and against a textbook optimal string alignment matrix.
 */
class CommonsTextOracleTest {
  private static final int PAIRS = 10_000;
  private static final JaroWinklerSimilarity COMMONS_JARO_WINKLER = new JaroWinklerSimilarity();
  private static final LevenshteinDistance COMMONS_LEVENSHTEIN = LevenshteinDistance.getDefaultInstance();

  @Test
  @DisplayName("Jaro-Winkler equals Commons Text's on random pairs")
  void jaroWinklerMatchesCommonsText() {
    RandomStrings random = new RandomStrings(20240611L);
    for (int n = 0; n < PAIRS; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      assertThat(JaroWinkler.similarity(a, b))
          .as("'%s' / '%s'", a, b)
          .isCloseTo(COMMONS_JARO_WINKLER.apply(a, b), within(1e-12));
    }
  }

  @Test
  @DisplayName("atLeast(a, b, t) is exactly similarity(a, b) >= t")
  void atLeastAgreesWithSimilarity() {
    RandomStrings random = new RandomStrings(7L);
    for (int n = 0; n < PAIRS; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      double threshold = random.nextInt(5) == 0 ? JaroWinkler.similarity(a, b) : random.nextDouble();
      assertThat(JaroWinkler.atLeast(a, b, threshold))
          .as("'%s' / '%s' at %s", a, b, threshold)
          .isEqualTo(JaroWinkler.similarity(a, b) >= threshold);
    }
  }

  @Test
  @DisplayName("Levenshtein equals Commons Text's, with and without a maximum")
  void levenshteinMatchesCommonsText() {
    RandomStrings random = new RandomStrings(42L);
    for (int n = 0; n < PAIRS; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      int expected = COMMONS_LEVENSHTEIN.apply(a, b);
      int max = random.nextInt(6);
      assertThat(Levenshtein.distance(a, b)).as("'%s' / '%s'", a, b).isEqualTo(expected);
      assertThat(Levenshtein.distance(a, b, max))
          .as("'%s' / '%s' within %d", a, b, max)
          .isEqualTo(Math.min(expected, max + 1));
    }
  }

  @Test
  @DisplayName("Damerau-Levenshtein equals the textbook optimal string alignment matrix")
  void damerauLevenshteinMatchesTheTextbookMatrix() {
    RandomStrings random = new RandomStrings(1234L);
    for (int n = 0; n < PAIRS; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      int expected = textbookOptimalStringAlignment(a, b);
      int max = random.nextInt(6);
      assertThat(DamerauLevenshtein.distance(a, b)).as("'%s' / '%s'", a, b).isEqualTo(expected);
      assertThat(DamerauLevenshtein.distance(a, b, max))
          .as("'%s' / '%s' within %d", a, b, max)
          .isEqualTo(Math.min(expected, max + 1));
    }
  }

  /** The full matrix, straight from the definition. */
  private static int textbookOptimalStringAlignment(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
