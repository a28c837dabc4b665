package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.record.Attribute;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A customer's index fields")
class IndexFieldsTest {
  private static final Map<Attribute, String> SMITH = Map.of(
      Attribute.GIVEN_NAME, "william", Attribute.FAMILY_NAME, "smith",
      Attribute.GIVEN_PHONETIC, "ALM", Attribute.FAMILY_PHONETIC, "SM0",
      Attribute.POSTCODE, "sw1a 1aa", Attribute.DATE_OF_BIRTH, "1980-02-03");

  @Test
  @DisplayName("include the compound keys of the batch engine's specific blocking rules the customer has every attribute of")
  void compoundKeys() {
    Set<String> keys = IndexFields.blockKeys(SMITH);

    assertThat(keys).contains("GIVEN_NAME+FAMILY_NAME:william\u001fsmith", "FAMILY_PHONETIC+POSTCODE:SM0\u001fsw1a 1aa");
    assertThat(keys).as("no city: no rule on a city").noneMatch(key -> key.contains("CITY"));
    assertThat(keys).as("a date of birth is a key of its own").noneMatch(key -> key.contains("DATE_OF_BIRTH"));
  }

  @Test
  @DisplayName("leave out the rules on an attribute a look-up already proposes candidates by")
  void withoutAttributes() {
    assertThat(IndexFields.blockKeys(SMITH, EnumSet.of(Attribute.POSTCODE)))
        .containsExactly("GIVEN_NAME+FAMILY_NAME:william\u001fsmith", "GIVEN_PHONETIC+FAMILY_PHONETIC:ALM\u001fSM0");
  }

  @Test
  @DisplayName("index the compound keys as terms of their own field")
  void indexed() {
    assertThat(IndexFields.document("c1", SMITH).getValues(IndexFields.BLOCK))
        .containsExactlyInAnyOrderElementsOf(IndexFields.blockKeys(SMITH));
  }
}
