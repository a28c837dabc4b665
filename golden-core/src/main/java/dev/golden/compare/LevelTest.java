package dev.golden.compare;

/**
 * A compiled comparison level: does the pair of records a and b, whose value ids of the compared
 * attribute are idA and idB, pass it? Both values are present; the memo carries similarities
 * already computed for the pair by earlier levels.
 */
@FunctionalInterface
interface LevelTest {
  boolean test(int a, int b, int idA, int idB, ComparisonEvaluator.Memo memo);
}
