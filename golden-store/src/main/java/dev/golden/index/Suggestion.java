package dev.golden.index;

import dev.golden.match.Explanation;

/**
 * An existing customer a new record may duplicate, scored by the batch engine's model.
 *
 * @param explanation per-comparison steps; side A is the new record, side B the customer
 */
public record Suggestion(String customerId, double matchProbability, double matchWeight, Explanation explanation) {}
