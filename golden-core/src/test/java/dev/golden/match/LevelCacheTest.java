package dev.golden.match;

import static dev.golden.record.Attribute.CITY;
import static dev.golden.record.Attribute.FAMILY_NAME;
import static dev.golden.record.Attribute.GIVEN_NAME;
import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonEvaluator;
import dev.golden.record.RecordTable;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Caching the levels of repeated value pairs")
class LevelCacheTest {
  private static final Comparison CITY_JW = Comparison.of(CITY).exactWithTermFrequency().jaroWinkler(0.88).build();
  private static final List<String> CITIES = List.of("melbourne", "melborne", "sydney", "shanghai", "shangai");

  /** Eight records per city, so every city repeats. */
  private static RecordTable manyPeoplePerCity() {
    RecordTable.Builder builder = RecordTable.builder(CITIES.size() * 8);
    for (int i = 0; i < CITIES.size() * 8; i++) {
      builder.add("r" + i, 0, Map.of(CITY, CITIES.get(i % CITIES.size()), GIVEN_NAME, "ann" + i, FAMILY_NAME, "lee"));
    }
    return builder.build();
  }

  @Test
  @DisplayName("a cached level is the level the comparison computes, for first and repeated value pairs")
  void cachedLevelsEqualComputedLevels() {
    RecordTable table = manyPeoplePerCity();
    ComparisonEvaluator evaluator = new ComparisonEvaluator(CITY_JW, table);
    LevelCache cache = LevelCache.of(evaluator);
    ComparisonEvaluator.Memo memo = new ComparisonEvaluator.Memo();
    for (int round = 0; round < 2; round++) {
      for (int a = 0; a < table.size(); a++) {
        for (int b = 0; b < table.size(); b++) {
          int idA = evaluator.column().id(a);
          int idB = evaluator.column().id(b);
          assertThat(cache.level(a, b, idA, idB, memo)).isEqualTo(evaluator.level(a, b));
        }
      }
    }
  }

  @Test
  @DisplayName("pays for a fuzzy comparison of repeating values, not for unique values or a second attribute")
  void paysOnlyWhereLevelsFollowFromRepeatingValues() {
    RecordTable table = manyPeoplePerCity();
    Comparison givenSwapped = Comparison.of(GIVEN_NAME).exact().swappedWith(FAMILY_NAME).jaroWinkler(0.9).build();
    Comparison givenAlone = Comparison.of(GIVEN_NAME).exact().jaroWinkler(0.9).build();
    Comparison cityExact = Comparison.of(CITY).exact().build();

    assertThat(LevelCache.pays(new ComparisonEvaluator(CITY_JW, table))).isTrue();
    assertThat(LevelCache.pays(new ComparisonEvaluator(cityExact, table))).as("an id comparison is cheaper than a lookup").isFalse();
    assertThat(LevelCache.pays(new ComparisonEvaluator(givenAlone, table))).as("every given name differs").isFalse();
    assertThat(LevelCache.pays(new ComparisonEvaluator(givenSwapped, table))).as("reads the family name too").isFalse();
  }
}
