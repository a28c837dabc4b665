package dev.golden.dictionary;

import java.io.Serializable;
import java.time.Period;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One customer field of the data dictionary.
 *
 * @param name canonical field name, e.g. {@code given_name}
 * @param role what the field means, which decides standardization and comparison
 * @param definition plain-language meaning shown to people
 * @param type storage type of the canonical value
 * @param required whether a record without this value is incomplete
 * @param picklist controlled values; empty when the field is free
 * @param validationPattern regular expression a canonical value must match; empty for none
 * @param protectedField whether changes need an approver
 * @param freshFor how long a verified value stays fresh; {@link Period#ZERO} for never stale
 * @param survivorship how a golden record chooses among source values
 * @param aliases input header spellings (English and Chinese) that mean this field
 */
public record FieldDefinition(
    String name,
    Role role,
    String definition,
    ValueType type,
    boolean required,
    List<String> picklist,
    String validationPattern,
    boolean protectedField,
    Period freshFor,
    Survivorship survivorship,
    List<String> aliases)
    implements Serializable {

  public FieldDefinition {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role of " + name);
    definition = Objects.requireNonNullElse(definition, "");
    type = Objects.requireNonNullElse(type, ValueType.STRING);
    picklist = List.copyOf(Objects.requireNonNullElse(picklist, List.of()));
    validationPattern = Objects.requireNonNullElse(validationPattern, "");
    freshFor = Objects.requireNonNullElse(freshFor, Period.ZERO);
    survivorship = Objects.requireNonNullElse(survivorship, Survivorship.MOST_FREQUENT);
    aliases = List.copyOf(Objects.requireNonNullElse(aliases, List.of()));
    if (!validationPattern.isEmpty()) {
      Pattern.compile(validationPattern); // fail on load, not on first use
    }
  }

  public boolean hasPicklist() {
    return !picklist.isEmpty();
  }

  /** The compiled validation pattern, if the field has one. */
  public Optional<Pattern> pattern() {
    return validationPattern.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(validationPattern));
  }
}
