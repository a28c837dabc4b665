package dev.golden.compare;

import dev.golden.record.Attribute;
import java.io.Serializable;
import java.util.Objects;

/**
 * One level of a {@link Comparison}: a test on the two values of a pair. The null level (either
 * value missing) and the else level (no test passed) are implicit.
 *
 * @param label shown in explanations, e.g. {@code "Jaro-Winkler >= 0.92"}
 * @param kind the test
 * @param threshold the test's parameter, where it has one
 * @param attribute the attribute of level kinds that read a second attribute (phonetic code,
 *     swapped partner); the comparison's own attribute otherwise
 * @param termFrequencyAdjusted whether agreement on a common value weighs less than on a rare one
 */
public record ComparisonLevel(
    String label, LevelKind kind, double threshold, Attribute attribute, boolean termFrequencyAdjusted)
    implements Serializable {
  public ComparisonLevel {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(attribute, "attribute of level " + label);
    if (termFrequencyAdjusted && kind != LevelKind.EXACT) {
      throw new IllegalArgumentException("Level '" + label + "': only exact levels are term-frequency adjusted");
    }
  }
}
