package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StandardizationTest {
  private final Standardization standardization = Standardization.of(DataDictionary.defaults());

  private FieldDefinition field(String name) {
    return standardization.dictionary().field(name).orElseThrow();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Na", "NA", "Nan", "NaN"})
  void shortWordsThatAreAlsoChineseNamesAreKept(String name) {
    var field = DataDictionary.defaults().field("given_name").orElseThrow();

    assertThat(Standardization.of(DataDictionary.defaults()).standardize(field, name).isMissing()).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\"")
  @ValueSource(strings = {"N/A", "n/a", "n.a.", "#N/A", "-", "--", "—", "?", "unknown", "Unknown",
      "UNKNOWN", "null", "NULL", "none", "None", "nil", "unavailable", "not available",
      "not applicable", "TBD", "(none)", "[unknown]", "\"N/A\"", "Ｎ／Ａ", " ", "", "不详", "无", "未知",
      "暂无", "空", "不明", "待定", "无数据", "缺失", "不知道", "未提供", "（无）", "0000-00-00"})
  @DisplayName("Every placeholder of the default dictionary is a missing value")
  void placeholdersAreMissing(String raw) {
    assertThat(standardization.standardize(field("full_name"), raw))
        .isInstanceOf(StandardValue.Missing.class);
    assertThat(standardization.standardize(field("phone"), raw).isMissing()).isTrue();
  }

  @Test
  void realValuesArePresent() {
    assertThat(standardization.standardize(field("full_name"), "張偉").canonicalValue()).contains("张伟");
    assertThat(standardization.standardize(field("phone"), "138-0013-8000").canonicalValue())
        .contains("+8613800138000");
  }

  @Test
  @DisplayName("The record's country decides how a phone number is read")
  void contextRegion() {
    StandardizeContext us = standardization.defaultContext().forCountry("US");
    assertThat(standardization.standardize(field("phone"), "(415) 555-2671", us).canonicalValue())
        .contains("+14155552671");
  }

  @Test
  void picklistAndPatternStillApply() {
    assertThat(standardization.standardize(field("gender"), " Female ").isValid()).isTrue();
    assertThat(standardization.standardize(field("country"), "中国").canonicalValue()).contains("CN");
    assertThat(standardization.standardize(field("country"), "Brazil").isValid()).isFalse();
  }

  @Test
  void everyRoleHasItsOwnStandardizer() {
    assertThat(Standardizers.all()).containsOnlyKeys(Role.values());
  }

  @Test
  @DisplayName("A remembered value is read again in the region of each record")
  void rememberedValuesDependOnTheRegion() {
    var australia = new StandardizeContext("AU");
    var china = new StandardizeContext("CN");

    assertThat(standardization.standardize(field("postcode"), "2000", australia).isValid()).isTrue();
    assertThat(standardization.standardize(field("postcode"), "2000", china).isValid()).isFalse();
    assertThat(standardization.standardize(field("postcode"), "2000", australia).isValid()).isTrue();
  }
}
