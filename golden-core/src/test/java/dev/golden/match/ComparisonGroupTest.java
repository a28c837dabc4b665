package dev.golden.match;

import static dev.golden.record.Attribute.CITY;
import static dev.golden.record.Attribute.COMPANY_NAME;
import static dev.golden.record.Attribute.DATE_OF_BIRTH;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static dev.golden.record.Attribute.HOUSE_NUMBER;
import static dev.golden.record.Attribute.PHONE;
import static dev.golden.record.Attribute.POSTCODE;
import static dev.golden.record.Attribute.STREET_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The parts of an address count as one change when a customer moved")
class ComparisonGroupTest {
  private static final List<String> ADDRESS = List.of("street_address", "house_number", "city", "postcode");
  private static final List<String> PEOPLE = List.of("given_name", "date_of_birth");
  private static final List<String> KEPT = List.of("phone", "date_of_birth");
  /** 6% of matches moved: m / u of the whole address differing. */
  private static final ComparisonGroup MOVES = new ComparisonGroup("address", ADDRESS, PEOPLE, KEPT, 0.054, 0.9);

  /** Exact or else, with the given weights in bits. */
  private static ComparisonParameters exactOrElse(Attribute attribute, double exact, double otherwise) {
    Comparison comparison = Comparison.of(attribute).exact().build();
    double uExact = 0.01;
    double uElse = 0.99;
    return new ComparisonParameters(comparison, List.of(1.0, uExact * Math.pow(2, exact), uElse * Math.pow(2, otherwise)),
        List.of(1.0, uExact, uElse));
  }

  /** The weights of a duplicate that moved, as a model trained on generated customers gave them. */
  private static MatchModel model(List<ComparisonGroup> groups) {
    double prior = 1 / (1 + Math.pow(2, 12.6));
    return new MatchModel(MatchModel.FORMAT_VERSION, LinkType.DEDUPE_ONLY, prior, List.of(
        exactOrElse(GIVEN_NAME, 7.16, -3.2),
        exactOrElse(FAMILY_NAME, 7.03, -7.7),
        exactOrElse(COMPANY_NAME, 9.4, -4.5),
        exactOrElse(PHONE, 12.74, -3.9),
        exactOrElse(STREET_ADDRESS, 7.2, -8.00),
        exactOrElse(HOUSE_NUMBER, 8.7, -7.88),
        exactOrElse(CITY, 5.3, -6.67),
        exactOrElse(POSTCODE, 12.9, -4.35),
        exactOrElse(DATE_OF_BIRTH, 11.88, -2.9)),
        List.of(BlockingRule.on(FAMILY_NAME)), 0.9, 0.5, List.of("given_name", "date_of_birth"), groups);
  }

  private static Map<Attribute, String> person(String given, String phone, String dob, String street, String house,
      String city, String postcode) {
    Map<Attribute, String> values = new HashMap<>(Map.of(GIVEN_NAME, given, FAMILY_NAME, "harrison", STREET_ADDRESS,
        street, HOUSE_NUMBER, house, CITY, city, POSTCODE, postcode));
    values.put(PHONE, phone);
    values.put(DATE_OF_BIRTH, dob);
    return values;
  }

  private static final Map<Attribute, String> BEFORE =
      person("jason", "+61435473336", "1970-10-18", "george ln", "119", "adelaide", "5058");
  private static final Map<Attribute, String> MOVED =
      person("jason", "+61435473336", "1970-10-18", "castle blvd", "79", "melbourne", "3067");
  private static final Map<Attribute, String> NAMESAKE_ELSEWHERE =
      person("jason", "+61499999999", "1985-02-01", "castle blvd", "79", "melbourne", "3067");
  private static final Map<Attribute, String> NEIGHBOUR =
      person("jason", "+61435473336", "1970-10-18", "king st", "4", "adelaide", "5058");

  private static RecordTable table(List<Map<Attribute, String>> records) {
    RecordTable.Builder builder = RecordTable.builder(records.size()).withColumns(List.of(Attribute.values()));
    for (int i = 0; i < records.size(); i++) {
      builder.add("r" + i, 0, records.get(i));
    }
    return builder.build();
  }

  @Test
  @DisplayName("a duplicate with the same name, phone and date of birth at a new address in another city is a match, where the parts' sum would miss it")
  void aMoveIsOneChange() {
    RecordTable table = table(List.of(BEFORE, MOVED));
    PairScorer grouped = new PairScorer(model(List.of(MOVES)), table);
    PairScorer independent = new PairScorer(model(List.of()), table);

    assertThat(independent.probability(0, 1)).isLessThan(0.5);
    assertThat(grouped.probability(0, 1)).isGreaterThanOrEqualTo(0.9);
    // The four else weights (-26.9 bits) become about log2 of the move share.
    double address = -8.00 - 7.88 - 6.67 - 4.35;
    assertThat(grouped.weight(0, 1) - independent.weight(0, 1))
        .isCloseTo(ComparisonParameters.log2(MOVES.moved()) - address, within(0.01));
  }

  @Test
  @DisplayName("the explanation shows the allowance for a move as a step of its own, and the steps still sum to the match weight")
  void explainedAsAStep() {
    Explanation explanation = new PairScorer(model(List.of(MOVES)), table(List.of(BEFORE, MOVED))).explain(0, 1);

    Explanation.Step step = explanation.steps().get(explanation.steps().size() - 1);
    assertThat(step.comparison()).isEqualTo("address");
    assertThat(step.level()).isEqualTo("allowing for a move (6.0% of matches)");
    assertThat(step.total()).isGreaterThan(20);
    double sum = explanation.priorWeight() + explanation.steps().stream().mapToDouble(Explanation.Step::total).sum();
    assertThat(sum).isCloseTo(explanation.matchWeight(), within(1e-9));
    assertThat(explanation.toText()).contains("address", "allowing for a move");
  }

  @Test
  @DisplayName("a namesake at that address with another phone and date of birth is not confirmed as a mover: the address counts part by part")
  void unconfirmedMovesCountPartByPart() {
    RecordTable table = table(List.of(BEFORE, NAMESAKE_ELSEWHERE));

    assertThat(new PairScorer(model(List.of(MOVES)), table).weight(0, 1))
        .isEqualTo(new PairScorer(model(List.of()), table).weight(0, 1));
    assertThat(new PairScorer(model(List.of(MOVES)), table).explain(0, 1).steps())
        .noneMatch(step -> step.comparison().equals("address"));
  }

  @Test
  @DisplayName("companies are not grouped: a branch differs from its head office by its address alone")
  void companiesAreNotGrouped() {
    Map<Attribute, String> office = Map.of(COMPANY_NAME, "acme", PHONE, "+61255501234", STREET_ADDRESS, "george st",
        HOUSE_NUMBER, "1", CITY, "sydney", POSTCODE, "2000");
    Map<Attribute, String> branch = Map.of(COMPANY_NAME, "acme", PHONE, "+61255501234", STREET_ADDRESS, "collins st",
        HOUSE_NUMBER, "8", CITY, "melbourne", POSTCODE, "3000");
    RecordTable table = table(List.of(office, branch));

    assertThat(new PairScorer(model(List.of(MOVES)), table).weight(0, 1))
        .isEqualTo(new PairScorer(model(List.of()), table).weight(0, 1));
  }

  @Test
  @DisplayName("an address that agrees keeps its parts' weight, less the small chance that a match moved")
  void agreementKeepsItsWeight() {
    double parts = 7.2 + 8.7 + 5.3 + 12.9;

    assertThat(MOVES.weight(parts)).isCloseTo(parts + ComparisonParameters.log2(1 - MOVES.moved()), within(1e-6));
  }

  @Test
  @DisplayName("a move within the city (new street, same city and postcode) is weighed on its parts: the postcode's agreement, which implies the city's")
  void partlyAgreeingAddress() {
    RecordTable table = table(List.of(BEFORE, NEIGHBOUR));
    double parts = -8.00 - 7.88 + 12.9;

    Explanation explanation = new PairScorer(model(List.of(MOVES)), table).explain(0, 1);

    assertThat(explanation.steps().get(explanation.steps().size() - 1).total())
        .isCloseTo(MOVES.weight(parts) - parts, within(1e-9));
    assertThat(MOVES.weight(parts)).isGreaterThan(ComparisonParameters.log2(MOVES.moved()));
  }

  @Test
  @DisplayName("more differing parts never raise the weight, and however many differ it never falls below log2 of the move share")
  void boundedAndMonotone() {
    double previous = Double.POSITIVE_INFINITY;
    for (double parts = 30; parts >= -60; parts -= 0.5) {
      double weight = MOVES.weight(parts);
      assertThat(weight).isLessThanOrEqualTo(previous).isGreaterThanOrEqualTo(ComparisonParameters.log2(MOVES.moved()));
      previous = weight;
    }
  }

  @Test
  @DisplayName("a learnt share above one half is taken as one half: a group most matches change would tell nothing")
  void moveShareIsCapped() {
    assertThat(new ComparisonGroup("address", ADDRESS, PEOPLE, KEPT, 0.9, 0.9).moved()).isEqualTo(0.5);
  }

  @Test
  @DisplayName("a model refuses a group of unknown comparisons, or one comparison in two groups")
  void validated() {
    ComparisonGroup unknown = new ComparisonGroup("address", List.of("street_address", "region"), PEOPLE, KEPT, 0.05, 0.9);
    assertThatThrownBy(() -> model(List.of(unknown))).hasMessageContaining("'region'");
    ComparisonGroup overlapping = new ComparisonGroup("place", List.of("city", "postcode"), PEOPLE, KEPT, 0.05, 0.9);
    assertThatThrownBy(() -> model(List.of(MOVES, overlapping))).hasMessageContaining("more than one group");
  }
}
