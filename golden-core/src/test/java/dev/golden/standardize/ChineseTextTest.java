package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ChineseTextTest {
  @Test
  void recognisesHanCharacters() {
    assertThat(ChineseText.isHan('张')).isTrue();
    assertThat(ChineseText.isHan('Z')).isFalse();
    assertThat(ChineseText.isHan('，')).isFalse();
    assertThat(ChineseText.containsHan("Wei 张")).isTrue();
    assertThat(ChineseText.containsHan("Wei Zhang")).isFalse();
  }

  @Test
  void convertsTraditionalToSimplified() {
    assertThat(ChineseText.toSimplified("張偉")).isEqualTo("张伟");
    assertThat(ChineseText.toSimplified("華為技術有限公司")).isEqualTo("华为技术有限公司");
    assertThat(ChineseText.toSimplified("北京 Road 1號")).isEqualTo("北京 Road 1号");
  }

  @Test
  void pinyinWithoutTonesAndUmlautAsU() {
    assertThat(ChineseText.pinyin("张伟")).isEqualTo("zhang wei");
    assertThat(ChineseText.pinyin("張偉")).isEqualTo("zhang wei");
    assertThat(ChineseText.pinyin("女")).isEqualTo("nu");
    assertThat(ChineseText.joinedPinyin("小明")).isEqualTo("xiaoming");
  }

  @Test
  void surnameReadings() {
    assertThat(ChineseText.surnamePinyin("單")).isEqualTo("shan");
    assertThat(ChineseText.surnamePinyin("尉迟")).isEqualTo("yuchi");
    assertThat(ChineseText.surnamePinyin("欧阳")).isEqualTo("ouyang");
  }

  @Test
  void sortedTokensIgnoreOrder() {
    assertThat(ChineseText.sortedTokens("zhang wei")).containsExactly("wei", "zhang");
    assertThat(ChineseText.sortedTokens(" ")).isEmpty();
  }
}
