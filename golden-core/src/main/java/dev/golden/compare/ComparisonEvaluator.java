package dev.golden.compare;

import dev.golden.record.Attribute;
import dev.golden.record.EncodedColumn;
import dev.golden.record.RecordTable;

/**
 * A {@link Comparison} compiled against one {@link RecordTable}: gives the level of any pair of
 * records. Thread-safe.
 */
public final class ComparisonEvaluator {
  /**
   * Similarities computed once per pair and shared by the levels that test them at different
   * thresholds. Most pairs (random ones above all) fall below the lowest threshold, which the
   * early-exit test finds without computing the similarity itself. One memo per thread: callers
   * scoring many pairs create one and pass it to every call.
   */
  public static final class Memo {
    double jaroWinkler;
    double tokenSet;

    void reset() {
      jaroWinkler = Double.NaN;
      tokenSet = Double.NaN;
    }
  }

  private final Comparison comparison;
  private final EncodedColumn column;
  private final double lowestJaroWinkler;
  private final LevelTest[] tests;
  private final boolean readsOwnValuesOnly;
  /** Whether the first level is exact agreement: then equal value ids settle the level at once. */
  private final boolean exactFirst;

  public ComparisonEvaluator(Comparison comparison, RecordTable table) {
    this.comparison = comparison;
    this.column = table.require(comparison.attribute());
    this.lowestJaroWinkler = comparison.levels().stream().filter(l -> l.kind() == LevelKind.JARO_WINKLER)
        .mapToDouble(ComparisonLevel::threshold).min().orElse(1);
    this.tests = comparison.levels().stream().map(level -> compile(level, table)).toArray(LevelTest[]::new);
    this.readsOwnValuesOnly = comparison.levels().stream().allMatch(level -> level.attribute() == comparison.attribute());
    this.exactFirst = !comparison.levels().isEmpty() && comparison.levels().get(0).kind() == LevelKind.EXACT;
  }

  public Comparison comparison() {
    return comparison;
  }

  /** The compared attribute of every record. */
  public EncodedColumn column() {
    return column;
  }

  /**
   * Whether a pair's level depends on its two values of the compared attribute alone, no level
   * reading a second attribute: then two pairs with the same two value ids have the same level.
   */
  public boolean readsOwnValuesOnly() {
    return readsOwnValuesOnly;
  }

  /** The level index of a pair: 0 null, 1..n the first passing level, n+1 else. */
  public int level(int a, int b) {
    return level(a, b, new Memo());
  }

  /** The level index of a pair, reusing the caller's memo (not shared between threads). */
  public int level(int a, int b, Memo memo) {
    int idA = column.id(a);
    int idB = column.id(b);
    if (idA == EncodedColumn.MISSING || idB == EncodedColumn.MISSING) {
      return 0;
    }
    return level(a, b, idA, idB, memo);
  }

  /**
   * The level index of records a and b whose value ids of the compared attribute, both present,
   * the caller already holds: the levels read the values by id, not the records' column entries
   * again (for millions of pairs over a million records, those reads are cache misses).
   */
  public int level(int a, int b, int idA, int idB, Memo memo) {
    if (idA == idB && exactFirst) {
      return 1;
    }
    memo.reset();
    for (int i = 0; i < tests.length; i++) {
      if (tests[i].test(a, b, idA, idB, memo)) {
        return i + 1;
      }
    }
    return tests.length + 1;
  }


  private LevelTest compile(ComparisonLevel level, RecordTable table) {
    EncodedColumn own = column;
    double t = level.threshold();
    return switch (level.kind()) {
      case EXACT -> (a, b, idA, idB, memo) -> idA == idB;
      case JARO_WINKLER -> (a, b, idA, idB, memo) -> jaroWinkler(idA, idB, memo) >= t;
      case DAMERAU_LEVENSHTEIN -> (a, b, idA, idB, memo) ->
          DamerauLevenshtein.distance(own.valueOfId(idA), own.valueOfId(idB), (int) t) <= (int) t;
      case TOKEN_SET -> (a, b, idA, idB, memo) -> tokenSet(idA, idB, memo) >= t;
      case RARE_WORDS -> {
        RareWordOverlap overlap = new RareWordOverlap(own);
        yield (a, b, idA, idB, memo) -> overlap.similarity(idA, idB) >= t;
      }
      case JACCARD -> (a, b, idA, idB, memo) -> Jaccard.similarity(own.valueOfId(idA), own.valueOfId(idB)) >= t;
      case ATTRIBUTE_EXACT -> attributeExact(table, level.attribute());
      case SWAPPED_WITH -> swapped(table, level.attribute(), t);
      case CROSS_MATCH -> crossMatch(table, level.attribute(), t);
      case INITIAL -> (a, b, idA, idB, memo) -> ValueChecks.isInitialOf(own.valueOfId(idA), own.valueOfId(idB))
          || ValueChecks.isInitialOf(own.valueOfId(idB), own.valueOfId(idA));
      case LAST_DIGITS -> (a, b, idA, idB, memo) -> Digits.sameLastN(own.valueOfId(idA), own.valueOfId(idB), (int) t);
      case EMAIL_LOCAL_PART -> (a, b, idA, idB, memo) -> ValueChecks.sameLocalPart(own.valueOfId(idA), own.valueOfId(idB));
      case DAY_MONTH_SWAPPED -> (a, b, idA, idB, memo) -> DateDistance.isDayMonthSwap(own.valueOfId(idA), own.valueOfId(idB));
      case DAYS_APART -> (a, b, idA, idB, memo) -> DateDistance.daysBetween(own.valueOfId(idA), own.valueOfId(idB)) <= t;
      case NUMBER_WITHIN -> (a, b, idA, idB, memo) ->
          NumericDistance.absoluteDifference(own.valueOfId(idA), own.valueOfId(idB)) <= t;
      case PREFIX -> (a, b, idA, idB, memo) -> ValueChecks.samePrefix(own.valueOfId(idA), own.valueOfId(idB), (int) t);
    };
  }

  private double jaroWinkler(int idA, int idB, Memo memo) {
    if (Double.isNaN(memo.jaroWinkler)) {
      String x = column.valueOfId(idA);
      String y = column.valueOfId(idB);
      memo.jaroWinkler = JaroWinkler.similarityIfAtLeast(x, y, lowestJaroWinkler);
    }
    return memo.jaroWinkler;
  }

  private double tokenSet(int idA, int idB, Memo memo) {
    if (Double.isNaN(memo.tokenSet)) {
      memo.tokenSet = TokenSet.similarity(column.valueOfId(idA), column.valueOfId(idB));
    }
    return memo.tokenSet;
  }

  private static LevelTest attributeExact(RecordTable table, Attribute attribute) {
    return table.column(attribute)
        .<LevelTest>map(other -> (a, b, idA, idB, memo) -> !other.isMissing(a) && other.id(a) == other.id(b))
        .orElse((a, b, idA, idB, memo) -> false);
  }

  private LevelTest swapped(RecordTable table, Attribute partner, double threshold) {
    EncodedColumn own = column;
    return table.column(partner)
        .<LevelTest>map(other -> (a, b, idA, idB, memo) -> !other.isMissing(a) && !other.isMissing(b)
            && ValueChecks.similar(own.valueOfId(idA), other.value(b), threshold)
            && ValueChecks.similar(own.valueOfId(idB), other.value(a), threshold))
        .orElse((a, b, idA, idB, memo) -> false);
  }

  private LevelTest crossMatch(RecordTable table, Attribute partner, double threshold) {
    EncodedColumn own = column;
    return table.column(partner)
        .<LevelTest>map(other -> (a, b, idA, idB, memo) ->
            (!other.isMissing(b) && ValueChecks.similar(own.valueOfId(idA), other.value(b), threshold))
            || (!other.isMissing(a) && ValueChecks.similar(own.valueOfId(idB), other.value(a), threshold)))
        .orElse((a, b, idA, idB, memo) -> false);
  }
}
