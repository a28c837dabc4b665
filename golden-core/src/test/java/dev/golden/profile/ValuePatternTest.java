package dev.golden.profile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuePatternTest {
  @ParameterizedTest(name = "{0} has the shape {1}")
  @CsvSource(delimiter = '|', value = {
    "John Smith|Aa Aa",
    "138-0013-8000|999-9999-9999",
    "2119|9999",
    "张伟|汉",
    "北京市朝阳区 88号|汉 99汉",
    "ann.lee@example.com|a.a@a.a",
    "SW1A 1AA|A9A 9A",
    "McDonald|AaAa",
  })
  void shapes(String value, String shape) {
    assertThat(ValuePattern.of(value)).isEqualTo(shape);
  }

  @org.junit.jupiter.api.Test
  void longShapesAreCut() {
    assertThat(ValuePattern.of("1".repeat(100))).hasSize(ValuePattern.MAX_LENGTH + 1).endsWith("…");
  }
}
