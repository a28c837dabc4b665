package dev.golden.match;

import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonLevel;
import dev.golden.compare.DamerauLevenshtein;
import dev.golden.compare.DateDistance;
import dev.golden.compare.Digits;
import dev.golden.compare.Jaccard;
import dev.golden.compare.JaroWinkler;
import dev.golden.compare.LevelKind;
import dev.golden.compare.NumericDistance;
import dev.golden.compare.TokenSet;
import dev.golden.compare.ValueChecks;

/**
 * A model's comparison levels compiled to tests on two records' values, each record an array of
 * values by attribute ordinal (null where missing): the levels a
 * {@link dev.golden.compare.ComparisonEvaluator} gives the pair in a table with a column for every
 * attribute, without the table. Levels that read the table's statistics (rare words) are not
 * supported. Thread-safe.
 */
final class PairLevels {
  private final Compiled[] comparisons;

  PairLevels(MatchModel model) {
    comparisons = model.comparisons().stream().map(p -> new Compiled(p.comparison())).toArray(Compiled[]::new);
  }

  /** The level of every comparison for the pair (a, b): 0 null, 1..n the first passing level, n+1 else. */
  int[] of(String[] a, String[] b) {
    int[] levels = new int[comparisons.length];
    Memo memo = new Memo();
    for (int i = 0; i < comparisons.length; i++) {
      levels[i] = comparisons[i].level(a, b, memo);
    }
    return levels;
  }

  /** Similarities computed once per pair and comparison, shared by levels at different thresholds. */
  private static final class Memo {
    double jaroWinkler;
    double tokenSet;
  }

  @FunctionalInterface
  private interface Test {
    /** x and y: the compared values of a and b, both present. */
    boolean test(String x, String y, String[] a, String[] b, Memo memo);
  }

  private static final class Compiled {
    private final int own;
    private final boolean exactFirst;
    private final double lowestJaroWinkler;
    private final Test[] tests;

    Compiled(Comparison comparison) {
      own = comparison.attribute().ordinal();
      exactFirst = comparison.levels().get(0).kind() == LevelKind.EXACT;
      lowestJaroWinkler = comparison.levels().stream().filter(l -> l.kind() == LevelKind.JARO_WINKLER)
          .mapToDouble(ComparisonLevel::threshold).min().orElse(1);
      tests = comparison.levels().stream().map(this::compile).toArray(Test[]::new);
    }

    int level(String[] a, String[] b, Memo memo) {
      String x = a[own];
      String y = b[own];
      if (x == null || y == null) {
        return 0;
      }
      if (exactFirst && x.equals(y)) {
        return 1;
      }
      memo.jaroWinkler = Double.NaN;
      memo.tokenSet = Double.NaN;
      for (int i = 0; i < tests.length; i++) {
        if (tests[i].test(x, y, a, b, memo)) {
          return i + 1;
        }
      }
      return tests.length + 1;
    }

    private Test compile(ComparisonLevel level) {
      double t = level.threshold();
      int other = level.attribute().ordinal();
      return switch (level.kind()) {
        case EXACT -> (x, y, a, b, memo) -> x.equals(y);
        case JARO_WINKLER -> (x, y, a, b, memo) -> jaroWinkler(x, y, memo) >= t;
        case DAMERAU_LEVENSHTEIN -> (x, y, a, b, memo) -> DamerauLevenshtein.distance(x, y, (int) t) <= (int) t;
        case TOKEN_SET -> (x, y, a, b, memo) -> tokenSet(x, y, memo) >= t;
        case RARE_WORDS -> throw new IllegalArgumentException("rare words read the table's statistics: " + level);
        case JACCARD -> (x, y, a, b, memo) -> Jaccard.similarity(x, y) >= t;
        case ATTRIBUTE_EXACT -> (x, y, a, b, memo) -> a[other] != null && a[other].equals(b[other]);
        case SWAPPED_WITH -> (x, y, a, b, memo) -> a[other] != null && b[other] != null
            && ValueChecks.similar(x, b[other], t) && ValueChecks.similar(y, a[other], t);
        case CROSS_MATCH -> (x, y, a, b, memo) -> (b[other] != null && ValueChecks.similar(x, b[other], t))
            || (a[other] != null && ValueChecks.similar(y, a[other], t));
        case INITIAL -> (x, y, a, b, memo) -> ValueChecks.isInitialOf(x, y) || ValueChecks.isInitialOf(y, x);
        case LAST_DIGITS -> (x, y, a, b, memo) -> Digits.sameLastN(x, y, (int) t);
        case EMAIL_LOCAL_PART -> (x, y, a, b, memo) -> ValueChecks.sameLocalPart(x, y);
        case DAY_MONTH_SWAPPED -> (x, y, a, b, memo) -> DateDistance.isDayMonthSwap(x, y);
        case DAYS_APART -> (x, y, a, b, memo) -> DateDistance.daysBetween(x, y) <= t;
        case NUMBER_WITHIN -> (x, y, a, b, memo) -> NumericDistance.absoluteDifference(x, y) <= t;
        case PREFIX -> (x, y, a, b, memo) -> ValueChecks.samePrefix(x, y, (int) t);
      };
    }

    private double jaroWinkler(String x, String y, Memo memo) {
      if (Double.isNaN(memo.jaroWinkler)) {
        memo.jaroWinkler = JaroWinkler.similarityIfAtLeast(x, y, lowestJaroWinkler);
      }
      return memo.jaroWinkler;
    }

    private static double tokenSet(String x, String y, Memo memo) {
      if (Double.isNaN(memo.tokenSet)) {
        memo.tokenSet = TokenSet.similarity(x, y);
      }
      return memo.tokenSet;
    }
  }
}
