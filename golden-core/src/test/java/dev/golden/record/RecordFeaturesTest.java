package dev.golden.record;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.MappingSource;
import dev.golden.standardize.Standardization;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Features of a single record")
class RecordFeaturesTest {
  private static final DataDictionary DICTIONARY = DataDictionary.defaults();

  private static java.util.Map<Attribute, String> features(List<String> fields, List<String> raw) {
    List<MappedColumn> columns = new ArrayList<>();
    FieldDefinition[] byColumn = new FieldDefinition[fields.size()];
    for (int i = 0; i < fields.size(); i++) {
      byColumn[i] = DICTIONARY.field(fields.get(i)).orElseThrow();
      columns.add(new MappedColumn(i, fields.get(i), Optional.of(byColumn[i]), MappingSource.EXPLICIT, 1));
    }
    return RecordFeatures.of(DICTIONARY, new ColumnMapping(columns))
        .extract(Standardization.of(DICTIONARY).standardizeRow(byColumn, raw));
  }

  @Test
  @DisplayName("a traditional Han name becomes simplified characters and pinyin; a phone its E.164 form and last digits")
  void hanNameAndPhone() {
    var features = features(List.of("full_name", "phone", "country"), List.of("張偉", "138 0013 8000", "CN"));

    assertThat(features).containsEntry(Attribute.HAN_NAME, "张伟")
        .containsEntry(Attribute.FAMILY_NAME, "zhang")
        .containsEntry(Attribute.GIVEN_NAME, "wei")
        .containsEntry(Attribute.PHONE, "+8613800138000")
        .containsEntry(Attribute.PHONE_TAIL, "0138000");
  }

  @Test
  @DisplayName("a whole Han name with a title in the family-name field gives the same names as the name split in two fields")
  void wholeHanNameInTheFamilyField() {
    var whole = features(List.of("family_name", "country"), List.of("宋彤先生", "CN"));
    var split = features(List.of("family_name", "given_name", "country"), List.of("宋", "彤", "CN"));

    assertThat(whole).containsEntry(Attribute.FAMILY_NAME, "song").containsEntry(Attribute.GIVEN_NAME, "tong")
        .containsEntry(Attribute.HAN_NAME, "宋彤");
    for (Attribute name : List.of(Attribute.FAMILY_NAME, Attribute.GIVEN_NAME, Attribute.HAN_NAME,
        Attribute.NAME_TOKENS, Attribute.GIVEN_PHONETIC, Attribute.FAMILY_PHONETIC)) {
      assertThat(whole.get(name)).as(name.name()).isEqualTo(split.get(name));
    }
  }

  @Test
  @DisplayName("attributes the record lacks are absent, not empty")
  void absentAttributes() {
    var features = features(List.of("given_name", "family_name", "email"), List.of("Bob", "Smith", ""));

    assertThat(features).containsEntry(Attribute.FAMILY_NAME, "smith").containsKey(Attribute.FAMILY_PHONETIC)
        .doesNotContainKeys(Attribute.EMAIL, Attribute.PHONE, Attribute.HAN_NAME);
  }

  @Test
  @DisplayName("a web site column holding yes/no flags gives no web site, so two \"yes\" records do not agree on one")
  void flagsAreNotWebSites() {
    assertThat(features(List.of("company_name", "website"), List.of("Acme Ltd", "yes")))
        .doesNotContainKey(Attribute.WEBSITE);
    assertThat(features(List.of("company_name", "website"), List.of("Acme Ltd", "https://www.Acme.com/")))
        .containsEntry(Attribute.WEBSITE, "acme.com");
  }
}
