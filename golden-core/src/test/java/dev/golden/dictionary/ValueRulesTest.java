package dev.golden.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A field's value rules: picklist ignoring case, pattern on the whole value")
class ValueRulesTest {

  private static FieldDefinition field(List<String> picklist, String pattern) {
    return new FieldDefinition("f", Role.CATEGORY, null, null, false, picklist, pattern, false, null, null, null);
  }

  @Test
  void acceptsAPicklistValueInAnyCaseAndRefusesOthers() {
    ValueRules rules = ValueRules.of(field(List.of("Premium", "basic"), null));

    assertThat(rules.inPicklist("premium")).isTrue();
    assertThat(rules.inPicklist("BASIC")).isTrue();
    assertThat(rules.inPicklist("gold")).isFalse();
    assertThat(rules.allows("gold")).isFalse();
  }

  @Test
  void matchesThePatternAgainstTheWholeValue() {
    ValueRules rules = ValueRules.of(field(null, "[0-9]{4}"));

    assertThat(rules.matchesPattern("2000")).isTrue();
    assertThat(rules.matchesPattern("20001")).isFalse();
    assertThat(rules.allows("x2000")).isFalse();
  }

  @Test
  void aFieldWithoutRulesTakesAnyValue() {
    ValueRules rules = ValueRules.of(field(null, null));

    assertThat(rules.allows("anything at all")).isTrue();
  }

  @Test
  void aValueMustKeepBothRules() {
    ValueRules rules = ValueRules.of(field(List.of("AB12", "ab1"), "[A-Z]{2}[0-9]{2}"));

    assertThat(rules.allows("ab12")).as("in the picklist, but lower case fails the pattern").isFalse();
    assertThat(rules.allows("AB12")).isTrue();
    assertThat(rules.allows("AB1")).as("in the picklist, too short for the pattern").isFalse();
  }
}
