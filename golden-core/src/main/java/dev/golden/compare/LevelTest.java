package dev.golden.compare;

/** A compiled comparison level: does the pair of records pass it? Both values are present. */
@FunctionalInterface
interface LevelTest {
  boolean test(int a, int b);
}
