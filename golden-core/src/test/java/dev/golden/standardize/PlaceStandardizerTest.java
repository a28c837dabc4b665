package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlaceStandardizerTest {
  private final Standardizer places = new PlaceStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "北京市 | 北京", "北京 | 北京", "廣東省 | 广东", "广西壮族自治区 | 广西", "香港特别行政区 | 香港",
      "朝阳区 | 朝阳区", "沙市 | 沙市", "  NEW   YORK | new york", "São Paulo | sao paulo",
      "St. Louis | st louis", "Coeur d'Alene | coeur dalene"})
  void cleaned(String raw, String canonical) {
    assertThat(places.standardize(raw, context).canonicalValue()).contains(canonical);
  }
}
