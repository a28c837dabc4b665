package dev.golden.dictionary;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The enterprise data dictionary: every customer field, what it means and its rules, and the one
 * explicit value that stands for "missing". Every part of Golden reads the same dictionary.
 *
 * @param name dictionary name
 * @param version version of this dictionary; bumped whenever a field or rule changes
 * @param missingValue the one explicit value stored and shown for missing data
 * @param missingPlaceholders inputs (compared case-insensitively) that mean "missing"
 * @param defaultRegion region used for phone numbers when a record has no country
 * @param fields fields in display order
 */
public record DataDictionary(
    String name,
    int version,
    String missingValue,
    List<String> missingPlaceholders,
    String defaultRegion,
    List<FieldDefinition> fields)
    implements Serializable {

  private static final String DEFAULT_RESOURCE = "default-dictionary.json";

  public DataDictionary {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(missingValue, "missing_value");
    missingPlaceholders = List.copyOf(missingPlaceholders);
    Objects.requireNonNull(defaultRegion, "default_region");
    fields = List.copyOf(fields);
    var seen = new java.util.HashSet<String>();
    for (FieldDefinition field : fields) {
      if (!seen.add(field.name())) {
        throw new IllegalArgumentException("Field '" + field.name() + "' is defined twice");
      }
    }
  }

  /** The dictionary shipped with Golden. */
  public static DataDictionary defaults() {
    try (InputStream in = DataDictionary.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      return DictionaryJson.read(Objects.requireNonNull(in, DEFAULT_RESOURCE), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a dictionary file (JSON). */
  public static DataDictionary load(Path file) throws IOException {
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      return DictionaryJson.read(in, file.toString());
    }
  }

  /** The dictionary in its JSON file form. */
  public String toJson() {
    return DictionaryJson.write(this);
  }

  public Optional<FieldDefinition> field(String fieldName) {
    return fields.stream().filter(f -> f.name().equals(fieldName)).findFirst();
  }

  /** The fields with a role, in dictionary order. */
  public List<FieldDefinition> fieldsWith(Role role) {
    return fields.stream().filter(f -> f.role() == role).toList();
  }

  /** Fields keyed by name, in dictionary order. */
  public Map<String, FieldDefinition> byName() {
    var map = new LinkedHashMap<String, FieldDefinition>();
    fields.forEach(f -> map.put(f.name(), f));
    return map;
  }
}
