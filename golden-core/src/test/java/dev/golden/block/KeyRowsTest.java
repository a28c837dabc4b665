package dev.golden.block;

import static dev.golden.record.Attribute.CITY;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static dev.golden.record.Attribute.POSTCODE;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Key rows answer whether a rule holds for a pair exactly as the rule compiled against the table")
class KeyRowsTest {
  private final RecordTable table = RecordTable.builder(5)
      .add("a", 0, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith", POSTCODE, "2119", CITY, "sydney"))
      .add("b", 0, Map.of(GIVEN_NAME, "jon", FAMILY_NAME, "smith", POSTCODE, "2119", CITY, "sydney"))
      .add("c", 0, Map.of(FAMILY_NAME, "smith", POSTCODE, "2119"))
      .add("d", 0, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith", CITY, "melbourne"))
      .add("e", 0, Map.of(GIVEN_NAME, "mary", POSTCODE, "3000", CITY, "melbourne"))
      .build();

  private final List<BlockingRule> rules = List.of(BlockingRule.on(GIVEN_NAME, FAMILY_NAME),
      BlockingRule.on(FAMILY_NAME, POSTCODE), BlockingRule.on(CITY), BlockingRule.on(POSTCODE, FAMILY_NAME));

  @Test
  @DisplayName("every rule, every ordered pair: missing values never agree, shared attributes are read once")
  void agreesWithCompiledRules() {
    KeyRows keys = new KeyRows(table, rules);
    for (int r = 0; r < rules.size(); r++) {
      BlockingRule.Compiled compiled = rules.get(r).compile(table);
      for (int a = 0; a < table.size(); a++) {
        for (int b = 0; b < table.size(); b++) {
          assertThat(keys.holds(r, a, b)).as("rule %d, records %d and %d", r, a, b).isEqualTo(compiled.holds(a, b));
        }
      }
    }
  }

  @Test
  @DisplayName("a record without the attribute does not agree even with itself")
  void missingNeverAgrees() {
    KeyRows keys = new KeyRows(table, rules);

    assertThat(keys.holds(0, 0, 3)).as("john smith and john smith").isTrue();
    assertThat(keys.holds(0, 2, 2)).as("c has no given name").isFalse();
    assertThat(keys.holds(2, 3, 4)).as("both in melbourne").isTrue();
  }
}
