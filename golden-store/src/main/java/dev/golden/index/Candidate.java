package dev.golden.index;

import java.util.Map;
import dev.golden.record.Attribute;

/**
 * A customer the index found for a record or a search, with the relevance Lucene gave it (not a
 * match probability) and the customer's comparable attributes, enough to score it without a
 * database.
 */
public record Candidate(String customerId, float score, Map<Attribute, String> features) {
  /** @param features copied, unless already an immutable copy (as the index decodes them) */
  public Candidate {
    features = AttributeValues.copyOf(features);
  }
}
