package dev.golden.standardize;

import java.io.Serializable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A value after standardization. It always keeps the raw input; a value is either {@link Missing}
 * (empty or a placeholder such as {@code N/A} or {@code 不详}) or {@link Present} with a canonical
 * form, extracted parts and any validation problems.
 */
public sealed interface StandardValue extends Serializable
    permits StandardValue.Missing, StandardValue.Present {

  /** The value exactly as received. */
  String raw();

  /** The canonical form, or empty for a missing value. */
  Optional<String> canonicalValue();

  default boolean isMissing() {
    return this instanceof Missing;
  }

  /** Present and without validation problems. */
  default boolean isValid() {
    return this instanceof Present p && p.problems().isEmpty();
  }

  /** A part extracted by the standardizer, if present. */
  default Optional<String> part(Part part) {
    return this instanceof Present p ? Optional.ofNullable(p.parts().get(part)) : Optional.empty();
  }

  static Missing missing(String raw) {
    return new Missing(raw);
  }

  static Present of(String raw, String canonical) {
    return new Present(raw, canonical, Map.of(), List.of());
  }

  /** An absent value: stored as the dictionary's one explicit missing value. */
  record Missing(String raw) implements StandardValue {
    public Missing {
      raw = Objects.requireNonNullElse(raw, "");
    }

    @Override
    public Optional<String> canonicalValue() {
      return Optional.empty();
    }
  }

  /**
   * A real value.
   *
   * @param raw as received
   * @param canonical the standardized form used for comparison and storage
   * @param parts pieces extracted from the value (given name, E.164 number, house number, ...)
   * @param problems validation problems; empty when the value is valid
   */
  record Present(String raw, String canonical, Map<Part, String> parts, List<String> problems)
      implements StandardValue {
    public Present {
      Objects.requireNonNull(raw, "raw");
      Objects.requireNonNull(canonical, "canonical");
      parts = immutableParts(parts);
      problems = List.copyOf(problems);
    }

    @Override
    public Optional<String> canonicalValue() {
      return Optional.of(canonical);
    }

    // An array indexed by the part's ordinal: cheaper to copy and to look up than Map.copyOf's hash
    // table, and every value passes through here.
    private static Map<Part, String> immutableParts(Map<Part, String> parts) {
      if (parts.isEmpty()) {
        return Map.of();
      }
      Map<Part, String> copy = new EnumMap<>(parts);
      if (copy.containsValue(null)) {
        throw new NullPointerException("a part without a value: " + parts.keySet());
      }
      return Collections.unmodifiableMap(copy);
    }

    public Present withProblem(String problem) {
      var all = new java.util.ArrayList<>(problems);
      all.add(problem);
      return new Present(raw, canonical, parts, all);
    }
  }
}
