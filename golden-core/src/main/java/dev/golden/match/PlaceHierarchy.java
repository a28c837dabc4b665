package dev.golden.match;

import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonLevel;
import dev.golden.compare.LevelKind;
import dev.golden.record.Attribute;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Places inside places: a postcode lies in one city and a city in one region, so two records that
 * agree on the postcode agree on the city and the region too, whether they are one customer or
 * neighbours. Summed as independent evidence, as Fellegi–Sunter sums comparisons, the city's and
 * the region's agreements add some ten bits to what the postcode already said, and a namesake in
 * the same postcode looks like a duplicate. An exact agreement that a finer place's exact
 * agreement implies therefore weighs nothing (its term-frequency adjustment included).
 */
final class PlaceHierarchy {
  /** Each place with the finer places whose agreement implies its own. */
  private static final Map<Attribute, List<Attribute>> WITHIN = Map.of(
      Attribute.CITY, List.of(Attribute.POSTCODE),
      Attribute.REGION, List.of(Attribute.CITY, Attribute.POSTCODE));

  /** Per comparison, the comparisons whose exact agreement implies its own; empty for most. */
  private final int[][] impliedBy;
  /** Per comparison, the number of its exact level, or -1 where it has none. */
  private final int[] exactLevel;

  PlaceHierarchy(List<Comparison> comparisons) {
    int c = comparisons.size();
    exactLevel = new int[c];
    impliedBy = new int[c][];
    for (int i = 0; i < c; i++) {
      int exact = comparisons.get(i).levels().stream().map(ComparisonLevel::kind).toList().indexOf(LevelKind.EXACT);
      exactLevel[i] = exact < 0 ? -1 : exact + 1;
    }
    for (int i = 0; i < c; i++) {
      List<Attribute> finer = WITHIN.getOrDefault(comparisons.get(i).attribute(), List.of());
      impliedBy[i] = IntStream.range(0, c)
          .filter(j -> exactLevel[j] > 0 && finer.contains(comparisons.get(j).attribute()))
          .toArray();
    }
  }

  /**
   * The comparison whose exact agreement implies this comparison's exact agreement in a pair at
   * these packed levels, or -1 where the comparison's level counts as it is.
   */
  int impliedBy(int comparison, long pattern) {
    if (impliedBy[comparison].length == 0 || PatternCodec.level(pattern, comparison) != exactLevel[comparison]) {
      return -1;
    }
    for (int finer : impliedBy[comparison]) {
      if (PatternCodec.level(pattern, finer) == exactLevel[finer]) {
        return finer;
      }
    }
    return -1;
  }
}
