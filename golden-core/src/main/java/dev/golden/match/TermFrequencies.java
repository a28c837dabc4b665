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
  /** {@link #population} of frequencies counted among so many records that each can be trusted as it is. */
  long UNCOUNTED = Long.MAX_VALUE;

  /**
   * The share of records with this value among the records that have the attribute at all, in
   * (0, 1]. Called only for values a record being scored has.
   */
  double relativeFrequency(Attribute attribute, String value);

  /**
   * How many records with the attribute the frequencies were counted among. A {@link CandidateScorer}
   * pulls frequencies counted among few records toward the model's expectation, as a store of
   * one customer would otherwise make each of its values look universal; {@link #UNCOUNTED} by default.
   */
  default long population(Attribute attribute) {
    return UNCOUNTED;
  }
}
