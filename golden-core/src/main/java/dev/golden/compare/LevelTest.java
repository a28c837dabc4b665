package dev.golden.compare;

/**
 * A compiled comparison level: does the pair of records pass it? Both values are present; the memo
 * carries similarities already computed for the pair by earlier levels.
 */
@FunctionalInterface
interface LevelTest {
  boolean test(int a, int b, ComparisonEvaluator.Memo memo);
}
