package dev.golden.compare;

import static dev.golden.record.Attribute.COMPANY_NAME;
import static dev.golden.record.Attribute.DATE_OF_BIRTH;
import static dev.golden.record.Attribute.EMAIL;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static dev.golden.record.Attribute.GIVEN_PHONETIC;
import static dev.golden.record.Attribute.HOUSE_NUMBER;
import static dev.golden.record.Attribute.PHONE;
import static dev.golden.record.Attribute.POSTCODE;
import static dev.golden.record.Attribute.STREET_ADDRESS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.record.Attribute;
import dev.golden.record.RecordTable;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A comparison gives a pair the first level whose test passes")
class ComparisonEvaluatorTest {

  /** The label of the level the pair (a, b) gets. */
  private static String level(Comparison comparison, Map<Attribute, String> a, Map<Attribute, String> b) {
    RecordTable table = RecordTable.builder(2).add("a", 0, a).add("b", 0, b).build();
    ComparisonEvaluator evaluator = new ComparisonEvaluator(comparison, table);
    int level = evaluator.level(0, 1);
    assertThat(evaluator.level(1, 0)).as("levels are symmetric").isEqualTo(level);
    return comparison.levelLabel(level);
  }

  private static String level(Comparison comparison, String a, String b) {
    return level(comparison, Map.of(comparison.attribute(), a), Map.of(comparison.attribute(), b));
  }

  @Test
  @DisplayName("a value missing on either side gives the null level (index 0), whatever the other side")
  void missingValueIsTheNullLevel() {
    Comparison family = Comparison.of(FAMILY_NAME).exact().jaroWinkler(0.8).build();
    RecordTable table = RecordTable.builder(3)
        .add("1", 0, Map.of(FAMILY_NAME, "smith"))
        .add("2", 0, Map.of(GIVEN_NAME, "john"))
        .add("3", 0, Map.of(GIVEN_NAME, "jane"))
        .build();
    ComparisonEvaluator evaluator = new ComparisonEvaluator(family, table);

    assertThat(evaluator.level(0, 1)).isZero();
    assertThat(evaluator.level(1, 0)).isZero();
    assertThat(evaluator.level(1, 2)).as("missing on both sides is not agreement").isZero();
    assertThat(family.levelLabel(0)).isEqualTo("null");
  }

  @Test
  @DisplayName("no passing test gives the else level, the last index")
  void noPassingTestIsTheElseLevel() {
    Comparison family = Comparison.of(FAMILY_NAME).exact().jaroWinkler(0.8).build();
    RecordTable table = RecordTable.builder(2)
        .add("1", 0, Map.of(FAMILY_NAME, "smith"))
        .add("2", 0, Map.of(FAMILY_NAME, "nguyen"))
        .build();

    assertThat(new ComparisonEvaluator(family, table).level(0, 1)).isEqualTo(family.elseLevel()).isEqualTo(3);
    assertThat(family.levelLabel(family.elseLevel())).isEqualTo("else");
  }

  @Test
  @DisplayName("levels are tried in order: an identical pair gets exact even though looser levels also pass")
  void firstPassingLevelWins() {
    Comparison given = Comparison.of(GIVEN_NAME).jaroWinkler(0.8).exact().build();
    assertThat(level(given, "martha", "martha")).as("the looser level listed first wins").isEqualTo("jaro-winkler >= 0.8");

    Comparison ordered = Comparison.of(GIVEN_NAME).exact().jaroWinkler(0.8).build();
    assertThat(level(ordered, "martha", "martha")).isEqualTo("exact");
  }

  @Test
  @DisplayName("exact: identical values only")
  void exact() {
    Comparison city = Comparison.of(Attribute.CITY).exact().build();
    assertThat(level(city, "cleveland", "cleveland")).isEqualTo("exact");
    assertThat(level(city, "cleveland", "clevelend")).isEqualTo("else");
  }

  @Test
  @DisplayName("jaro-winkler: a typo passes the high threshold, a variant only the low one, a different name neither")
  void jaroWinklerThresholds() {
    Comparison given = Comparison.of(GIVEN_NAME).exact().jaroWinkler(0.92).jaroWinkler(0.8).build();

    assertThat(level(given, "martha", "marhta")).isEqualTo("jaro-winkler >= 0.92");
    assertThat(level(given, "dwayne", "duane")).isEqualTo("jaro-winkler >= 0.8");
    assertThat(level(given, "martha", "joseph")).isEqualTo("else");
  }

  @Test
  @DisplayName("damerau-levenshtein: a transposed or mistyped digit is one edit, two changes are too many")
  void damerauLevenshtein() {
    Comparison postcode = Comparison.of(POSTCODE).exact().damerauLevenshtein(1).build();

    assertThat(level(postcode, "2119", "2191")).as("transposition").isEqualTo("damerau-levenshtein <= 1");
    assertThat(level(postcode, "2119", "2118")).as("substitution").isEqualTo("damerau-levenshtein <= 1");
    assertThat(level(postcode, "2119", "3165")).isEqualTo("else");
  }

  @Test
  @DisplayName("token set: company names agree whatever the word order once legal forms are removed")
  void tokenSet() {
    // "ACME Trading Ltd" and "Trading ACME Limited" after standardization removed the legal form.
    Comparison company = Comparison.of(COMPANY_NAME).exact().tokenSet(0.9).build();

    assertThat(level(company, "acme trading", "trading acme")).isEqualTo("token set >= 0.9");
    assertThat(level(company, "golden dragon trading", "golden dragon")).as("a dropped word").isEqualTo("token set >= 0.9");
    assertThat(level(company, "golden dragon trading", "golden dargon tradign")).as("typos").isEqualTo("token set >= 0.9");
    assertThat(level(company, "golden dragon trading", "silver lotus trading")).isEqualTo("else");
  }

  @Test
  @DisplayName("jaccard: shared tokens over all tokens")
  void jaccard() {
    Comparison street = Comparison.of(STREET_ADDRESS).jaccard(0.6).build();

    assertThat(level(street, "wallaby place", "place wallaby")).isEqualTo("jaccard >= 0.6");
    assertThat(level(street, "old wallaby place", "wallaby place")).as("2 of 3").isEqualTo("jaccard >= 0.6");
    assertThat(level(street, "old wallaby place", "wallaby street")).as("1 of 4").isEqualTo("else");
  }

  @Test
  @DisplayName("swapped: \"john smith\" and \"smith john\" agree with given and family names crossed")
  void swappedGivenAndFamilyNames() {
    Comparison given = Comparison.of(GIVEN_NAME).exact().swappedWith(FAMILY_NAME).build();

    assertThat(level(given, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith"), Map.of(GIVEN_NAME, "smith", FAMILY_NAME, "john")))
        .isEqualTo("swapped with family_name");
    assertThat(level(given, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith"), Map.of(GIVEN_NAME, "smith", FAMILY_NAME, "jones")))
        .as("only one half crossed").isEqualTo("else");
    assertThat(level(given, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith"), Map.of(GIVEN_NAME, "smith")))
        .as("the partner missing on one side").isEqualTo("else");
  }

  @Test
  @DisplayName("swapped with typos: both crossings close enough by Jaro-Winkler")
  void swappedWithTypos() {
    Comparison given = Comparison.of(GIVEN_NAME).swappedWith(FAMILY_NAME, 0.88).build();

    assertThat(level(given, Map.of(GIVEN_NAME, "russell", FAMILY_NAME, "sofia"), Map.of(GIVEN_NAME, "sosfia", FAMILY_NAME, "russell")))
        .startsWith("swapped with family_name");
    assertThat(level(given, Map.of(GIVEN_NAME, "russell", FAMILY_NAME, "sofia"), Map.of(GIVEN_NAME, "maria", FAMILY_NAME, "russell")))
        .isEqualTo("else");
  }

  @Test
  @DisplayName("cross match: a given name typed into the family name field of the other record")
  void crossMatch() {
    Comparison family = Comparison.of(FAMILY_NAME).crossMatch(GIVEN_NAME, 0.9).build();

    assertThat(level(family, Map.of(GIVEN_NAME, "thomas", FAMILY_NAME, "gabriel"), Map.of(FAMILY_NAME, "thomas")))
        .isEqualTo("matches the other's given_name");
    assertThat(level(family, Map.of(FAMILY_NAME, "thomas"), Map.of(GIVEN_NAME, "thomas", FAMILY_NAME, "gabriel")))
        .as("either direction").isEqualTo("matches the other's given_name");
    assertThat(level(family, Map.of(GIVEN_NAME, "anna", FAMILY_NAME, "gabriel"), Map.of(FAMILY_NAME, "thomas")))
        .isEqualTo("else");
  }

  @Test
  @DisplayName("same sound: names spelt differently with one phonetic code agree on the second attribute")
  void samePhoneticCode() {
    Comparison given = Comparison.of(GIVEN_NAME).exact().sameAttribute("same sound", GIVEN_PHONETIC).build();

    assertThat(level(given, Map.of(GIVEN_NAME, "catherine", GIVEN_PHONETIC, "K0RN"),
        Map.of(GIVEN_NAME, "kathryn", GIVEN_PHONETIC, "K0RN"))).isEqualTo("same sound");
    assertThat(level(given, Map.of(GIVEN_NAME, "catherine", GIVEN_PHONETIC, "K0RN"),
        Map.of(GIVEN_NAME, "mary", GIVEN_PHONETIC, "MR"))).isEqualTo("else");
    assertThat(level(given, Map.of(GIVEN_NAME, "catherine"), Map.of(GIVEN_NAME, "kathryn")))
        .as("no phonetic code on either side is no agreement").isEqualTo("else");
  }

  @Test
  @DisplayName("initial: \"j\" agrees with \"john\" either way round, but two initials only when exact")
  void initial() {
    Comparison given = Comparison.of(GIVEN_NAME).exact().initial().build();

    assertThat(level(given, "j", "john")).isEqualTo("initial");
    assertThat(level(given, "john", "j")).isEqualTo("initial");
    assertThat(level(given, "j", "mary")).isEqualTo("else");
    assertThat(level(given, "j", "k")).isEqualTo("else");
  }

  @Test
  @DisplayName("last 7 digits: a phone with and without country and area code agrees")
  void lastDigitsOfPhones() {
    Comparison phone = Comparison.of(PHONE).exact().lastDigits(7).build();

    assertThat(level(phone, "+61298765432", "98765432")).isEqualTo("last 7 digits");
    assertThat(level(phone, "+8613800138000", "13800138000")).isEqualTo("last 7 digits");
    assertThat(level(phone, "+61298765432", "+61298765431")).isEqualTo("else");
    assertThat(level(phone, "+61298765432", "65432")).as("too few digits").isEqualTo("else");
  }

  @Test
  @DisplayName("email local part: the same mailbox name at another provider")
  void emailLocalPart() {
    Comparison email = Comparison.of(EMAIL).exact().emailLocalPart().build();

    assertThat(level(email, "ann.lee@gmail.com", "ann.lee@gmail.com")).isEqualTo("exact");
    assertThat(level(email, "ann.lee@gmail.com", "ann.lee@outlook.com")).isEqualTo("same local part");
    assertThat(level(email, "ann.lee@gmail.com", "lee.ann@gmail.com")).isEqualTo("else");
  }

  @Test
  @DisplayName("dates: day and month swapped, then within a number of days")
  void dates() {
    Comparison birth = Comparison.of(DATE_OF_BIRTH).exact().dayMonthSwapped().daysApart(366).build();

    assertThat(level(birth, "1985-03-07", "1985-03-07")).isEqualTo("exact");
    assertThat(level(birth, "1985-03-07", "1985-07-03")).isEqualTo("day and month swapped");
    assertThat(level(birth, "1985-03-07", "1985-12-01")).isEqualTo("within 366 days");
    assertThat(level(birth, "1985-03-07", "1984-12-31")).isEqualTo("within 366 days");
    assertThat(level(birth, "1985-03-07", "1990-03-07")).isEqualTo("else");
    assertThat(level(birth, "1985-03-07", "19850307")).as("not an ISO date").isEqualTo("else");
  }

  @Test
  @DisplayName("number within: leading numbers a few apart, as house numbers typed 12 and 14 or 12a")
  void numberWithin() {
    Comparison house = Comparison.of(HOUSE_NUMBER).exact().numberWithin(2).build();

    assertThat(level(house, "12", "14")).isEqualTo("number within 2");
    assertThat(level(house, "12a", "12")).isEqualTo("number within 2");
    assertThat(level(house, "12", "21")).isEqualTo("else");
    assertThat(level(house, "rear", "12")).as("no number").isEqualTo("else");
  }

  @Test
  @DisplayName("prefix: the first characters agree, and both values are at least that long")
  void prefix() {
    Comparison street = Comparison.of(STREET_ADDRESS).exact().prefix(4).build();

    assertThat(level(street, "wallaby place", "wallace street")).isEqualTo("first 4 characters");
    assertThat(level(street, "wallaby place", "walker road")).isEqualTo("else");
    assertThat(level(street, "wal", "wal street")).isEqualTo("else");
  }

  @Test
  @DisplayName("given the value ids the caller already read, a pair gets the same level as from the records alone")
  void levelFromKnownValueIds() {
    Comparison given = Comparison.of(GIVEN_NAME).exactWithTermFrequency().swappedWith(FAMILY_NAME).jaroWinkler(0.92)
        .crossMatch(FAMILY_NAME, 0.9).jaroWinkler(0.8).build();
    RecordTable table = RecordTable.builder(5)
        .add("1", 0, Map.of(GIVEN_NAME, "john", FAMILY_NAME, "smith"))
        .add("2", 0, Map.of(GIVEN_NAME, "smith", FAMILY_NAME, "john"))
        .add("3", 0, Map.of(GIVEN_NAME, "jon", FAMILY_NAME, "smyth"))
        .add("4", 0, Map.of(GIVEN_NAME, "john"))
        .add("5", 0, Map.of(GIVEN_NAME, "mary", FAMILY_NAME, "jones"))
        .build();
    ComparisonEvaluator evaluator = new ComparisonEvaluator(given, table);
    ComparisonEvaluator.Memo memo = new ComparisonEvaluator.Memo();
    for (int a = 0; a < table.size(); a++) {
      for (int b = 0; b < table.size(); b++) {
        int byIds = evaluator.level(a, b, evaluator.column().id(a), evaluator.column().id(b), memo);
        assertThat(byIds).as("records %d and %d", a, b).isEqualTo(evaluator.level(a, b));
      }
    }
    assertThat(given.levelLabel(evaluator.level(0, 3))).isEqualTo("exact");
    assertThat(given.levelLabel(evaluator.level(0, 1))).isNotEqualTo("else");
  }

  @Test
  @DisplayName("every level kind is specified above")
  void everyKindIsCovered() {
    Set<LevelKind> covered = EnumSet.of(LevelKind.EXACT, LevelKind.JARO_WINKLER, LevelKind.DAMERAU_LEVENSHTEIN,
        LevelKind.TOKEN_SET, LevelKind.JACCARD, LevelKind.ATTRIBUTE_EXACT, LevelKind.SWAPPED_WITH, LevelKind.CROSS_MATCH, LevelKind.INITIAL,
        LevelKind.LAST_DIGITS, LevelKind.EMAIL_LOCAL_PART, LevelKind.DAY_MONTH_SWAPPED, LevelKind.DAYS_APART,
        LevelKind.NUMBER_WITHIN, LevelKind.PREFIX,
        LevelKind.RARE_WORDS); // specified in RareWordOverlapTest, as it needs a column of many values
    assertThat(covered).as("a new LevelKind needs a test here")
        .containsExactlyInAnyOrderElementsOf(Arrays.stream(LevelKind.values()).collect(Collectors.toSet()));
  }

  @Test
  @DisplayName("a comparison needs at least one level, and only exact levels are term-frequency adjusted")
  void invalidComparisons() {
    assertThatThrownBy(() -> Comparison.of(GIVEN_NAME).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("given_name");
    assertThatThrownBy(() -> new ComparisonLevel("jw", LevelKind.JARO_WINKLER, 0.9, GIVEN_NAME, true))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("term-frequency");
  }

  @Test
  @DisplayName("comparing an attribute no record has is an error naming it")
  void attributeNoRecordHas() {
    RecordTable table = RecordTable.builder(1).add("1", 0, Map.of(GIVEN_NAME, "ann")).build();
    assertThatThrownBy(() -> new ComparisonEvaluator(Comparison.of(EMAIL).exact().build(), table))
        .hasMessageContaining("EMAIL");
  }
}
