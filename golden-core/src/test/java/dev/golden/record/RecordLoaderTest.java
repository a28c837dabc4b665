package dev.golden.record;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.dictionary.DataDictionary;
import dev.golden.io.CsvOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordLoaderTest {
  @TempDir
  Path dir;

  private LoadedRecords load(String csv) throws IOException {
    Path file = Files.writeString(dir.resolve("customers.csv"), csv);
    return new RecordLoader(DataDictionary.defaults(), CsvOptions.defaults(), Map.of(), Optional.empty())
        .load(List.of(file), bytes -> {});
  }

  @Test
  void equalValuesShareOneIdInRecordOrder() throws IOException {
    LoadedRecords records = load("""
        customer_id,given_name,family_name,city
        c1,Robert,Smith,Sydney
        c2,Bob,Smith,SYDNEY
        c3,Mary,Jones,Perth
        """);

    EncodedColumn city = records.table().require(Attribute.CITY);
    assertThat(city.id(0)).isEqualTo(city.id(1)).isZero();
    assertThat(city.id(2)).isEqualTo(1);
    assertThat(records.table().require(Attribute.GIVEN_NAME).value(1)).isEqualTo("robert");
    assertThat(records.table().recordId(2)).isEqualTo("c3");
  }

  @Test
  void fieldsAreListedInTheOrderTheyFirstHaveAValue() throws IOException {
    LoadedRecords records = load("""
        customer_id,email,given_name,city
        c1,,Ann,Perth
        c2,ann@example.com,Ann,Perth
        """);

    assertThat(records.fields().fields()).containsExactly("customer_id", "given_name", "city", "email");
    assertThat(records.fields().value(0, 3)).isEmpty();
    assertThat(records.fields().value(1, 3)).contains("ann@example.com");
  }

  @Test
  void attributesThatNoRecordHasAreAbsent() throws IOException {
    LoadedRecords records = load("""
        customer_id,given_name,family_name
        c1,Ann,Lee
        """);

    assertThat(records.table().column(Attribute.PHONE)).isEmpty();
    assertThat(records.table().attributes()).contains(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME);
  }

  @Test
  void aRepeatedRecordIdIsRefused() {
    assertThatThrownBy(() -> load("""
        customer_id,given_name
        c1,Ann
        c1,Bob
        """)).isInstanceOf(InvalidInputException.class).hasMessageContaining("'c1' appears more than once");
  }
}
