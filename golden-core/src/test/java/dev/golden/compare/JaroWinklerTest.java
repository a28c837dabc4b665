package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JaroWinklerTest {

  @ParameterizedTest(name = "{0} / {1}: Jaro {2}, Jaro-Winkler {3}")
  @DisplayName("reproduces the textbook examples of Winkler and Wikipedia")
  @CsvSource({
    "MARTHA, MARHTA,   0.944, 0.961",
    "DIXON,  DICKSONX, 0.767, 0.813",
    "DWAYNE, DUANE,    0.822, 0.840",
    "CRATE,  TRACE,    0.733, 0.733",
    "JONES,  JOHNSON,  0.790, 0.832",
  })
  void textbookExamples(String a, String b, double jaro, double jaroWinkler) {
    assertThat(JaroWinkler.jaro(a, b)).isCloseTo(jaro, within(0.0005));
    assertThat(JaroWinkler.similarity(a, b)).isCloseTo(jaroWinkler, within(0.0005));
  }

  @Test
  void equalStringsScoreOneIncludingTwoEmptyOnes() {
    assertThat(JaroWinkler.similarity("ANNA", "ANNA")).isEqualTo(1.0);
    assertThat(JaroWinkler.similarity("", "")).isEqualTo(1.0);
  }

  @Test
  void anEmptyStringHasNothingInCommonWithAnother() {
    assertThat(JaroWinkler.similarity("", "ANNA")).isZero();
    assertThat(JaroWinkler.similarity("ANNA", "")).isZero();
  }

  @Test
  void stringsWithoutCommonCharactersScoreZero() {
    assertThat(JaroWinkler.similarity("FLY", "ANT")).isZero();
  }

  @Test
  @DisplayName("the prefix boost applies only above 0.7 and to at most four characters")
  void prefixBoostIsBounded() {
    double jaro = JaroWinkler.jaro("JOHNATHAN", "JOHNSTONE");
    assertThat(jaro).isGreaterThan(0.7);
    assertThat(JaroWinkler.similarity("JOHNATHAN", "JOHNSTONE"))
        .isCloseTo(jaro + 4 * 0.1 * (1 - jaro), within(1e-12));

    double low = JaroWinkler.jaro("ABCXYZQ", "ABDEFGH");
    assertThat(low).isLessThanOrEqualTo(0.7);
    assertThat(JaroWinkler.similarity("ABCXYZQ", "ABDEFGH")).isEqualTo(low);
  }

  @Test
  @DisplayName("compares Han characters one by one: 张伟 and 张纬 share only the surname")
  void hanCharacters() {
    // Two-character strings have a match window of zero, so only 张 matches: (1/2 + 1/2 + 1) / 3.
    assertThat(JaroWinkler.similarity("张伟", "张纬")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(JaroWinkler.similarity("北京华为技术有限公司", "北京華為技術有限公司"))
        .isGreaterThan(0.8);
  }

  @Test
  void isSymmetricWhenLengthsDiffer() {
    assertThat(JaroWinkler.similarity("DIXON", "DICKSONX"))
        .isEqualTo(JaroWinkler.similarity("DICKSONX", "DIXON"));
  }

  @Test
  void worksOnStringsLongerThanSixtyFourCharacters() {
    String a = "Flat 12, Building 7, Harbour View Gardens, 88 Queen's Road East, Wan Chai";
    String b = "Flat 12, Bldg 7, Harbour View Gardens, 88 Queens Road East, Wanchai, HK";
    assertThat(a.length()).isGreaterThan(64);
    assertThat(JaroWinkler.similarity(a, b)).isBetween(0.85, 1.0);
    assertThat(JaroWinkler.similarity(a, a + "!")).isGreaterThan(0.99);
  }

  @Test
  @DisplayName("atLeast agrees with similarity on both sides of the threshold")
  void atLeastAgreesWithSimilarity() {
    assertThat(JaroWinkler.atLeast("MARTHA", "MARHTA", 0.96)).isTrue();
    assertThat(JaroWinkler.atLeast("MARTHA", "MARHTA", 0.962)).isFalse();
    assertThat(JaroWinkler.atLeast("DWAYNE", "DUANE", 0.84)).isTrue();
    assertThat(JaroWinkler.atLeast("SMITH", "ZHANG", 0.7)).isFalse();
    assertThat(JaroWinkler.atLeast("", "", 1.0)).isTrue();
    assertThat(JaroWinkler.atLeast("A", "B", 0.0)).isTrue();
  }

  @Test
  @DisplayName("similarityIfAtLeast is the similarity above the threshold and 0 below it")
  void similarityIfAtLeastIsSimilarityOrZero() {
    assertThat(JaroWinkler.similarityIfAtLeast("MARTHA", "MARHTA", 0.96))
        .isEqualTo(JaroWinkler.similarity("MARTHA", "MARHTA"));
    assertThat(JaroWinkler.similarityIfAtLeast("MARTHA", "MARHTA", 0.962)).isZero();
    assertThat(JaroWinkler.similarityIfAtLeast("DWAYNE", "DUANE", 0.8))
        .isEqualTo(JaroWinkler.similarity("DWAYNE", "DUANE"));
    assertThat(JaroWinkler.similarityIfAtLeast("SMITH", "ZHANG", 0.7)).isZero();
    assertThat(JaroWinkler.similarityIfAtLeast("王小明", "王晓明", 0.5))
        .isEqualTo(JaroWinkler.similarity("王小明", "王晓明"));
  }
}
