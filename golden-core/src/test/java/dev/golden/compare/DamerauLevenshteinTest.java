package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DamerauLevenshteinTest {

  @ParameterizedTest(name = "{0} -> {1} costs {2}")
  @CsvSource({
    "'',       '',        0",
    "'',       abc,       3",
    "abc,      '',        3",
    "abc,      abc,       0",
    "ab,       ba,        1",
    "abcdef,   abcdfe,    1",
    "MARTHA,   MARHTA,    1",
    "kitten,   sitting,   3",
    "ca,       abc,       3",
    "SMITH,    SMYTHE,    2",
    "张伟,     张纬,      1",
    "张伟,     伟张,      1",
    "0412345678, 0412354678, 1",
  })
  @DisplayName("counts insertions, deletions, substitutions and adjacent transpositions")
  void distances(String a, String b, int distance) {
    assertThat(DamerauLevenshtein.distance(a, b)).isEqualTo(distance);
    assertThat(DamerauLevenshtein.distance(b, a)).isEqualTo(distance);
  }

  @Test
  @DisplayName("is the restricted distance: ca -> abc costs 3, not 2, as no substring is edited twice")
  void optimalStringAlignmentIsRestricted() {
    assertThat(DamerauLevenshtein.distance("ca", "abc")).isEqualTo(3);
    assertThat(Levenshtein.distance("ca", "abc")).isEqualTo(3);
  }

  @Test
  @DisplayName("with a maximum, answers max + 1 once the distance must exceed it")
  void boundedDistance() {
    assertThat(DamerauLevenshtein.distance("kitten", "sitting", 3)).isEqualTo(3);
    assertThat(DamerauLevenshtein.distance("kitten", "sitting", 2)).isEqualTo(3);
    assertThat(DamerauLevenshtein.distance("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(DamerauLevenshtein.distance("JONATHAN", "JONATHAN", 0)).isZero();
    assertThat(DamerauLevenshtein.distance("JONATHAN", "JONAHTAN", 0)).isEqualTo(1);
    assertThat(DamerauLevenshtein.distance("JONATHAN", "JONAHTAN", 1)).isEqualTo(1);
    assertThat(DamerauLevenshtein.distance("a", "abcdefgh", 2)).isEqualTo(3);
    assertThat(DamerauLevenshtein.distance("abc", "xyz", 100)).isEqualTo(3);
  }

  @Test
  void rejectsANegativeMaximum() {
    assertThatThrownBy(() -> DamerauLevenshtein.distance("a", "b", -1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void similarityScalesTheDistanceByTheLongerLength() {
    assertThat(DamerauLevenshtein.similarity("MARTHA", "MARHTA")).isCloseTo(5.0 / 6, within(1e-12));
    assertThat(DamerauLevenshtein.similarity("", "")).isEqualTo(1.0);
    assertThat(DamerauLevenshtein.similarity("", "abc")).isZero();
  }

  @Test
  void levenshteinCountsATranspositionAsTwoSubstitutions() {
    assertThat(Levenshtein.distance("MARTHA", "MARHTA")).isEqualTo(2);
    assertThat(Levenshtein.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(Levenshtein.distance("kitten", "sitting", 1)).isEqualTo(2);
    assertThat(Levenshtein.similarity("kitten", "sitting")).isCloseTo(4.0 / 7, within(1e-12));
  }
}
