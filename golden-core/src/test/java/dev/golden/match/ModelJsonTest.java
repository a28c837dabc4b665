package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.golden.block.BlockingRule;
import dev.golden.compare.LevelKind;
import dev.golden.record.Attribute;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Models are saved as versioned, hand-writable JSON")
class ModelJsonTest {
  private static final String HAND_WRITTEN = """
      {
        "format": "golden-model",
        "version": 1,
        "link_type": "dedupe_only",
        "blocking_rules": [["family_name", "postcode"], ["email"]],
        "comparisons": [
          {"attribute": "given_name", "levels": [
            {"kind": "exact", "tf_adjusted": true},
            {"kind": "jaro_winkler", "threshold": 0.9, "label": "close"},
            {"kind": "attribute_exact", "attribute": "given_phonetic", "label": "same sound"}
          ]},
          {"name": "birth", "attribute": "date_of_birth", "levels": [{"kind": "exact"}, {"kind": "else"}]}
        ]
      }
      """;

  @TempDir Path dir;

  @Test
  @DisplayName("a trained model survives a round trip through a file: equal model, equal scores")
  void roundTrip() throws IOException {
    TrainedFixture fixture = TrainedFixture.get();
    Path file = dir.resolve("model.json");

    ModelJson.write(fixture.model(), file);
    MatchModel read = ModelJson.read(file);

    assertThat(read).isEqualTo(fixture.model());
    PairScorer before = new PairScorer(fixture.model(), fixture.table);
    PairScorer after = new PairScorer(read, fixture.table);
    var pairs = fixture.candidates.pairs();
    for (int p = 0; p < pairs.size(); p += Math.max(1, pairs.size() / 50)) {
      assertThat(after.weight(pairs.left(p), pairs.right(p))).isEqualTo(before.weight(pairs.left(p), pairs.right(p)));
    }
  }

  @Test
  @DisplayName("a trained model's address group is saved with its comparisons, conditions, m, u and move share")
  void groupInJson() {
    String json = ModelJson.toJson(TrainedFixture.get().model());

    assertThat(json).contains("\"groups\"", "\"name\" : \"address\"", "\"comparisons\" : [ \"street_address\"",
        "\"requires\" : [ \"given_name\", \"date_of_birth\" ]", "\"confirmed_by\" : [ \"phone\", \"date_of_birth\" ]",
        "\"moved\"");
  }

  private static final String GROUPED = """
      {
        "format": "golden-model",
        "version": 1,
        "comparisons": [
          {"attribute": "given_name", "levels": [{"kind": "exact"}]},
          {"attribute": "phone", "levels": [{"kind": "exact"}]},
          {"attribute": "city", "levels": [{"kind": "exact"}]},
          {"attribute": "postcode", "levels": [{"kind": "exact"}]}
        ],
        "groups": [{"name": "address", "comparisons": ["city", "postcode"], "requires": ["given_name"],
                    "confirmed_by": ["phone"]%s}]
      }
      """;

  @Test
  @DisplayName("a hand-written group needs its m and u: equal ones by default would erase every disagreement of its parts")
  void groupNeedsMAndU() throws IOException {
    MatchModel read = ModelJson.fromJson(GROUPED.formatted(", \"m\": 0.05, \"u\": 0.9"), "model.json");
    assertThat(read.groups()).singleElement().satisfies(g -> assertThat(g.moved()).isCloseTo(0.05 / 0.9, within(1e-12)));

    assertThatThrownBy(() -> ModelJson.fromJson(GROUPED.formatted(""), "model.json"))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("group 'address' needs m and u");
  }

  @Test
  @DisplayName("the JSON uses the record-linkage vocabulary and shows each level's match weight")
  void readableJson() {
    String json = ModelJson.toJson(TrainedFixture.get().model());

    assertThat(json).contains("\"format\" : \"golden-model\"", "\"probability_two_random_records_match\"",
        "\"blocking_rules\"", "\"comparisons\"", "\"kind\" : \"exact\"", "\"kind\" : \"else\"", "\"m\"", "\"u\"",
        "\"match_weight\"", "\"tf_adjusted\" : true");
  }

  @Test
  @DisplayName("a hand-written model without m and u loads with uninformative levels and default thresholds")
  void handWrittenModel() throws IOException {
    MatchModel model = ModelJson.fromJson(HAND_WRITTEN, "mine.json");

    assertThat(model.linkType()).isEqualTo(LinkType.DEDUPE_ONLY);
    assertThat(model.blockingRules()).containsExactly(
        BlockingRule.on(Attribute.FAMILY_NAME, Attribute.POSTCODE), BlockingRule.on(Attribute.EMAIL));
    assertThat(model.reviewThreshold()).isLessThanOrEqualTo(model.matchThreshold());

    ComparisonParameters given = model.comparisons().get(0);
    assertThat(given.comparison().name()).isEqualTo("given_name");
    assertThat(given.comparison().levels()).extracting(l -> l.kind())
        .containsExactly(LevelKind.EXACT, LevelKind.JARO_WINKLER, LevelKind.ATTRIBUTE_EXACT);
    assertThat(given.comparison().levels().get(0).termFrequencyAdjusted()).isTrue();
    assertThat(given.comparison().levels().get(1).threshold()).isEqualTo(0.9);
    assertThat(given.comparison().levels().get(2).attribute()).isEqualTo(Attribute.GIVEN_PHONETIC);
    assertThat(given.comparison().levelLabel(2)).isEqualTo("close");
    for (int level = 0; level < given.comparison().levelCount(); level++) {
      assertThat(given.weight(level)).isZero();
    }

    ComparisonParameters birth = model.comparisons().get(1);
    assertThat(birth.comparison().name()).isEqualTo("birth");
    assertThat(birth.comparison().levelCount()).as("null, exact, else").isEqualTo(3);
  }

  @Test
  @DisplayName("a file that is not a Golden model is rejected, naming the file")
  void wrongFormat() {
    assertThatThrownBy(() -> ModelJson.fromJson("{\"format\": \"splink\", \"version\": 1}", "settings.json"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("settings.json").hasMessageContaining("not a Golden model");
    assertThatThrownBy(() -> ModelJson.fromJson("[]", "list.json")).isInstanceOf(InvalidModelException.class);
    assertThatThrownBy(() -> ModelJson.fromJson("", "empty.json")).isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("empty.json");
  }

  @Test
  @DisplayName("an unsupported version is rejected, naming the version")
  void unsupportedVersion() {
    assertThatThrownBy(() -> ModelJson.fromJson(HAND_WRITTEN.replace("\"version\": 1", "\"version\": 2"), "new.json"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("new.json").hasMessageContaining("version 2");
  }

  @Test
  @DisplayName("an unknown attribute is rejected, naming it")
  void unknownAttribute() {
    assertThatThrownBy(() -> ModelJson.fromJson(HAND_WRITTEN.replace("\"date_of_birth\"", "\"shoe_size\""), "m.json"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("m.json").hasMessageContaining("shoe_size");
    assertThatThrownBy(() -> ModelJson.fromJson(HAND_WRITTEN.replace("[\"email\"]", "[\"e_mail\"]"), "m.json"))
        .as("in a blocking rule").isInstanceOf(InvalidModelException.class).hasMessageContaining("e_mail");
  }

  @Test
  @DisplayName("an unknown level kind is rejected, naming it")
  void unknownLevelKind() {
    assertThatThrownBy(() -> ModelJson.fromJson(HAND_WRITTEN.replace("\"jaro_winkler\"", "\"fuzzy\""), "m.json"))
        .isInstanceOf(InvalidModelException.class)
        .hasMessageContaining("m.json").hasMessageContainingAll("FUZZY");
  }

  @Test
  @DisplayName("thresholds out of order are rejected")
  void thresholdsOutOfOrder() {
    String json = HAND_WRITTEN.replace("\"version\": 1,", "\"version\": 1, \"match_threshold\": 0.4, \"review_threshold\": 0.8,");
    assertThatThrownBy(() -> ModelJson.fromJson(json, "m.json"))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("threshold");
  }

  @Test
  @DisplayName("malformed JSON is rejected, naming the file")
  void malformedJson() {
    assertThatThrownBy(() -> ModelJson.fromJson("{\"format\": \"golden-model\",", "broken.json"))
        .isInstanceOf(InvalidModelException.class).hasMessageContaining("broken.json");
  }
}
