package dev.golden.standardize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CompanyNameStandardizerTest {
  private final Standardizer companies = new CompanyNameStandardizer();
  private final StandardizeContext context = new StandardizeContext("CN");

  private StandardValue of(String raw) {
    return companies.standardize(raw, context);
  }

  @ParameterizedTest(name = "{0} -> core {1}, legal form {2}")
  @CsvSource(delimiter = '|', value = {
      "Acme Inc. | acme | inc",
      "ACME, INCORPORATED | acme | inc",
      "Acme Corp | acme | corp",
      "Acme Corporation | acme | corp",
      "Acme Co., Ltd. | acme | co_ltd",
      "Acme Company Limited | acme | co_ltd",
      "Acme Ltd | acme | ltd",
      "Acme Limited | acme | ltd",
      "Acme L.L.C. | acme | llc",
      "Acme LLC | acme | llc",
      "Baker & McKenzie LLP | baker and mckenzie | llp",
      "HSBC Holdings plc | hsbc holdings | plc",
      "Siemens AG | siemens | ag",
      "Robert Bosch GmbH | robert bosch | gmbh",
      "Nestlé S.A. | nestle | sa",
      "Philips N.V. | philips | nv",
      "Acme Pty Ltd | acme | pty_ltd",
      "Acme Pte. Ltd. | acme | pte_ltd",
      "Ford Motor Company | ford motor | co",
      "Acme (Holdings) Ltd. | acme holdings | ltd"})
  void separatesLatinLegalForms(String raw, String core, String legalForm) {
    StandardValue value = of(raw);
    assertThat(value.part(Part.CORE_NAME)).contains(core);
    assertThat(value.part(Part.LEGAL_FORM)).contains(legalForm);
  }

  @Test
  @DisplayName("'The', '&' versus 'and', punctuation and case do not change the canonical form")
  void latinCanonicalForm() {
    assertThat(of("The Procter & Gamble Company").canonicalValue()).contains("procter and gamble co");
    assertThat(of("PROCTER AND GAMBLE CO.").canonicalValue()).contains("procter and gamble co");
    assertThat(of("Acme Co., Ltd.").canonicalValue()).contains("acme co ltd");
    assertThat(of("The Body Shop").canonicalValue()).contains("body shop");
    assertThat(of("The Body Shop").part(Part.LEGAL_FORM)).isEmpty();
  }

  @Test
  void aLegalFormAloneIsTheName() {
    assertThat(of("Limited").part(Part.CORE_NAME)).contains("limited");
    assertThat(of("Limited").part(Part.LEGAL_FORM)).isEmpty();
  }

  @Test
  @DisplayName("北京华为技术有限公司: locality 北京, core 华为技术, legal form 有限公司")
  void leadingChineseLocality() {
    StandardValue value = of("北京华为技术有限公司");
    assertThat(value.part(Part.LOCALITY)).contains("北京");
    assertThat(value.part(Part.CORE_NAME)).contains("华为技术");
    assertThat(value.part(Part.LEGAL_FORM)).contains("youxian_gongsi");
    assertThat(value.canonicalValue()).contains("北京华为技术有限公司");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"华为技术有限公司（北京）", "华为技术有限公司(北京)", "北京市华为技术有限公司", "北京 華為技術有限公司"})
  void localityInBracketsOrWithSuffix(String raw) {
    StandardValue value = of(raw);
    assertThat(value.part(Part.LOCALITY)).contains("北京");
    assertThat(value.part(Part.CORE_NAME)).contains("华为技术");
    assertThat(value.canonicalValue()).contains("北京华为技术有限公司");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "腾讯控股有限公司, youxian_gongsi",
      "中國平安保險（集團）股份有限公司, jituan_gufen_youxian_gongsi",
      "阿里巴巴集团有限公司, jituan_youxian_gongsi",
      "上海汽车有限責任公司, youxian_zeren_gongsi",
      "海尔集团, jituan",
      "青岛啤酒厂, chang"})
  void chineseLegalForms(String raw, String legalForm) {
    assertThat(of(raw).part(Part.LEGAL_FORM)).contains(legalForm);
  }

  @Test
  void foreignCompanyInChina() {
    StandardValue value = of("西门子（中国）有限公司");
    assertThat(value.part(Part.LOCALITY)).contains("中国");
    assertThat(value.part(Part.CORE_NAME)).contains("西门子");
  }

  @Test
  @DisplayName("A branch (分公司) is kept apart from its parent company")
  void branch() {
    StandardValue value = of("中国银行股份有限公司上海市分公司");
    assertThat(value.part(Part.LEGAL_FORM)).contains("gufen_youxian_gongsi_fen_gongsi");
    assertThat(value.part(Part.CORE_NAME)).contains("中国银行");
    assertThat(value.part(Part.LOCALITY)).contains("上海");
    assertThat(value.canonicalValue()).isNotEqualTo(of("中国银行股份有限公司").canonicalValue());
  }

  @Test
  void provinceAndCityPrefixes() {
    assertThat(of("广东省美的集团股份有限公司").part(Part.LOCALITY)).contains("广东");
    assertThat(of("深圳市腾讯计算机系统有限公司").part(Part.CORE_NAME)).contains("腾讯计算机系统");
    assertThat(of("中国石油天然气股份有限公司").part(Part.LOCALITY)).isEmpty();
  }
}
