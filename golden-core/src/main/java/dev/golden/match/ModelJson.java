package dev.golden.match;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.golden.block.BlockingRule;
import dev.golden.compare.Comparison;
import dev.golden.compare.ComparisonLevel;
import dev.golden.compare.LevelKind;
import dev.golden.record.Attribute;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Saves and loads a {@link MatchModel} as versioned, hand-writable JSON. A hand-written model may
 * leave out m and u: they then default to uninformative values (weight 0) and must be trained.
 */
public final class ModelJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FORMAT = "golden-model";

  private ModelJson() {}

  public static void write(MatchModel model, Path file) throws IOException {
    Files.writeString(file, toJson(model));
  }

  public static MatchModel read(Path file) throws IOException {
    return fromJson(Files.readString(file), file.toString());
  }

  public static String toJson(MatchModel model) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT);
    root.put("version", model.version());
    root.put("link_type", model.linkType().id());
    root.put("probability_two_random_records_match", model.probabilityTwoRandomRecordsMatch());
    root.put("match_threshold", model.matchThreshold());
    root.put("review_threshold", model.reviewThreshold());
    model.distinguishing().forEach(root.putArray("distinguishing")::add);
    ArrayNode rules = root.putArray("blocking_rules");
    for (BlockingRule rule : model.blockingRules()) {
      ArrayNode attributes = rules.addArray();
      rule.attributes().forEach(a -> attributes.add(id(a)));
    }
    ArrayNode comparisons = root.putArray("comparisons");
    for (ComparisonParameters parameters : model.comparisons()) {
      Comparison comparison = parameters.comparison();
      ObjectNode node = comparisons.addObject();
      node.put("name", comparison.name());
      node.put("attribute", id(comparison.attribute()));
      ArrayNode levels = node.putArray("levels");
      for (int level = 1; level < comparison.levelCount(); level++) {
        ObjectNode levelNode = levels.addObject();
        if (level == comparison.elseLevel()) {
          levelNode.put("label", "else");
          levelNode.put("kind", "else");
        } else {
          ComparisonLevel spec = comparison.levels().get(level - 1);
          levelNode.put("label", spec.label());
          levelNode.put("kind", spec.kind().id());
          if (spec.threshold() != 0) {
            levelNode.put("threshold", spec.threshold());
          }
          if (spec.attribute() != comparison.attribute()) {
            levelNode.put("attribute", id(spec.attribute()));
          }
          if (spec.termFrequencyAdjusted()) {
            levelNode.put("tf_adjusted", true);
          }
        }
        levelNode.put("m", parameters.m().get(level));
        levelNode.put("u", parameters.u().get(level));
        levelNode.put("match_weight", parameters.weight(level));
      }
    }
    if (!model.groups().isEmpty()) {
      ArrayNode groups = root.putArray("groups");
      for (ComparisonGroup group : model.groups()) {
        ObjectNode node = groups.addObject();
        node.put("name", group.name());
        group.members().forEach(node.putArray("comparisons")::add);
        group.requires().forEach(node.putArray("requires")::add);
        group.confirmedBy().forEach(node.putArray("confirmed_by")::add);
        node.put("m", group.m());
        node.put("u", group.u());
        node.put("moved", group.moved());
      }
    }
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static MatchModel fromJson(String json, String source) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new InvalidModelException(source + ": not valid JSON (line " + e.getLocation().getLineNr() + ", column "
          + e.getLocation().getColumnNr() + "): " + e.getOriginalMessage());
    }
    if (root == null || !FORMAT.equals(root.path("format").asText())) {
      throw new InvalidModelException(source + ": not a Golden model (\"format\": \"" + FORMAT + "\" missing)");
    }
    int version = root.path("version").asInt(-1);
    if (version != MatchModel.FORMAT_VERSION) {
      throw new InvalidModelException(source + ": model version " + version + " is not supported (expected "
          + MatchModel.FORMAT_VERSION + ")");
    }
    try {
      List<BlockingRule> rules = new ArrayList<>();
      for (JsonNode rule : root.path("blocking_rules")) {
        List<Attribute> attributes = new ArrayList<>();
        rule.forEach(a -> attributes.add(attribute(a.asText())));
        rules.add(new BlockingRule(attributes));
      }
      List<ComparisonParameters> comparisons = new ArrayList<>();
      for (JsonNode node : root.path("comparisons")) {
        comparisons.add(comparison(node));
      }
      List<ComparisonGroup> groups = new ArrayList<>();
      for (JsonNode node : root.path("groups")) {
        groups.add(group(node));
      }
      return new MatchModel(version,
          LinkType.valueOf(root.path("link_type").asText("dedupe_only").toUpperCase(Locale.ROOT)),
          root.path("probability_two_random_records_match").asDouble(1e-4),
          comparisons, rules,
          root.path("match_threshold").asDouble(0.9),
          root.path("review_threshold").asDouble(0.5),
          strings(root.path("distinguishing")), groups);
    } catch (IllegalArgumentException e) {
      throw new InvalidModelException(source + ": " + e.getMessage());
    }
  }

  private static ComparisonParameters comparison(JsonNode node) {
    Attribute attribute = attribute(node.path("attribute").asText());
    String name = node.path("name").asText(id(attribute));
    List<ComparisonLevel> levels = new ArrayList<>();
    List<Double> m = new ArrayList<>(List.of(1.0));
    List<Double> u = new ArrayList<>(List.of(1.0));
    JsonNode levelNodes = node.path("levels");
    boolean hasElse = false;
    for (JsonNode level : levelNodes) {
      String kind = level.path("kind").asText();
      if (kind.equals("else")) {
        hasElse = true;
      } else {
        levels.add(new ComparisonLevel(level.path("label").asText(kind), LevelKind.valueOf(kind.toUpperCase(Locale.ROOT)),
            level.path("threshold").asDouble(0),
            level.has("attribute") ? attribute(level.get("attribute").asText()) : attribute,
            level.path("tf_adjusted").asBoolean(false)));
      }
      m.add(level.path("m").asDouble(0.5));
      u.add(level.path("u").asDouble(0.5));
    }
    if (!hasElse) {
      m.add(0.5);
      u.add(0.5);
    }
    return new ComparisonParameters(new Comparison(name, attribute, levels), m, u);
  }

  /** A group's m and u have no neutral default: equal ones would erase every disagreement of its members. */
  private static ComparisonGroup group(JsonNode node) {
    String name = node.path("name").asText("group");
    if (!node.path("m").isNumber() || !node.path("u").isNumber()) {
      throw new IllegalArgumentException("group '" + name + "' needs m and u");
    }
    return new ComparisonGroup(name, strings(node.path("comparisons")), strings(node.path("requires")),
        strings(node.path("confirmed_by")), node.get("m").asDouble(),
        node.get("u").asDouble());
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static Attribute attribute(String id) {
    try {
      return Attribute.valueOf(id.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown attribute '" + id + "'");
    }
  }

  private static String id(Attribute attribute) {
    return attribute.name().toLowerCase(Locale.ROOT);
  }
}
