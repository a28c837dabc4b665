package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryStandardizerTest {
  private final Standardizer countries = new CountryStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "China, CN", "PRC, CN", "中国, CN", "中華人民共和國, CN", "中华人民共和国, CN", "cn, CN", "CHN, CN",
      "Hong Kong, HK", "香港, HK", "中国香港, HK", "USA, US", "U.S.A., US", "United States, US",
      "美国, US", "UK, GB", "England, GB", "United Kingdom, GB", "英国, GB", "Australia, AU",
      "澳大利亚, AU", "AUS, AU", "Germany, DE", "Deutschland, DE", "The Netherlands, NL",
      "Côte d’Ivoire, CI", "Taiwan, TW", "台灣, TW", "Singapore, SG", "新加坡, SG", "South Korea, KR"})
  void isoAlpha2(String raw, String code) {
    StandardValue value = countries.standardize(raw, context);
    assertThat(value.canonicalValue()).contains(code);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void unknownCountryIsFlagged() {
    StandardValue value = countries.standardize("Narnia", context);
    assertThat(value.canonicalValue()).contains("NARNIA");
    assertThat(value.isValid()).isFalse();
  }
}
