package dev.golden.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Rare words shared: word overlap weighed by how rare each word is in the column")
class RareWordOverlapTest {
  private static final List<String> SCHOOLS = List.of("mason", "beethoven", "bethune", "hamline", "seward",
      "goudy", "henson", "cardenas", "farragut", "peck", "mckay", "woodlawn");
  private static final List<String> CENTRES = List.of("little angels", "jones academy", "young achievers",
      "near the pier", "tots express", "little elite");

  /** Early-childhood sites: many schools of one district, many "... child care services". */
  private static RecordTable sites(String... more) {
    RecordTable.Builder builder = RecordTable.builder(40);
    int n = 0;
    for (String school : SCHOOLS) {
      builder.add("s" + n++, 0, Map.of(Attribute.COMPANY_NAME, "chicago public schools " + school));
    }
    for (String centre : CENTRES) {
      builder.add("s" + n++, 0, Map.of(Attribute.COMPANY_NAME, centre + " child care services"));
    }
    for (String name : more) {
      builder.add("s" + n++, 0, Map.of(Attribute.COMPANY_NAME, name));
    }
    return builder.build();
  }

  private static double similarity(RecordTable table, int a, int b) {
    EncodedColumn column = table.require(Attribute.COMPANY_NAME);
    return new RareWordOverlap(column).similarity(column.id(a), column.id(b));
  }

  @Test
  @DisplayName("a site named with and without its parent organisation shares most of its rare words")
  void siteWithAndWithoutItsParent() {
    RecordTable table = sites("easter seals society of metropolitan chicago it takes a village",
        "it takes a village child care services");
    int parent = table.size() - 2;
    int site = table.size() - 1;

    assertThat(similarity(table, parent, site)).isGreaterThanOrEqualTo(0.5);
    assertThat(similarity(table, site, parent)).as("symmetric").isEqualTo(similarity(table, parent, site));
  }

  @Test
  @DisplayName("two schools of one district share only the words every school has")
  void schoolsOfOneDistrict() {
    // Plain token overlap would find 3 of 4 words here.
    assertThat(similarity(sites(), 0, 1)).isLessThan(0.5);
  }

  @Test
  @DisplayName("equal values share everything, values without common words nothing")
  void bounds() {
    RecordTable table = sites("chicago public schools mason");
    assertThat(similarity(table, 0, table.size() - 1)).isCloseTo(1.0, within(1e-12));
    assertThat(similarity(table, 0, SCHOOLS.size())).isLessThan(0.2);
  }

  @Test
  @DisplayName("is a company name level of the default comparison, between 'token set >= 0.6' and 'else'")
  void levelOfTheCompanyComparison() {
    RecordTable table = sites("easter seals society of metropolitan chicago it takes a village",
        "it takes a village child care services");
    Comparison company = Comparison.of(Attribute.COMPANY_NAME).exact().tokenSet(0.6).rareWords(0.5).build();
    ComparisonEvaluator evaluator = new ComparisonEvaluator(company, table);

    assertThat(company.levelLabel(evaluator.level(table.size() - 2, table.size() - 1))).isEqualTo("rare words shared >= 0.5");
    assertThat(company.levelLabel(evaluator.level(0, SCHOOLS.size()))).isEqualTo("else");
  }
}
