package dev.golden.block;

import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static dev.golden.record.Attribute.POSTCODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Candidate pairs come from OR-ed blocking rules, each pair once")
class CandidateGeneratorTest {
  private static final int NO_LIMIT = 1_000;

  private static CandidateGenerator.Result generate(RecordTable table, int maxBlockSize, int window, boolean linkOnly,
      BlockingRule... rules) {
    return new CandidateGenerator(List.of(rules), maxBlockSize, window, linkOnly).generate(table);
  }

  /** The pairs as "idA-idB", left index smaller than right. */
  private static List<String> pairs(CandidateGenerator.Result result, RecordTable table) {
    CandidatePairs pairs = result.pairs();
    List<String> ids = new ArrayList<>();
    for (int p = 0; p < pairs.size(); p++) {
      assertThat(pairs.left(p)).as("left index before right").isLessThan(pairs.right(p));
      ids.add(table.recordId(pairs.left(p)) + "-" + table.recordId(pairs.right(p)));
    }
    return ids;
  }

  private static Map<Attribute, String> person(String given, String family, String postcode) {
    return Map.of(GIVEN_NAME, given, FAMILY_NAME, family, POSTCODE, postcode);
  }

  @Test
  @DisplayName("a pair agreeing on two rules is a candidate once, credited to the first rule")
  void pairAgreeingOnTwoRulesAppearsOnce() {
    RecordTable table = RecordTable.builder(3)
        .add("a", 0, person("john", "smith", "2119"))
        .add("b", 0, person("jon", "smith", "2119"))
        .add("c", 0, person("mary", "jones", "2119"))
        .build();

    var result = generate(table, NO_LIMIT, 10, false, BlockingRule.on(FAMILY_NAME), BlockingRule.on(POSTCODE));

    assertThat(pairs(result, table)).containsExactlyInAnyOrder("a-b", "a-c", "b-c");
    assertThat(result.report().candidatePairs()).isEqualTo(3);
    assertThat(result.report().rules()).extracting(BlockingReport.RuleReport::newPairs).containsExactly(1L, 2L);
    assertThat(result.report().rules().get(0).rule()).isEqualTo("l.family_name = r.family_name");
  }

  @Test
  @DisplayName("records must agree exactly on every attribute of a rule")
  void exactKeyAgreement() {
    RecordTable table = RecordTable.builder(4)
        .add("a", 0, person("john", "smith", "2119"))
        .add("b", 0, person("john", "smyth", "2119"))
        .add("c", 0, person("john", "smith", "2120"))
        .add("d", 0, person("jon", "smith", "2119"))
        .build();

    var result = generate(table, NO_LIMIT, 10, false, BlockingRule.on(FAMILY_NAME, POSTCODE));

    assertThat(pairs(result, table)).containsExactly("a-d");
    assertThat(result.report().rules().get(0).rule()).isEqualTo("l.family_name = r.family_name and l.postcode = r.postcode");
  }

  @Test
  @DisplayName("records missing a key attribute never block together, not even with each other")
  void missingKeysNeverBlockTogether() {
    RecordTable table = RecordTable.builder(4)
        .add("a", 0, Map.of(GIVEN_NAME, "john"))
        .add("b", 0, Map.of(GIVEN_NAME, "john"))
        .add("c", 0, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith"))
        .add("d", 0, Map.of(GIVEN_NAME, "mary", FAMILY_NAME, "smith"))
        .build();

    var result = generate(table, NO_LIMIT, 10, false, BlockingRule.on(GIVEN_NAME, FAMILY_NAME), BlockingRule.on(FAMILY_NAME));

    assertThat(pairs(result, table)).containsExactly("c-d");
  }

  @Test
  @DisplayName("linking two sources pairs records only across them")
  void linkOnlyPairsAcrossSources() {
    RecordTable table = RecordTable.builder(4)
        .add("crm-1", 0, person("john", "smith", "2119"))
        .add("crm-2", 0, person("jane", "smith", "2119"))
        .add("erp-1", 1, person("john", "smith", "2119"))
        .add("erp-2", 1, person("j", "smith", "2119"))
        .build();

    assertThat(pairs(generate(table, NO_LIMIT, 10, true, BlockingRule.on(FAMILY_NAME)), table))
        .containsExactlyInAnyOrder("crm-1-erp-1", "crm-1-erp-2", "crm-2-erp-1", "crm-2-erp-2");
    assertThat(pairs(generate(table, NO_LIMIT, 10, false, BlockingRule.on(FAMILY_NAME)), table))
        .as("deduplicating pairs within sources too").hasSize(6);
  }

  @Test
  @DisplayName("an oversized block is reported and compared within a sliding window, not all-to-all")
  void oversizedBlockIsComparedWithinAWindow() {
    RecordTable.Builder builder = RecordTable.builder(100);
    for (int i = 0; i < 100; i++) {
      builder.add("r" + i, 0, person("given" + i, "smith", "2119"));
    }
    builder.add("x1", 0, person("ann", "lee", "3000")).add("x2", 0, person("anne", "lee", "3000"));
    RecordTable table = builder.build();

    var result = generate(table, 10, 3, false, BlockingRule.on(FAMILY_NAME));

    // Each of the 100 smiths meets the next 3 in the window: 97 * 3 + 2 + 1, instead of 4,950.
    assertThat(result.pairs().size()).isEqualTo(97 * 3 + 2 + 1 + 1);
    BlockingReport.RuleReport report = result.report().rules().get(0);
    assertThat(report.largestBlock()).isEqualTo(100);
    assertThat(report.oversizedBlocks()).containsExactly(new BlockingReport.OversizedBlock("smith", 100));
    assertThat(pairs(result, table)).contains("x1-x2");
  }

  @Test
  @DisplayName("a block of exactly the size limit is still compared all-to-all")
  void blockAtTheLimitIsComparedAllToAll() {
    RecordTable.Builder builder = RecordTable.builder(10);
    for (int i = 0; i < 10; i++) {
      builder.add("r" + i, 0, person("given" + i, "smith", "2119"));
    }
    var result = generate(builder.build(), 10, 3, false, BlockingRule.on(FAMILY_NAME));

    assertThat(result.pairs().size()).isEqualTo(45);
    assertThat(result.report().rules().get(0).oversizedBlocks()).isEmpty();
  }

  @Test
  @DisplayName("inside an oversized block, records sorted by name meet their namesakes even with a window of 1")
  void windowOrdersRecordsByTheirOtherAttributes() {
    RecordTable.Builder builder = RecordTable.builder(60);
    for (int i = 0; i < 60; i++) {
      // Two records of "zoe" at opposite ends of the input, among 58 other people of the postcode.
      String given = i == 0 || i == 59 ? "zoe" : "given" + (char) ('a' + i % 26) + i;
      builder.add("r" + i, 0, Map.of(GIVEN_NAME, given, FAMILY_NAME, "lee", POSTCODE, "2119"));
    }
    RecordTable table = builder.build();

    var result = generate(table, 10, 1, false, BlockingRule.on(POSTCODE));

    assertThat(result.pairs().size()).isEqualTo(59);
    assertThat(pairs(result, table)).contains("r0-r59");
  }

  @Test
  @DisplayName("a generator needs at least one rule, and a rule at least one attribute")
  void invalidConfiguration() {
    assertThatThrownBy(() -> new CandidateGenerator(List.of(), 10, 3, false)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BlockingRule(List.of())).isInstanceOf(IllegalArgumentException.class);
  }
}
