package dev.golden.dictionary;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A field's rules for a standardized value, compiled once: in the picklist, ignoring case (as
 * standardization writes picklist values), and matching the validation pattern as a whole. A
 * field without a picklist or without a pattern passes that rule. Thread-safe.
 */
public final class ValueRules {

  private final Set<String> picklist;
  private final Optional<Pattern> pattern;

  private ValueRules(Set<String> picklist, Optional<Pattern> pattern) {
    this.picklist = picklist;
    this.pattern = pattern;
  }

  public static ValueRules of(FieldDefinition field) {
    return new ValueRules(
        field.picklist().stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet()),
        field.pattern());
  }

  public boolean inPicklist(String canonical) {
    return picklist.isEmpty() || picklist.contains(canonical.toLowerCase(Locale.ROOT));
  }

  public boolean matchesPattern(String canonical) {
    return pattern.isEmpty() || pattern.get().matcher(canonical).matches();
  }

  /** Both rules at once. */
  public boolean allows(String canonical) {
    return inPicklist(canonical) && matchesPattern(canonical);
  }
}
