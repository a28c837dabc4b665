package dev.golden.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golden.dictionary.Role;
import dev.golden.io.CsvProblem;
import java.util.List;

/**
 * A profile as JSON with stable snake_case names. Every column carries {@code field}, {@code role}
 * and {@code mapping_source} ({@code null} field and role when unmapped); ratios are 0..1.
 */
public final class ProfileJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ProfileJson() {}

  public static String write(FileProfile profile) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(tree(profile));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree always serializes", e);
    }
  }

  static ObjectNode tree(FileProfile profile) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("file", profile.file());
    root.put("size_bytes", profile.sizeBytes());
    root.put("encoding", profile.encoding());
    root.put("separator", profile.separator());
    root.put("rows", profile.rows());
    root.put("columns_count", profile.columns().size());
    root.put("completeness", profile.completeness());
    profile.mappedFields().forEach(root.putArray("mapped_fields")::add);
    root.put("bad_rows", profile.badRows());
    ArrayNode bad = root.putArray("bad_row_examples");
    for (CsvProblem problem : profile.badRowExamples()) {
      bad.addObject().put("line", problem.line()).put("problem", problem.message());
    }
    ObjectNode duplicates = root.putObject("likely_duplicates");
    duplicates.put("records", profile.duplicates().records());
    ArrayNode keys = duplicates.putArray("keys");
    for (DuplicateKeyCount key : profile.duplicates().keys()) {
      ObjectNode node = keys.addObject().put("key", key.name());
      key.fields().forEach(node.putArray("fields")::add);
      node.put("records", key.records()).put("groups", key.groups());
    }
    root.put("distinct_exact_up_to", profile.distinctCap());
    ArrayNode columns = root.putArray("columns");
    profile.columns().forEach(c -> column(columns.addObject(), c));
    return root;
  }

  private static void column(ObjectNode node, ColumnProfile c) {
    node.put("index", c.index());
    node.put("header", c.header());
    node.put("field", c.field().orElse(null));
    node.put("role", c.role().map(Role::id).orElse(null));
    node.put("mapping_source", c.mapping().source().name().toLowerCase(java.util.Locale.ROOT));
    node.put("mapping_confidence", c.mapping().confidence());
    node.put("rows", c.rows());
    node.put("missing", c.missing());
    node.put("filled", c.filled());
    node.put("completeness", c.completeness());
    counts(node.putArray("missing_forms"), c.missingForms());
    node.put("distinct", c.distinct().value());
    node.put("distinct_exact", c.distinct().exact());
    node.put("distinct_canonical", c.distinctCanonical().value());
    node.put("distinct_canonical_exact", c.distinctCanonical().exact());
    node.put("uniqueness", c.uniqueness());
    node.put("checked", c.checked());
    node.put("valid", c.valid());
    if (c.validity().isPresent()) {
      node.put("validity", c.validity().get());
    } else {
      node.putNull("validity");
    }
    ArrayNode invalid = node.putArray("invalid_examples");
    c.invalidExamples().forEach(e -> invalid.addObject().put("value", e.value()).put("problem", e.problem()));
    counts(node.putArray("top_values"), c.topValues());
    node.put("top_values_complete", c.topValuesComplete());
    ArrayNode patterns = node.putArray("top_patterns");
    c.topPatterns().forEach(p -> patterns.addObject().put("pattern", p.value()).put("count", p.count()));
    node.putObject("length")
        .put("min", c.lengths().min())
        .put("max", c.lengths().max())
        .put("mean", c.lengths().mean());
  }

  private static void counts(ArrayNode array, List<ValueCount> counts) {
    counts.forEach(v -> array.addObject().put("value", v.value()).put("count", v.count()));
  }
}
