package dev.golden.match;

import dev.golden.record.Attribute;

/**
 * How common a value of an attribute is among all customers, for the term-frequency adjustment of
 * exact matches. Batch scoring takes it from the table being matched; scoring a new record
 * against a handful of candidates must take it from the whole store instead, as a table of
 * twenty records would make every shared surname look rare.
 */
@FunctionalInterface
public interface TermFrequencies {
  /**
   * The share of records with this value among the records that have the attribute at all, in
   * (0, 1]. Called only for values a record being scored has.
   */
  double relativeFrequency(Attribute attribute, String value);
}
