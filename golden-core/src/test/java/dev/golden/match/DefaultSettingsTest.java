package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonEvaluator;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The comparisons and blocking rules chosen without configuration")
class DefaultSettingsTest {

  /** Sites of organisations: a name, a street with its house number, no postcode for most. */
  private static RecordTable sites() {
    RecordTable.Builder builder = RecordTable.builder(40);
    for (int i = 0; i < 40; i++) {
      builder.add("s" + i, 0, Map.of(
          Attribute.COMPANY_NAME, "site " + i,
          Attribute.STREET_ADDRESS, "s wentworth" + (i % 2 == 0 ? "" : " ave"),
          Attribute.HOUSE_NUMBER, String.valueOf(4300 + i / 2)));
    }
    return builder.build();
  }

  private static Comparison comparisonOf(RecordTable table, Attribute attribute) {
    return DefaultSettings.comparisons(table).stream().filter(c -> c.attribute() == attribute).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("a house number range (5332-34) meets one of its numbers (5332) at a level of its own, not at 'else'")
  void houseNumberRangeAgreesWithItsFirstNumber() {
    RecordTable table = RecordTable.builder(3)
        .add("range", 0, Map.of(Attribute.HOUSE_NUMBER, "5332-34"))
        .add("first", 0, Map.of(Attribute.HOUSE_NUMBER, "5332"))
        .add("other", 0, Map.of(Attribute.HOUSE_NUMBER, "5334"))
        .build();
    Comparison houseNumber = comparisonOf(table, Attribute.HOUSE_NUMBER);
    ComparisonEvaluator evaluator = new ComparisonEvaluator(houseNumber, table);

    assertThat(houseNumber.levelLabel(evaluator.level(0, 1))).isEqualTo("number within 0");
    assertThat(houseNumber.levelLabel(evaluator.level(1, 2))).as("5332 and 5334 are different houses")
        .isNotEqualTo("number within 0").isNotEqualTo("exact");
  }

  @Test
  @DisplayName("without postcodes, records are still blocked on the house number alone when it is affordable")
  void houseNumberAloneBlocksWhenPostcodesAreMissing() {
    // "4300 S Wentworth" and "4300 S Wentworth Ave" share no street key: the house number is what they share.
    List<BlockingRule> rules = DefaultSettings.blockingRules(sites());

    assertThat(rules).extracting(BlockingRule::attributes).contains(List.of(Attribute.HOUSE_NUMBER));
  }

  @Test
  @DisplayName("above 200,000 records a rule on email or whole names may add twice the pairs of a rule on phonetic code and city")
  void secondaryRulesGetHalfTheBudgetOfLargeFiles() {
    BlockingRule email = BlockingRule.on(Attribute.EMAIL);
    BlockingRule names = BlockingRule.on(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME);
    BlockingRule phoneticCity = BlockingRule.on(Attribute.FAMILY_PHONETIC, Attribute.CITY);

    assertThat(DefaultSettings.pairBudget(email, 1_000_000)).isEqualTo(2_000_000);
    assertThat(DefaultSettings.pairBudget(names, 1_000_000)).isEqualTo(2_000_000);
    assertThat(DefaultSettings.pairBudget(phoneticCity, 1_000_000)).isEqualTo(1_000_000);
  }

  @Test
  @DisplayName("small files block every rule with the same generous floor of 200,000 pairs")
  void smallFilesKeepTheFloor() {
    for (BlockingRule rule : List.of(BlockingRule.on(Attribute.EMAIL), BlockingRule.on(Attribute.COMPANY_NAME))) {
      assertThat(DefaultSettings.pairBudget(rule, 5_000)).isEqualTo(200_000);
    }
  }
}
