package dev.golden.block;

import static dev.golden.record.Attribute.DATE_OF_BIRTH;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.record.RecordTable;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Records of an oversized block are ordered by their other attributes")
class NeighbourhoodOrderTest {
  @Test
  @DisplayName("family name first, then given name, then date of birth; missing values last; then input order")
  void ordersByAttributesThenIndex() {
    RecordTable table = RecordTable.builder(6)
        .add("0", 0, Map.of(FAMILY_NAME, "smith", GIVEN_NAME, "john", DATE_OF_BIRTH, "1980-01-02"))
        .add("1", 0, Map.of(FAMILY_NAME, "brown", GIVEN_NAME, "mary"))
        .add("2", 0, Map.of(GIVEN_NAME, "anna"))
        .add("3", 0, Map.of(FAMILY_NAME, "smith", GIVEN_NAME, "john", DATE_OF_BIRTH, "1980-01-01"))
        .add("4", 0, Map.of(FAMILY_NAME, "smith", GIVEN_NAME, "jane"))
        .add("5", 0, Map.of(FAMILY_NAME, "smith", GIVEN_NAME, "john", DATE_OF_BIRTH, "1980-01-01"))
        .build();

    int[] sorted = new NeighbourhoodOrder(table).sort(new int[] {0, 1, 2, 3, 4, 5});

    assertThat(sorted).containsExactly(1, 4, 3, 5, 0, 2);
  }

  @Test
  @DisplayName("a block is sorted the same whichever order its records come in")
  void independentOfBlockOrder() {
    RecordTable table = RecordTable.builder(4)
        .add("a", 0, Map.of(FAMILY_NAME, "wang", GIVEN_NAME, "wei"))
        .add("b", 0, Map.of(FAMILY_NAME, "li", GIVEN_NAME, "na"))
        .add("c", 0, Map.of(FAMILY_NAME, "wang", GIVEN_NAME, "fang"))
        .add("d", 0, Map.of(FAMILY_NAME, "li", GIVEN_NAME, "lei"))
        .build();
    NeighbourhoodOrder order = new NeighbourhoodOrder(table);

    assertThat(order.sort(new int[] {3, 2, 1, 0})).containsExactly(3, 1, 2, 0);
    assertThat(order.sort(new int[] {0, 2})).containsExactly(2, 0);
  }
}
