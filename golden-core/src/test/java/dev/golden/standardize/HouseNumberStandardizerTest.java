package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HouseNumberStandardizerTest {
  private final Standardizer numbers = new HouseNumberStandardizer();
  private final StandardizeContext context = new StandardizeContext("GB");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "12 | 12", "12a | 12a", "12 A | 12a", "No. 12 | 12", "#12 | 12", "12-14 | 12-14",
      "12 - 14 | 12-14", "１２ | 12", "12号 | 12", "十二号 | 12", "第12号 | 12"})
  void digitsAndLetter(String raw, String canonical) {
    StandardValue value = numbers.standardize(raw, context);
    assertThat(value.canonicalValue()).contains(canonical);
    assertThat(value.part(Part.HOUSE_NUMBER)).contains(canonical);
  }

  @Test
  void otherTextIsFlagged() {
    StandardValue value = numbers.standardize("Rose Cottage", context);
    assertThat(value.isValid()).isFalse();
    assertThat(value.canonicalValue()).contains("rose cottage");
  }
}
