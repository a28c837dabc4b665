package dev.golden.match;

import static dev.golden.record.Attribute.CITY;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static dev.golden.record.Attribute.POSTCODE;
import static dev.golden.record.Attribute.REGION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Places inside places: an agreement a finer place's agreement implies weighs nothing")
class PlaceHierarchyTest {
  private static final double GIVEN = 7.2;
  private static final double FAMILY = 7.0;
  private static final double CITY_EXACT = 5.3;
  private static final double REGION_EXACT = 4.8;
  private static final double POSTCODE_EXACT = 12.1;
  private static final double POSTCODE_ELSE = -4.4;
  private static final MatchModel MODEL = new MatchModel(MatchModel.FORMAT_VERSION, LinkType.DEDUPE_ONLY,
      1 / (1 + Math.pow(2, 12.6)), List.of(
          exactOrElse(GIVEN_NAME, GIVEN, -3.2),
          exactOrElse(FAMILY_NAME, FAMILY, -7.7),
          exactOrElse(CITY, CITY_EXACT, -6.7),
          exactOrElse(REGION, REGION_EXACT, -4.0),
          exactOrElse(POSTCODE, POSTCODE_EXACT, POSTCODE_ELSE)),
      List.of(BlockingRule.on(FAMILY_NAME)), 0.9, 0.5);

  private static ComparisonParameters exactOrElse(Attribute attribute, double exact, double otherwise) {
    Comparison comparison = Comparison.of(attribute).exact().build();
    return new ComparisonParameters(comparison, List.of(1.0, 0.01 * Math.pow(2, exact), 0.99 * Math.pow(2, otherwise)),
        List.of(1.0, 0.01, 0.99));
  }

  private static Map<Attribute, String> person(String city, String region, String postcode) {
    return Map.of(GIVEN_NAME, "ping", FAMILY_NAME, "gao", CITY, city, REGION, region, POSTCODE, postcode);
  }

  private static Explanation explain(Map<Attribute, String> a, Map<Attribute, String> b) {
    RecordTable table = RecordTable.builder(2).withColumns(List.of(Attribute.values()))
        .add("a", 0, a).add("b", 0, b).build();
    return new PairScorer(MODEL, table, (attribute, value) -> 0.01).explain(0, 1);
  }

  private static Explanation.Step step(Explanation explanation, String comparison) {
    return explanation.steps().stream().filter(s -> s.comparison().equals(comparison)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName("two records in the same postcode agree on its city and region for nothing more")
  void samePostcode() {
    Explanation explanation = explain(person("nanjing", "jiangsu", "210123"), person("nanjing", "jiangsu", "210123"));

    assertThat(step(explanation, "postcode").total()).isCloseTo(POSTCODE_EXACT, within(1e-9));
    assertThat(step(explanation, "city").total()).isZero();
    assertThat(step(explanation, "city").level()).isEqualTo("exact, implied by postcode");
    assertThat(step(explanation, "region").total()).isZero();
    assertThat(explanation.matchWeight())
        .isCloseTo(explanation.priorWeight() + GIVEN + FAMILY + POSTCODE_EXACT, within(1e-9));
  }

  @Test
  @DisplayName("in the same city but another postcode, the city counts and implies the region")
  void sameCityOtherPostcode() {
    Explanation explanation = explain(person("nanjing", "jiangsu", "210123"), person("nanjing", "jiangsu", "210008"));

    assertThat(step(explanation, "city").total()).isCloseTo(CITY_EXACT, within(1e-9));
    assertThat(step(explanation, "region").total()).isZero();
    assertThat(step(explanation, "region").level()).isEqualTo("exact, implied by city");
    assertThat(explanation.matchWeight())
        .isCloseTo(explanation.priorWeight() + GIVEN + FAMILY + CITY_EXACT + POSTCODE_ELSE, within(1e-9));
  }

  @Test
  @DisplayName("an agreement on the region alone counts as it is")
  void sameRegionOnly() {
    Explanation explanation = explain(person("nanjing", "jiangsu", "210123"), person("suzhou", "jiangsu", "215000"));

    assertThat(step(explanation, "region").total()).isCloseTo(REGION_EXACT, within(1e-9));
  }
}
