package dev.golden.synth;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.commons.text.similarity.LevenshteinDistance;
import org.junit.jupiter.api.Test;

class TyposTest {
  private final Dice dice = new Dice(3);

  @Test
  void aKeyboardSlipIsOneOrTwoEditsAway() {
    for (int i = 0; i < 200; i++) {
      String typo = Typos.keyboard("Robertson", dice);
      assertThat(typo).isNotEqualTo("Robertson");
      assertThat(LevenshteinDistance.getDefaultInstance().apply("Robertson", typo)).isBetween(1, 2);
    }
  }

  @Test
  void ocrConfusesLookAlikes() {
    assertThat(Typos.ocr("Carol", dice)).isEqualTo("Caro1");
    assertThat(Typos.ocr("Smith", dice)).isIn("5mith", "Srnith");
  }

  @Test
  void aDigitTypoChangesExactlyOneDigit() {
    String changed = Typos.digit("1980-03-05", dice);
    assertThat(changed).hasSize(10).isNotEqualTo("1980-03-05");
    assertThat(LevenshteinDistance.getDefaultInstance().apply("1980-03-05", changed)).isEqualTo(1);
  }

  @Test
  void chineseTextInTraditionalScriptAndPinyin() {
    assertThat(ChineseText.traditional("张伟")).isEqualTo("張偉");
    assertThat(ChineseText.traditional("北京华信科技有限公司")).isEqualTo("北京華信科技有限公司");
    assertThat(ChineseText.pinyinGiven("xiu ying", dice)).isIn("Xiuying", "Xiu Ying", "Xiu-ying");
    assertThat(ChineseText.pinyinFamily("zhang", dice)).isIn("Zhang", "ZHANG");
  }

  @Test
  void phoneFormats() {
    Phone mobile = new Phone(Culture.CN, "", java.util.List.of("138", "0013", "8000"));
    assertThat(PhoneFormat.NATIONAL.format(mobile)).isEqualTo("138-0013-8000");
    assertThat(PhoneFormat.INTERNATIONAL.format(mobile)).isEqualTo("+86 138 0013 8000");
    assertThat(PhoneFormat.DOUBLE_ZERO.format(mobile)).isEqualTo("0086 13800138000");
    Phone london = new Phone(Culture.GB, "0", java.util.List.of("20", "7946", "0123"));
    assertThat(PhoneFormat.NATIONAL.format(london)).isEqualTo("020 7946 0123");
    assertThat(PhoneFormat.E164.format(london)).isEqualTo("+442079460123");
    Phone chicago = new Phone(Culture.US, "", java.util.List.of("312", "555", "0147"));
    assertThat(PhoneFormat.NATIONAL.format(chicago)).isEqualTo("(312) 555-0147");
  }
}
