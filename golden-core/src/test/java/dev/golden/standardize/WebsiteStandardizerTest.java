package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WebsiteStandardizerTest {
  private final Standardizer sites = new WebsiteStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "https://www.Example.com/, example.com", "HTTP://WWW.EXAMPLE.COM, example.com",
      "www.example.com, example.com", "example.com:8080/shop/?ref=ad, example.com/shop",
      "https://www.huawei.com/cn/, huawei.com/cn", "ｗｗｗ．ｂａｉｄｕ．ｃｏｍ, baidu.com"})
  void hostWithoutSchemeOrWww(String raw, String canonical) {
    StandardValue value = sites.standardize(raw, context);
    assertThat(value.canonicalValue()).contains(canonical);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void domainPartAndInvalidHost() {
    assertThat(sites.standardize("https://www.example.co.uk/about", context).part(Part.DOMAIN))
        .contains("example.co.uk");
    assertThat(sites.standardize("not a site", context).isValid()).isFalse();
  }
}
