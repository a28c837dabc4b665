package dev.golden.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Period;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("The data dictionary")
class DataDictionaryTest {
  private final DataDictionary dictionary = DataDictionary.defaults();

  @Test
  void shipsAFieldForEveryRole() {
    for (Role role : Role.values()) {
      assertThat(dictionary.fieldsWith(role)).as("fields with role %s", role).isNotEmpty();
    }
  }

  @Test
  void hasOneExplicitMissingValueAndItsPlaceholders() {
    assertThat(dictionary.missingValue()).isEqualTo("unavailable");
    assertThat(dictionary.missingPlaceholders()).contains("n/a", "unknown", "null", "none", "-", "不详", "无");
  }

  @Test
  void marksBillingAddressAndServiceLevelAsProtected() {
    assertThat(dictionary.field("billing_address")).get().extracting(FieldDefinition::protectedField).isEqualTo(true);
    assertThat(dictionary.field("service_level")).get().extracting(FieldDefinition::protectedField).isEqualTo(true);
    assertThat(dictionary.field("given_name")).get().extracting(FieldDefinition::protectedField).isEqualTo(false);
  }

  @Test
  void givesContactDataAFreshnessInterval() {
    assertThat(dictionary.field("phone").orElseThrow().freshFor()).isEqualTo(Period.ofYears(1));
    assertThat(dictionary.field("date_of_birth").orElseThrow().freshFor()).isEqualTo(Period.ZERO);
  }

  @Test
  void survivesAJsonRoundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("dictionary.json");
    Files.writeString(file, dictionary.toJson());

    assertThat(DataDictionary.load(file)).isEqualTo(dictionary);
  }

  @Test
  void rejectsAFieldWithoutRoleNamingTheField(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"fields\": [{\"name\": \"shoe_size\"}]}");

    assertThatThrownBy(() -> DataDictionary.load(file))
        .isInstanceOf(InvalidDictionaryException.class)
        .hasMessageContaining("shoe_size")
        .hasMessageContaining("role");
  }

  @Test
  void rejectsAnInvalidValidationPattern(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"fields\": [{\"name\": \"zip\", \"role\": \"postcode\", \"validation_pattern\": \"[0-9\"}]}");

    assertThatThrownBy(() -> DataDictionary.load(file))
        .isInstanceOf(InvalidDictionaryException.class)
        .hasMessageContaining("zip");
  }

  @Test
  void rejectsDuplicateFieldNames(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"fields\": [{\"name\": \"a\", \"role\": \"city\"}, {\"name\": \"a\", \"role\": \"city\"}]}");

    assertThatThrownBy(() -> DataDictionary.load(file)).hasMessageContaining("'a' is defined twice");
  }
}
