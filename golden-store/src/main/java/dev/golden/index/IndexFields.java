package dev.golden.index;

import dev.golden.block.BlockingRule;
import dev.golden.match.DefaultSettings;
import dev.golden.record.Attribute;
import dev.golden.standardize.ChineseText;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.Term;

/**
 * The fields of a customer's document. Every value is indexed as given (the features are already
 * standardized), so the index needs no analyzer: exact keys per attribute, name and company
 * tokens, phonetic codes, Han characters with their bigrams, and the compound keys of the batch
 * engine's specific blocking rules.
 */
final class IndexFields {
  static final String ID = "id";
  /** The attributes a customer has: the denominators of term frequencies. */
  static final String HAS = "has";
  /** Latin or pinyin tokens of given and family name. */
  static final String NAME = "name";
  /** Double Metaphone codes of given and family name. */
  static final String PHONETIC = "phonetic";
  /** Simplified Han characters of the name, single and in pairs. */
  static final String HAN = "han";
  /** Tokens of the core company name; Han company names as character pairs. */
  static final String COMPANY = "company";
  static final String FEATURES = "features";
  /**
   * The keys of the specific blocking rules on more than one attribute ("FAMILY_PHONETIC+POSTCODE:
   * SM0\u001fsw1a 1aa"): each value alone may be shared by tens of thousands of customers, the
   * pair by a few.
   */
  static final String BLOCK = "block";

  /**
   * The specific blocking rules on two or more attributes, with the label their keys start with;
   * not those on a date of birth: a date is shared by a few dozen customers in a million, so it
   * proposes candidates alone, and each compound key costs the index a term per customer.
   */
  private static final List<CompoundRule> COMPOUND_RULES = DefaultSettings.specificRules().stream()
      .filter(rule -> rule.attributes().size() > 1 && !rule.attributes().contains(Attribute.DATE_OF_BIRTH))
      .map(CompoundRule::new)
      .toList();

  private static final String[] EXACT = new String[Attribute.values().length];

  static {
    for (Attribute attribute : Attribute.values()) {
      EXACT[attribute.ordinal()] = "exact." + attribute.name();
    }
  }

  private IndexFields() {}

  /** The field holding an attribute's whole value, for exact look-ups and term frequencies. */
  static String exact(Attribute attribute) {
    return EXACT[attribute.ordinal()];
  }

  static Term idTerm(String customerId) {
    return new Term(ID, customerId);
  }

  static Document document(String customerId, Map<Attribute, String> features) {
    Document document = new Document();
    document.add(new StringField(ID, customerId, Field.Store.NO));
    features.forEach((attribute, value) -> {
      document.add(new StringField(HAS, attribute.name(), Field.Store.NO));
      document.add(new StringField(exact(attribute), value, Field.Store.NO));
    });
    addAll(document, NAME, nameTokens(features));
    addAll(document, PHONETIC, phoneticCodes(features));
    addAll(document, HAN, hanGrams(features.getOrDefault(Attribute.HAN_NAME, "")));
    addAll(document, COMPANY, companyTokens(features.getOrDefault(Attribute.COMPANY_NAME, "")));
    addAll(document, BLOCK, blockKeys(features));
    document.add(new BinaryDocValuesField(FEATURES, FeatureCodec.encode(customerId, features)));
    return document;
  }

  private static void addAll(Document document, String field, Set<String> tokens) {
    tokens.forEach(token -> document.add(new StringField(field, token, Field.Store.NO)));
  }

  /** The keys of the compound blocking rules whose every attribute the customer has. */
  static Set<String> blockKeys(Map<Attribute, String> features) {
    return blockKeys(features, Set.of());
  }

  /** The same, but none of the rules on an attribute of {@code without}. */
  static Set<String> blockKeys(Map<Attribute, String> features, Set<Attribute> without) {
    Set<String> keys = new LinkedHashSet<>();
    for (CompoundRule rule : COMPOUND_RULES) {
      if (Collections.disjoint(rule.attributes(), without)) {
        rule.key(features).ifPresent(keys::add);
      }
    }
    return keys;
  }

  private record CompoundRule(List<Attribute> attributes, String label) {
    CompoundRule(BlockingRule rule) {
      this(rule.attributes(), rule.attributes().stream().map(Attribute::name).collect(Collectors.joining("+")) + ":");
    }

    Optional<String> key(Map<Attribute, String> features) {
      StringBuilder key = new StringBuilder(label);
      for (int i = 0; i < attributes.size(); i++) {
        String value = features.get(attributes.get(i));
        if (value == null) {
          return Optional.empty();
        }
        key.append(i == 0 ? "" : "\u001f").append(value);
      }
      return Optional.of(key.toString());
    }
  }

  static Set<String> nameTokens(Map<Attribute, String> features) {
    Set<String> tokens = new LinkedHashSet<>();
    split(features.getOrDefault(Attribute.GIVEN_NAME, ""), tokens);
    split(features.getOrDefault(Attribute.FAMILY_NAME, ""), tokens);
    return tokens;
  }

  static Set<String> phoneticCodes(Map<Attribute, String> features) {
    Set<String> codes = new LinkedHashSet<>();
    split(features.getOrDefault(Attribute.GIVEN_PHONETIC, ""), codes);
    split(features.getOrDefault(Attribute.FAMILY_PHONETIC, ""), codes);
    return codes;
  }

  /** 张伟明 → 张, 伟, 明, 张伟, 伟明: a name typed with one character wrong still shares most of them. */
  static Set<String> hanGrams(String text) {
    Set<String> grams = new LinkedHashSet<>();
    StringBuilder han = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      if (ChineseText.isHan(text.charAt(i))) {
        han.append(text.charAt(i));
      }
    }
    for (int i = 0; i < han.length(); i++) {
      grams.add(String.valueOf(han.charAt(i)));
    }
    for (int i = 0; i + 1 < han.length(); i++) {
      grams.add(han.substring(i, i + 2));
    }
    return grams;
  }

  static Set<String> companyTokens(String core) {
    if (ChineseText.containsHan(core)) {
      return hanGrams(core);
    }
    Set<String> tokens = new LinkedHashSet<>();
    split(core, tokens);
    return tokens;
  }

  /** The tokens of one value, split as {@link #split} does. */
  static Set<String> tokens(String text) {
    Set<String> tokens = new LinkedHashSet<>();
    split(text, tokens);
    return tokens;
  }

  /** Splits at spaces and hyphens ("mary-jane o'neil" → mary, jane, o'neil). */
  static void split(String text, Set<String> into) {
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean separator = i == text.length() || text.charAt(i) == ' ' || text.charAt(i) == '-';
      if (separator && start >= 0) {
        into.add(text.substring(start, i));
        start = -1;
      } else if (!separator && start < 0) {
        start = i;
      }
    }
  }
}
