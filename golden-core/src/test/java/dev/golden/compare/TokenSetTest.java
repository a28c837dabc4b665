package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TokenSetTest {

  @Test
  @DisplayName("a name that adds words to another scores 1")
  void subsetScoresOne() {
    assertThat(TokenSet.similarity("ACME TRADING LTD", "ACME LTD")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("ACME LTD", "ACME TRADING LTD")).isEqualTo(1.0);
  }

  @Test
  void toleratesReorderedWords() {
    assertThat(TokenSet.similarity("CHAN TAI MAN", "TAI MAN CHAN")).isEqualTo(1.0);
  }

  @Test
  @DisplayName("tolerates one typo per word")
  void toleratesOneTypoPerWord() {
    assertThat(TokenSet.similarity("CHAN TAI MAN", "TAI MAN CHEN")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("GOLDEN DRAGON LIMITED", "GOLDNE DRAGON LIMTIED")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("JON SMITH", "JOHN SNITH")).isEqualTo(1.0);
  }

  @Test
  @DisplayName("short words and numbers must be equal: AB is not AC, house 12 is not house 13")
  void shortWordsAndNumbersMustBeEqual() {
    assertThat(TokenSet.similarity("AB", "AC")).isZero();
    assertThat(TokenSet.similarity("12 QUEEN ROAD", "13 QUEEN ROAD")).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  @DisplayName("a numbered street is the same with or without its ordinal suffix: E 113 ST is E 113TH ST, not E 114TH ST")
  void ordinalSuffixOfANumberIsIgnored() {
    assertThat(TokenSet.similarity("e 113 st", "e 113th st")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("W 1ST AVE", "W 1 AVE")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("e 113 st", "e 114th st")).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(TokenSet.similarity("12a queen road", "12 queen road")).as("12A is another house")
        .isCloseTo(2.0 / 3, within(1e-12));
    assertThat(TokenSet.similarity("113th", "113rd")).as("a mistyped suffix: still the 113th").isEqualTo(1.0);
    assertThat(TokenSet.similarity("113th", "13th")).isZero();
  }

  @Test
  void countsTheWordsOfTheSmallerSetThatFoundAPartner() {
    assertThat(TokenSet.similarity("ACME TRADING", "ACME HOLDINGS GROUP")).isEqualTo(0.5);
  }

  @Test
  @DisplayName("is symmetric when both sides have as many words")
  void symmetricForEqualSizes() {
    // JON and JOHN are both close to JOHN, but SMITH finds no partner on the left.
    assertThat(TokenSet.similarity("JON JOHN", "JOHN SMITH")).isEqualTo(0.5);
    assertThat(TokenSet.similarity("JOHN SMITH", "JON JOHN")).isEqualTo(0.5);
  }

  @Test
  void stringsWithoutTokens() {
    assertThat(TokenSet.similarity(" ", "")).isEqualTo(1.0);
    assertThat(TokenSet.similarity("", "ACME")).isZero();
  }

  @Test
  @DisplayName("always lies between Jaccard and 1 and is symmetric, on random strings")
  void boundedByJaccardAndSymmetric() {
    RandomStrings random = new RandomStrings(5L);
    for (int n = 0; n < 5_000; n++) {
      String a = random.next();
      String b = n % 2 == 0 ? random.mutate(a) : random.next();
      double score = TokenSet.similarity(a, b);
      assertThat(score).as("'%s' / '%s'", a, b).isBetween(Jaccard.similarity(a, b), 1.0);
      assertThat(TokenSet.similarity(b, a)).as("'%s' / '%s'", b, a).isEqualTo(score);
    }
  }
}
