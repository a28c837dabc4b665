package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class NumericDistanceTest {

  @Test
  @DisplayName("reads the leading number of house numbers written in any style")
  void leadingNumbers() {
    assertThat(NumericDistance.absoluteDifference("12A", "12")).isZero();
    assertThat(NumericDistance.absoluteDifference("12号", "15号")).isEqualTo(3.0);
    assertThat(NumericDistance.absoluteDifference(" 7", "007")).isZero();
    assertThat(NumericDistance.absoluteDifference("１２", "12")).isZero();
    assertThat(NumericDistance.absoluteDifference("2000", "3000")).isEqualTo(1000.0);
  }

  @Test
  @DisplayName("a value without a leading number is NaN apart from everything, so no threshold holds")
  void noLeadingNumber() {
    assertThat(NumericDistance.hasLeadingNumber("Flat 3")).isFalse();
    assertThat(NumericDistance.hasLeadingNumber("")).isFalse();
    assertThat(NumericDistance.hasLeadingNumber("1234567890123456789")).isFalse();
    assertThat(NumericDistance.hasLeadingNumber("123456789012345678")).isTrue();
    assertThat(NumericDistance.absoluteDifference("Flat 3", "3")).isNaN();
    assertThat(NumericDistance.percentageDifference("12", "SW1A")).isNaN();
  }

  @Test
  @DisplayName("percentage difference is |x - y| / max(x, y), as in Splink")
  void percentageDifference() {
    assertThat(NumericDistance.percentageDifference("100", "90")).isCloseTo(0.1, within(1e-12));
    assertThat(NumericDistance.percentageDifference("90", "100")).isCloseTo(0.1, within(1e-12));
    assertThat(NumericDistance.percentageDifference("0", "0")).isZero();
    assertThat(NumericDistance.percentageDifference("0", "5")).isEqualTo(1.0);
  }
}
