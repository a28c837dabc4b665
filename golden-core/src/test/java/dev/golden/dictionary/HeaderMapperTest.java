package dev.golden.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("HeaderMapper maps input columns to dictionary fields")
class HeaderMapperTest {
  private final HeaderMapper mapper = new HeaderMapper(DataDictionary.defaults());

  private Map<String, String> fieldsOf(ColumnMapping mapping) {
    var result = new java.util.LinkedHashMap<String, String>();
    mapping.columns().forEach(c -> result.put(c.header(), c.field().map(FieldDefinition::name).orElse("-")));
    return result;
  }

  @Test
  void recognisesEnglishHeadersWhateverTheirSpelling() {
    var mapping = mapper.map(
        List.of("rec_id", "First Name", "SURNAME", "E-Mail Address", "date_of_birth", "Zip", "suburb", "street_number"),
        List.of());

    assertThat(fieldsOf(mapping)).containsExactly(
        Map.entry("rec_id", "customer_id"),
        Map.entry("First Name", "given_name"),
        Map.entry("SURNAME", "family_name"),
        Map.entry("E-Mail Address", "email"),
        Map.entry("date_of_birth", "date_of_birth"),
        Map.entry("Zip", "postcode"),
        Map.entry("suburb", "city"),
        Map.entry("street_number", "house_number"));
    assertThat(mapping.columns()).allMatch(c -> c.source() == MappingSource.HEADER);
  }

  @Test
  void recognisesChineseHeaders() {
    var mapping = mapper.map(List.of("姓名", "手机", "邮箱", "地址", "公司名称", "出生日期"), List.of());

    assertThat(fieldsOf(mapping).values())
        .containsExactly("full_name", "phone", "email", "street_address", "company_name", "date_of_birth");
  }

  @Test
  void readsTraditionalChineseHeadersAsTheirSimplifiedForm() {
    var mapping = mapper.map(List.of("客戶編號", "電話", "電子郵件", "地址"), List.of());

    assertThat(fieldsOf(mapping).values()).containsExactly("customer_id", "phone", "email", "street_address");
  }

  @Test
  void toleratesPrefixesAndNumberedHeaders() {
    var mapping = mapper.map(List.of("customer_email", "Phone1", "Contact Phone 2"), List.of());

    assertThat(fieldsOf(mapping)).containsEntry("customer_email", "email").containsEntry("Phone1", "phone");
  }

  @Test
  void givesEachFieldToOneColumnOnly() {
    var mapping = mapper.map(List.of("phone", "mobile", "telephone"), List.of());

    assertThat(mapping.mapped()).hasSize(1);
    assertThat(mapping.columnFor("phone")).get().extracting(MappedColumn::header).isEqualTo("phone");
  }

  @Test
  void recognisesColumnsByTheirContentWhenHeadersSayNothing() {
    List<List<String>> rows = List.of(
        List.of("a1", "+86 138 0013 8000", "li.na@example.cn", "1980-03-05"),
        List.of("a2", "(415) 555-2671", "bob@example.com", "1975-12-31"),
        List.of("a3", "0086-13800138000", "wang@qq.com", "2001-01-09"),
        List.of("a4", "138-0013-8000", "x@y.org", "1999-07-14"),
        List.of("a5", "020 7946 0958", "z@example.co.uk", "1964-02-29"));

    var mapping = mapper.map(List.of("col1", "col2", "col3", "col4"), rows);

    assertThat(fieldsOf(mapping)).containsExactly(
        Map.entry("col1", "-"), Map.entry("col2", "phone"), Map.entry("col3", "email"), Map.entry("col4", "date_of_birth"));
    assertThat(mapping.columns().get(1).source()).isEqualTo(MappingSource.CONTENT);
  }

  @Test
  void doesNotTakePlainNumbersForPhones() {
    List<List<String>> rows = List.of(List.of("1804974"), List.of("6089216"), List.of("2185997"),
        List.of("4314184"), List.of("9123456"));

    assertThat(mapper.map(List.of("code"), rows).mapped()).isEmpty();
  }

  @Test
  void explicitMappingWinsAndCanUnmap() {
    var mapping = mapper.map(List.of("Site name", "Phone", "Agency"),
        List.of(), Map.of("Agency", "company_name", "Phone", "-"));

    assertThat(fieldsOf(mapping)).containsExactly(
        Map.entry("Site name", "-"), Map.entry("Phone", "-"), Map.entry("Agency", "company_name"));
    assertThat(mapping.columns().get(2).source()).isEqualTo(MappingSource.EXPLICIT);
  }

  @Test
  void explicitMappingToAnUnknownFieldIsAnErrorNamingIt() {
    assertThatThrownBy(() -> mapper.map(List.of("a"), List.of(), Map.of("a", "shoe_size")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shoe_size");
  }
}
