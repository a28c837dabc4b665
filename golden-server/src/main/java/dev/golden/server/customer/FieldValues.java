package dev.golden.server.customer;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.server.http.InvalidInput;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.StandardizeContext;
import dev.golden.standardize.Standardization;
import java.util.Map;
import java.util.TreeMap;

/**
 * A record entered through the API, field by field: each value standardized the way an import
 * standardizes it (phone numbers read in the record's country), and refused with a 400 naming the
 * field when the dictionary does not know the field or the value breaks its rules.
 */
final class FieldValues {

  static final String BODY_FIELD = "values";

  private final Standardization standardization;
  private final Map<String, FieldDefinition> fields;
  private final FieldDefinition[] countries;

  FieldValues(Standardization standardization) {
    this.standardization = standardization;
    DataDictionary dictionary = standardization.dictionary();
    this.fields = dictionary.byName();
    this.countries = dictionary.fieldsWith(Role.COUNTRY).toArray(FieldDefinition[]::new);
  }

  /** Field → standardized value, in field-name order; missing values ("N/A", blank) left out. */
  Map<String, String> standardize(Map<String, String> raw) {
    if (raw == null || raw.isEmpty()) {
      throw InvalidInput.missing(BODY_FIELD);
    }
    StandardizeContext context = contextOf(raw);
    Map<String, String> standardized = new TreeMap<>();
    raw.forEach((name, value) -> {
      FieldDefinition field = fields.get(name);
      String path = BODY_FIELD + "." + name;
      if (field == null) {
        throw InvalidInput.field(path, "'" + name + "' is not a field of the dictionary");
      }
      if (value == null) {
        throw InvalidInput.field(path, "'" + name + "' must be a string");
      }
      StandardValue standard = standardization.standardize(field, value, context);
      if (standard instanceof StandardValue.Present present && !present.problems().isEmpty()) {
        throw InvalidInput.field(path, "'" + name + "' = \"" + value + "\": " + String.join("; ", present.problems()));
      }
      standard.canonicalValue().ifPresent(canonical -> standardized.put(name, canonical));
    });
    if (standardized.isEmpty()) {
      throw InvalidInput.field(BODY_FIELD, "every value is missing; enter at least one");
    }
    return standardized;
  }

  boolean isProtected(String field) {
    FieldDefinition definition = fields.get(field);
    return definition != null && definition.protectedField();
  }

  private StandardizeContext contextOf(Map<String, String> raw) {
    StandardizeContext context = standardization.defaultContext();
    for (FieldDefinition country : countries) {
      String value = raw.get(country.name());
      if (value != null) {
        StandardValue standard = standardization.standardize(country, value);
        if (standard.isValid()) {
          return context.forCountry(standard.canonicalValue().orElseThrow());
        }
      }
    }
    return context;
  }
}
