package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EmailStandardizerTest {
  private final Standardizer emails = new EmailStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  private StandardValue of(String raw) {
    return emails.standardize(raw, context);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "  John.Smith@Example.COM  | john.smith@example.com",
      "mailto:john.smith@example.com | john.smith@example.com",
      "John Smith <John.Smith@example.com> | john.smith@example.com",
      "<john.smith@example.com> | john.smith@example.com",
      "ｊｏｈｎ．ｓｍｉｔｈ＠ｅｘａｍｐｌｅ．ｃｏｍ | john.smith@example.com",
      "zhangwei@163。com | zhangwei@163.com"})
  void cleans(String raw, String canonical) {
    StandardValue value = of(raw);
    assertThat(value.canonicalValue()).contains(canonical);
    assertThat(value.isValid()).isTrue();
  }

  @Test
  void parts() {
    StandardValue value = of("Li.Ming+news@QQ.com");
    assertThat(value.part(Part.LOCAL_PART)).contains("li.ming+news");
    assertThat(value.part(Part.DOMAIN)).contains("qq.com");
    assertThat(value.part(Part.COMPARE_FORM)).contains("li.ming@qq.com");
  }

  @Test
  void gmailIgnoresDotsAndGooglemailIsGmail() {
    assertThat(of("J.O.Smith+shop@googlemail.com").part(Part.COMPARE_FORM)).contains("josmith@gmail.com");
    assertThat(of("josmith@gmail.com").part(Part.COMPARE_FORM)).contains("josmith@gmail.com");
  }

  @Test
  void invalidAddressesAreFlagged() {
    assertThat(of("john.smith@").isValid()).isFalse();
    assertThat(of("john..smith@example.com").isValid()).isFalse();
    assertThat(of("john smith at example dot com").isValid()).isFalse();
    assertThat(of("john@example").isValid()).isFalse();
  }
}
