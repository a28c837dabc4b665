package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A record's country becomes its standardization region only as a two-letter code")
class StandardizeContextTest {
  private final StandardizeContext china = new StandardizeContext("CN");

  @Test
  void takesATwoLetterCode() {
    assertThat(china.forCountry(" au ").defaultRegion()).isEqualTo("AU");
  }

  @Test
  void keepsTheDefaultForNamesAndBlanks() {
    assertThat(china.forCountry("中国").defaultRegion()).isEqualTo("CN");
    assertThat(china.forCountry("USA").defaultRegion()).isEqualTo("CN");
    assertThat(china.forCountry("  ").defaultRegion()).isEqualTo("CN");
    assertThat(china.forCountry(null).defaultRegion()).isEqualTo("CN");
  }
}
