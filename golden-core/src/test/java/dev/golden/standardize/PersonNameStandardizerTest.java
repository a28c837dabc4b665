package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersonNameStandardizerTest {
  private final Standardizer names = new PersonNameStandardizer(Nicknames.defaults());
  private final StandardizeContext context = new StandardizeContext("GB");

  private StandardValue of(String raw) {
    return names.standardize(raw, context);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Dr. ROBERT  smith | robert smith",
      "Smith, Bob | robert smith",
      "SMITH, Robert | robert smith",
      "Mrs Peggy O'Brien | margaret obrien",
      "José Álvarez-Núñez | jose alvarez nunez",
      "j r smith | j r smith",
      "J. R. R. Tolkien | j r r tolkien",
      "Bill Gates Jr. | william gates jr",
      "Smith, Mr John | john smith",
      "Liz Taylor, PhD | elizabeth taylor",
      "Søren Kierkegaard | soren kierkegaard"})
  void cleansLatinNames(String raw, String canonical) {
    assertThat(of(raw).canonicalValue()).contains(canonical);
  }

  @Test
  void keepsTheRawValue() {
    assertThat(of("Smith, Bob").raw()).isEqualTo("Smith, Bob");
  }

  @Test
  @DisplayName("Titles go to HONORIFIC; given, middle and family names are split")
  void splitsLatinParts() {
    StandardValue value = of("Prof. John Ronald Reuel Tolkien");
    assertThat(value.part(Part.HONORIFIC)).contains("prof");
    assertThat(value.part(Part.GIVEN)).contains("john");
    assertThat(value.part(Part.MIDDLE)).contains("ronald reuel");
    assertThat(value.part(Part.FAMILY)).contains("tolkien");
    assertThat(value.part(Part.SCRIPT)).contains("latin");
    assertThat(value.part(Part.PHONETIC)).contains("JN RNLT RL TLKN");
  }

  @Test
  void phoneticCodesMatchAcrossSpellings() {
    assertThat(of("Catherine Smith").part(Part.PHONETIC))
        .isEqualTo(of("Kathryn Smyth").part(Part.PHONETIC));
  }

  @Test
  @DisplayName("Traditional and simplified Han names give the same simplified canonical form")
  void simplifiesHanNames() {
    StandardValue traditional = of("張偉");
    assertThat(traditional.canonicalValue()).contains("张伟");
    assertThat(traditional.part(Part.FAMILY)).contains("张");
    assertThat(traditional.part(Part.GIVEN)).contains("伟");
    assertThat(traditional.part(Part.PINYIN)).contains("zhang wei");
    assertThat(traditional.part(Part.SCRIPT)).contains("han");
    assertThat(of("张 伟").canonicalValue()).contains("张伟");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"張偉", "张伟", "Zhang Wei", "Wei Zhang", "ZHANG Wei", "'Zhang, Wei'", "zhang  wei", "Ｚｈａｎｇ　Ｗｅｉ"})
  @DisplayName("Every spelling of 张伟 has the pinyin 'zhang wei'")
  void oneChineseNameInEveryScriptAndOrder(String raw) {
    assertThat(of(raw).part(Part.PINYIN)).contains("zhang wei");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"李小明", "Xiaoming Li", "Li Xiaoming", "LI Xiao Ming", "'Li, Xiaoming'"})
  void givenNameSyllablesAreJoined(String raw) {
    assertThat(of(raw).part(Part.PINYIN)).contains("li xiaoming");
  }

  @Test
  void fullWidthLatinNameWithIdeographicSpace() {
    StandardValue value = of("ＬＩ　Ｍｉｎｇ");
    assertThat(value.canonicalValue()).contains("li ming");
    assertThat(value.part(Part.FAMILY)).contains("li");
    assertThat(value.part(Part.GIVEN)).contains("ming");
  }

  @Test
  @DisplayName("Compound surnames: 欧阳娜娜 has the family name 欧阳")
  void compoundSurname() {
    StandardValue value = of("欧阳娜娜");
    assertThat(value.part(Part.FAMILY)).contains("欧阳");
    assertThat(value.part(Part.GIVEN)).contains("娜娜");
    assertThat(value.part(Part.PINYIN)).contains("ouyang nana");
    assertThat(of("司馬光").part(Part.FAMILY)).contains("司马");
    assertThat(of("诸葛亮").part(Part.PINYIN)).contains("zhuge liang");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({"单雄信, shan xiongxin", "曾国藩, zeng guofan", "解缙, xie jin", "区志强, ou zhiqiang",
      "仇英, qiu ying", "朴槿惠, piao jinhui", "查良镛, zha liangyong", "乐嘉, yue jia",
      "尉迟恭, yuchi gong", "吕布, lu bu"})
  @DisplayName("Polyphonic surnames are read as surnames")
  void surnameReadings(String raw, String pinyin) {
    assertThat(of(raw).part(Part.PINYIN)).contains(pinyin);
  }

  @Test
  void chineseTitlesAreHonorifics() {
    StandardValue value = of("王芳女士");
    assertThat(value.canonicalValue()).contains("王芳");
    assertThat(value.part(Part.HONORIFIC)).contains("女士");
    assertThat(of("張先生").canonicalValue()).contains("张");
    assertThat(of("李教授").part(Part.HONORIFIC)).contains("教授");
  }

  @Test
  void transliteratedForeignNameKeepsItsDot() {
    StandardValue value = of("约翰·史密斯");
    assertThat(value.canonicalValue()).contains("约翰·史密斯");
    assertThat(value.part(Part.FAMILY)).contains("史密斯");
  }

  @Test
  void mixedScriptNameUsesItsHanPart() {
    StandardValue value = of("张伟 (Wei Zhang)");
    assertThat(value.canonicalValue()).contains("张伟");
    assertThat(value.part(Part.SCRIPT)).contains("mixed");
  }

  @Test
  @DisplayName("Western names are not mistaken for pinyin")
  void westernNameIsNotPinyin() {
    StandardValue value = of("Bob Li");
    assertThat(value.canonicalValue()).contains("robert li");
    assertThat(value.part(Part.PINYIN)).isEmpty();
    assertThat(of("John Smith").part(Part.PINYIN)).isEmpty();
  }

  @Test
  void sortedPinyinTokensIgnoreOrder() {
    assertThat(ChineseText.sortedTokens(of("Wei Zhang").part(Part.PINYIN).orElseThrow()))
        .isEqualTo(ChineseText.sortedTokens(of("张伟").part(Part.PINYIN).orElseThrow()))
        .containsExactly("wei", "zhang");
  }
}
