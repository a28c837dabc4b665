package dev.golden.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.record.Attribute;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A candidate's attribute values")
class AttributeValuesTest {
  private static final Map<Attribute, String> FEATURES = Map.of(Attribute.PHONE, "+14155550134",
      Attribute.GIVEN_NAME, "jonathan", Attribute.FAMILY_NAME, "smith", Attribute.CITY, "san francisco");

  @Test
  @DisplayName("equal to the map they were copied from, in attribute order")
  void copy() {
    Map<Attribute, String> copy = AttributeValues.copyOf(new HashMap<>(FEATURES));

    assertThat(copy).isEqualTo(FEATURES).hasSameHashCodeAs(FEATURES);
    assertThat(copy.keySet()).containsExactly(Attribute.GIVEN_NAME, Attribute.FAMILY_NAME, Attribute.PHONE,
        Attribute.CITY);
    assertThat(copy.get(Attribute.CITY)).isEqualTo("san francisco");
    assertThat(copy.get(Attribute.EMAIL)).isNull();
    assertThat(copy.containsKey(Attribute.EMAIL)).isFalse();
    List<Attribute> visited = new ArrayList<>();
    copy.forEach((attribute, value) -> visited.add(attribute));
    assertThat(visited).containsExactlyElementsOf(copy.keySet());
  }

  @Test
  @DisplayName("decoded from the index, the same as the attributes indexed")
  void decoded() {
    Candidate candidate = FeatureCodec.decode(FeatureCodec.encode("c-smith", FEATURES), 2.5f);

    assertThat(candidate.customerId()).isEqualTo("c-smith");
    assertThat(candidate.score()).isEqualTo(2.5f);
    assertThat(candidate.features()).isEqualTo(FEATURES).hasSize(4);
  }

  @Test
  @DisplayName("immutable, so a candidate keeps them as they are instead of copying them again")
  void immutable() {
    Map<Attribute, String> copy = AttributeValues.copyOf(FEATURES);

    assertThat(AttributeValues.copyOf(copy)).isSameAs(copy);
    assertThat(new Candidate("c-smith", 1f, copy).features()).isSameAs(copy);
    assertThatThrownBy(() -> copy.put(Attribute.EMAIL, "jon@example.com")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> copy.remove(Attribute.PHONE)).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(copy::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(copy).hasSize(4);
  }

  @Test
  @DisplayName("a candidate made from a map someone else may change keeps a copy")
  void candidateCopies() {
    Map<Attribute, String> mutable = new HashMap<>(FEATURES);
    Candidate candidate = new Candidate("c-smith", 1f, mutable);

    mutable.put(Attribute.EMAIL, "jon@example.com");

    assertThat(candidate.features()).isEqualTo(FEATURES);
  }
}
