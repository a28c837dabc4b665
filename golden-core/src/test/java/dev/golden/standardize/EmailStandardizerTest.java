package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
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

  @Test
  @DisplayName("The syntax checks accept exactly what the practical address patterns match")
  void syntaxChecksAgreeWithThePatterns() {
    Pattern local = Pattern.compile("[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*");
    Pattern domain = Pattern.compile("([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]");
    List<String> texts = new ArrayList<>(List.of("john.smith", "a", ".a", "a.", "a..b", "163.com", "mail.163.com",
        "x.c0", "x.0c", "a-.com", "-a.com", "a.b-", "a.b-c", "é.com", "A.com", "a.co m", "",
        "a".repeat(63) + ".com", "a".repeat(64) + ".com", "a+b_c{d}~e", "a@b", "x.y.z.w"));
    String alphabet = "az09.-_+{~AéZ@ ";
    Random random = new Random(11);
    for (int i = 0; i < 200_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int length = random.nextInt(9); length > 0; length--) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      texts.add(text.toString());
    }
    for (String text : texts) {
      assertThat(EmailStandardizer.isDotAtom(text)).as(text).isEqualTo(local.matcher(text).matches());
      assertThat(EmailStandardizer.isDomain(text)).as(text).isEqualTo(domain.matcher(text).matches());
    }
  }
}
