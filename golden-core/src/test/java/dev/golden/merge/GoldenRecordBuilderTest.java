package dev.golden.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.dictionary.Survivorship;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Golden records keep the surviving value of each field and where it came from")
class GoldenRecordBuilderTest {
  /** Three source records of one customer; later rows are more recent. */
  private final SourceValues values = new SourceValues() {
    private final String[][] rows = {
        {"r1", "bob smith", "+14155552671", "221 baker st", "crm"},
        {"r2", "robert smith", "+14155552671", null, "webshop"},
        {"r3", "robert j smith", "+14155550000", "10 market st", "webshop"},
    };

    @Override
    public List<String> fields() {
      return List.of("full_name", "phone", "street_address");
    }

    @Override
    public String recordId(int record) {
      return rows[record][0];
    }

    @Override
    public Optional<String> value(int record, int field) {
      return Optional.ofNullable(rows[record][field + 1]);
    }

    @Override
    public long recency(int record) {
      return record;
    }

    @Override
    public Optional<String> source(int record) {
      return Optional.of(rows[record][4]);
    }
  };

  @Test
  void appliesEachFieldsRuleAndKeepsLineage() {
    var builder = new GoldenRecordBuilder(Map.of(
        "full_name", Survivorship.MOST_COMPLETE,
        "phone", Survivorship.MOST_FREQUENT,
        "street_address", Survivorship.MOST_RECENT), List.of());

    GoldenRecord golden = builder.build("r1", List.of(0, 1, 2), values);

    assertThat(golden.memberIds()).containsExactly("r1", "r2", "r3");
    assertThat(golden.value("full_name")).get().extracting(SurvivedValue::value, SurvivedValue::sourceRecordId)
        .containsExactly("robert j smith", "r3");
    assertThat(golden.value("phone")).get().extracting(SurvivedValue::value, SurvivedValue::support)
        .containsExactly("+14155552671", 2);
    assertThat(golden.value("street_address")).get().extracting(SurvivedValue::value, SurvivedValue::sourceRecordId)
        .containsExactly("10 market st", "r3");
  }

  @Test
  void mostTrustedSourceWinsOverRecency() {
    var builder = new GoldenRecordBuilder(Map.of("street_address", Survivorship.MOST_TRUSTED_SOURCE), List.of("crm", "webshop"));

    GoldenRecord golden = builder.build("r1", List.of(0, 1, 2), values);

    assertThat(golden.value("street_address")).get().extracting(SurvivedValue::value, SurvivedValue::sourceRecordId)
        .containsExactly("221 baker st", "r1");
  }

  @Test
  void aFieldNoMemberHasIsAbsent() {
    var builder = new GoldenRecordBuilder(Map.of(), List.of());

    GoldenRecord golden = builder.build("r2", List.of(1), values);

    assertThat(golden.value("street_address")).isEmpty();
    assertThat(golden.value("full_name")).get().extracting(SurvivedValue::value).isEqualTo("robert smith");
  }
}
