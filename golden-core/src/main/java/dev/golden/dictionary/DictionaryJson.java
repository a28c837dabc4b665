package dev.golden.dictionary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and writes the dictionary's hand-writable JSON form (snake_case keys). */
final class DictionaryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private DictionaryJson() {}

  static DataDictionary read(InputStream in, String source) throws IOException {
    JsonNode root = MAPPER.readTree(in);
    if (root == null || !root.isObject()) {
      throw new InvalidDictionaryException(source + ": a dictionary is a JSON object");
    }
    List<FieldDefinition> fields = new ArrayList<>();
    JsonNode fieldNodes = root.path("fields");
    if (!fieldNodes.isArray() || fieldNodes.isEmpty()) {
      throw new InvalidDictionaryException(source + ": 'fields' must be a non-empty array");
    }
    for (int i = 0; i < fieldNodes.size(); i++) {
      fields.add(field(fieldNodes.get(i), source + ": fields[" + i + "]"));
    }
    try {
      return new DataDictionary(
          root.path("name").asText("dictionary"),
          root.path("version").asInt(1),
          root.path("missing_value").asText("unavailable"),
          strings(root.path("missing_placeholders")),
          root.path("default_region").asText("CN"),
          fields);
    } catch (IllegalArgumentException e) {
      throw new InvalidDictionaryException(source + ": " + e.getMessage());
    }
  }

  private static FieldDefinition field(JsonNode node, String where) {
    String name = node.path("name").asText("");
    if (name.isBlank()) {
      throw new InvalidDictionaryException(where + ": a field needs a 'name'");
    }
    String at = where + " (" + name + ")";
    try {
      return new FieldDefinition(
          name,
          Role.fromId(required(node, "role", at)),
          node.path("definition").asText(""),
          ValueType.valueOf(node.path("type").asText("string").toUpperCase(java.util.Locale.ROOT)),
          node.path("required").asBoolean(false),
          strings(node.path("picklist")),
          node.path("validation_pattern").asText(""),
          node.path("protected").asBoolean(false),
          node.has("fresh_for") ? Period.parse(node.get("fresh_for").asText()) : Period.ZERO,
          Survivorship.valueOf(
              node.path("survivorship").asText("most_frequent").toUpperCase(java.util.Locale.ROOT)),
          strings(node.path("aliases")));
    } catch (DateTimeParseException e) {
      throw new InvalidDictionaryException(at + ": fresh_for must be an ISO-8601 period such as P1Y");
    } catch (IllegalArgumentException e) {
      throw new InvalidDictionaryException(at + ": " + e.getMessage());
    }
  }

  private static String required(JsonNode node, String key, String at) {
    JsonNode value = node.get(key);
    if (value == null || value.asText().isBlank()) {
      throw new InvalidDictionaryException(at + ": '" + key + "' is required");
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  static String write(DataDictionary dictionary) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("name", dictionary.name());
    root.put("version", dictionary.version());
    root.put("missing_value", dictionary.missingValue());
    dictionary.missingPlaceholders().forEach(root.putArray("missing_placeholders")::add);
    root.put("default_region", dictionary.defaultRegion());
    ArrayNode fields = root.putArray("fields");
    for (FieldDefinition f : dictionary.fields()) {
      ObjectNode n = fields.addObject();
      n.put("name", f.name());
      n.put("role", f.role().id());
      n.put("definition", f.definition());
      n.put("type", f.type().id());
      n.put("required", f.required());
      f.picklist().forEach(n.putArray("picklist")::add);
      n.put("validation_pattern", f.validationPattern());
      n.put("protected", f.protectedField());
      n.put("fresh_for", f.freshFor().toString());
      n.put("survivorship", f.survivorship().id());
      f.aliases().forEach(n.putArray("aliases")::add);
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
