package dev.golden.record;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.MappedColumn;
import dev.golden.dictionary.Role;
import dev.golden.standardize.ChineseText;
import dev.golden.standardize.Part;
import dev.golden.standardize.StandardValue;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * Turns one record's standardized values into comparable {@link Attribute}s, by role: names become
 * Latin or pinyin given and family names with phonetic codes, phones E.164 numbers and their last
 * digits, addresses a street and a house number. The first mapped field of a role (in dictionary
 * order) is the primary one; a second person name is the contact person, a second street address
 * the second address line. Thread-safe.
 */
final class FeatureExtractor {
  private static final int PHONE_TAIL_DIGITS = 7;
  private static final Attribute[] ATTRIBUTES = Attribute.values();

  /** The columns read attribute by attribute, in column order, and the attribute each one gives. */
  private final int[] columns;
  private final Attribute[] attributes;
  private static final int NAME_MEMO_CAPACITY = 1 << 16;

  /** Double Metaphone codes by name; names repeat far more than records do. */
  private final TextMemo phonetic = new TextMemo(FeatureExtractor::phonetic, NAME_MEMO_CAPACITY);
  /*
   * Given and family names repeat: remembering their Latin forms saves a lower-cased copy (or a
   * pinyin reading) per record, and hands the encoder one string instance per name, whose hash is
   * computed once and whose equality is identity.
   */
  private final TextMemo givenLatin = new TextMemo(FeatureExtractor::latin, NAME_MEMO_CAPACITY);
  private final TextMemo familyLatin = new TextMemo(FeatureExtractor::familyLatin, NAME_MEMO_CAPACITY);
  private final int givenColumn;
  private final int familyColumn;
  private final int personColumn;

  FeatureExtractor(ColumnMapping mapping, List<FieldDefinition> dictionaryOrder) {
    Map<Integer, Attribute> primary = new TreeMap<>();
    Map<Role, List<MappedColumn>> byRole = new EnumMap<>(Role.class);
    for (FieldDefinition field : dictionaryOrder) {
      mapping.columnFor(field.name()).ifPresent(c -> byRole.computeIfAbsent(field.role(), r -> new ArrayList<>()).add(c));
    }
    givenColumn = first(byRole, Role.GIVEN_NAME);
    familyColumn = first(byRole, Role.FAMILY_NAME);
    personColumn = first(byRole, Role.PERSON_NAME);
    second(byRole, Role.PERSON_NAME).ifPresent(c -> primary.put(c, Attribute.CONTACT_PERSON));
    put(primary, byRole, Role.COMPANY_NAME, Attribute.COMPANY_NAME);
    put(primary, byRole, Role.PHONE, Attribute.PHONE);
    put(primary, byRole, Role.EMAIL, Attribute.EMAIL);
    put(primary, byRole, Role.STREET_ADDRESS, Attribute.STREET_ADDRESS);
    second(byRole, Role.STREET_ADDRESS).ifPresent(c -> primary.put(c, Attribute.ADDRESS_LINE_2));
    put(primary, byRole, Role.HOUSE_NUMBER, Attribute.HOUSE_NUMBER);
    put(primary, byRole, Role.CITY, Attribute.CITY);
    put(primary, byRole, Role.REGION, Attribute.REGION);
    put(primary, byRole, Role.POSTCODE, Attribute.POSTCODE);
    put(primary, byRole, Role.DATE_OF_BIRTH, Attribute.DATE_OF_BIRTH);
    put(primary, byRole, Role.NATIONAL_ID, Attribute.NATIONAL_ID);
    put(primary, byRole, Role.WEBSITE, Attribute.WEBSITE);
    columns = primary.keySet().stream().mapToInt(Integer::intValue).toArray();
    attributes = primary.values().toArray(Attribute[]::new);
  }

  private static int first(Map<Role, List<MappedColumn>> byRole, Role role) {
    List<MappedColumn> columns = byRole.getOrDefault(role, List.of());
    return columns.isEmpty() ? -1 : columns.get(0).index();
  }

  private static Optional<Integer> second(Map<Role, List<MappedColumn>> byRole, Role role) {
    List<MappedColumn> columns = byRole.getOrDefault(role, List.of());
    return columns.size() < 2 ? Optional.empty() : Optional.of(columns.get(1).index());
  }

  private static void put(Map<Integer, Attribute> primary, Map<Role, List<MappedColumn>> byRole, Role role,
      Attribute attribute) {
    int column = first(byRole, role);
    if (column >= 0) {
      primary.put(column, attribute);
    }
  }

  /**
   * The attributes of a record whose values are standardized column by column, indexed by
   * {@link Attribute#ordinal()}; null where the record has none. An array rather than a map: this
   * runs once per record.
   */
  String[] extract(StandardValue[] values) {
    Features features = new Features();
    names(values, features);
    for (int i = 0; i < columns.length; i++) {
      if (values[columns[i]] instanceof StandardValue.Present present) {
        add(features, attributes[i], present);
      }
    }
    return features.values;
  }

  /** The attribute values of one record under construction. */
  private static final class Features {
    final String[] values = new String[ATTRIBUTES.length];

    void put(Attribute attribute, String value) {
      values[attribute.ordinal()] = value;
    }

    void putIfAbsent(Attribute attribute, String value) {
      if (values[attribute.ordinal()] == null) {
        values[attribute.ordinal()] = value;
      }
    }
  }

  private void add(Features features, Attribute attribute, StandardValue.Present value) {
    switch (attribute) {
      case COMPANY_NAME -> {
        String core = value.part(Part.CORE_NAME).filter(s -> !s.isBlank()).orElse(value.canonical());
        features.put(Attribute.COMPANY_NAME, core);
        features.put(Attribute.COMPANY_PREFIX, prefix(core));
      }
      case PHONE -> {
        String digits = asciiDigits(value.part(Part.E164).orElse(value.canonical()));
        if (digits.length() >= PHONE_TAIL_DIGITS) {
          features.put(Attribute.PHONE, value.part(Part.E164).orElse(digits));
          features.put(Attribute.PHONE_TAIL, digits.substring(digits.length() - PHONE_TAIL_DIGITS));
        }
      }
      case EMAIL -> {
        if (value.problems().isEmpty()) {
          features.put(Attribute.EMAIL, value.part(Part.COMPARE_FORM).orElse(value.canonical()));
        }
      }
      case STREET_ADDRESS -> {
        features.put(Attribute.STREET_ADDRESS, value.part(Part.STREET).filter(s -> !s.isBlank()).orElse(value.canonical()));
        value.part(Part.HOUSE_NUMBER).ifPresent(n -> features.putIfAbsent(Attribute.HOUSE_NUMBER, n));
      }
      case HOUSE_NUMBER -> features.put(Attribute.HOUSE_NUMBER, value.canonical());
      case WEBSITE -> {
        // A column of yes/no flags mapped as a web site would otherwise make every "yes" agree.
        if (value.problems().isEmpty()) {
          features.put(Attribute.WEBSITE, value.canonical().toLowerCase(Locale.ROOT));
        }
      }
      case DATE_OF_BIRTH -> {
        if (value.problems().isEmpty()) {
          features.put(Attribute.DATE_OF_BIRTH, value.canonical());
        } else {
          features.put(Attribute.DATE_OF_BIRTH, asciiDigits(value.canonical()));
        }
      }
      case CONTACT_PERSON -> features.put(Attribute.CONTACT_PERSON, latin(value.canonical()));
      default -> features.put(attribute, value.canonical().toLowerCase(Locale.ROOT));
    }
  }

  /**
   * Given and family names from their own columns (a given name also from a whole name in the
   * family column), else from the person name column.
   */
  private void names(StandardValue[] values, Features features) {
    String given = partOf(values, givenColumn, Part.GIVEN);
    String family = partOf(values, familyColumn, Part.FAMILY);
    if (given.isEmpty() && familyColumn >= 0 && values[familyColumn] instanceof StandardValue.Present whole) {
      given = whole.part(Part.GIVEN).orElse("");
    }
    String han = "";
    if (personColumn >= 0 && values[personColumn] instanceof StandardValue.Present person) {
      if (given.isEmpty()) {
        given = person.part(Part.GIVEN).orElse("");
      }
      if (family.isEmpty()) {
        family = person.part(Part.FAMILY).orElse("");
      }
      if (family.isEmpty() && given.isEmpty()) {
        given = person.canonical();
      }
    }
    if (ChineseText.containsHan(family) || ChineseText.containsHan(given)) {
      han = family + given;
    }
    String givenLatin = this.givenLatin.apply(given);
    String familyLatin = this.familyLatin.apply(family);
    putIfNotBlank(features, Attribute.GIVEN_NAME, givenLatin);
    putIfNotBlank(features, Attribute.FAMILY_NAME, familyLatin);
    putIfNotBlank(features, Attribute.HAN_NAME, ChineseText.toSimplified(han));
    putIfNotBlank(features, Attribute.GIVEN_PHONETIC, phonetic.apply(firstToken(givenLatin)));
    putIfNotBlank(features, Attribute.FAMILY_PHONETIC, phonetic.apply(familyLatin.replace(" ", "")));
    if (!givenLatin.isEmpty() && !familyLatin.isEmpty()) {
      features.put(Attribute.NAME_TOKENS, sortedTokens(givenLatin, familyLatin));
    }
  }

  /** The ASCII digits of a text, in order; a scan rather than a regex, as this runs per record. */
  private static String asciiDigits(String text) {
    StringBuilder digits = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        digits.append(c);
      }
    }
    return digits.toString();
  }

  private static String partOf(StandardValue[] values, int column, Part part) {
    if (column < 0 || !(values[column] instanceof StandardValue.Present present)) {
      return "";
    }
    return present.part(part).orElse(present.canonical());
  }

  private static String familyLatin(String family) {
    return ChineseText.containsHan(family) ? ChineseText.surnamePinyin(family) : latin(family);
  }

  /** Latin letters as they are; Han characters as joined pinyin, so both scripts compare. */
  private static String latin(String name) {
    if (!ChineseText.containsHan(name)) {
      return name.toLowerCase(Locale.ROOT).strip();
    }
    return ChineseText.joinedPinyin(name);
  }

  private static final ThreadLocal<DoubleMetaphone> METAPHONE = ThreadLocal.withInitial(() -> {
    DoubleMetaphone metaphone = new DoubleMetaphone();
    metaphone.setMaxCodeLen(6);
    return metaphone;
  });

  private static String phonetic(String token) {
    if (token.isEmpty()) {
      return "";
    }
    String code = METAPHONE.get().doubleMetaphone(token);
    return code == null ? "" : code;
  }

  private static String firstToken(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }

  /** The distinct tokens of both names in sorted order; most names are one token each, and need no split. */
  private static String sortedTokens(String given, String family) {
    if (isOneToken(given) && isOneToken(family)) {
      int order = given.compareTo(family);
      return order == 0 ? given : order < 0 ? given + " " + family : family + " " + given;
    }
    return sortedTokens(given + " " + family);
  }

  /** Whether the text is a token of its own: no white space that splitting or stripping would cut at. */
  private static boolean isOneToken(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c <= ' ' || (c >= 0x80 && Character.isWhitespace(c))) {
        return false;
      }
    }
    return !text.isEmpty();
  }

  private static String sortedTokens(String text) {
    String[] tokens = tokens(text.strip());
    java.util.Arrays.sort(tokens);
    StringBuilder joined = new StringBuilder(text.length());
    for (int i = 0; i < tokens.length; i++) {
      if (i == 0 || !tokens[i].equals(tokens[i - 1])) {
        joined.append(joined.length() == 0 ? "" : " ").append(tokens[i]);
      }
    }
    return joined.toString();
  }

  /** Tokens split at ASCII whitespace (as regex {@code \\s}); a scan instead of a regex, as this runs per record. */
  private static String[] tokens(String text) {
    List<String> tokens = new ArrayList<>(4);
    int start = -1;
    for (int i = 0; i <= text.length(); i++) {
      boolean space = i == text.length() || " \t\n\u000B\f\r".indexOf(text.charAt(i)) >= 0;
      if (space && start >= 0) {
        tokens.add(text.substring(start, i));
        start = -1;
      } else if (!space && start < 0) {
        start = i;
      }
    }
    return tokens.toArray(String[]::new);
  }

  private static String prefix(String core) {
    String compact = core.replace(" ", "").toLowerCase(Locale.ROOT);
    int length = ChineseText.containsHan(compact) ? 2 : 5;
    return compact.length() <= length ? compact : compact.substring(0, length);
  }

  private static void putIfNotBlank(Features features, Attribute attribute, String value) {
    if (!value.isBlank()) {
      features.put(attribute, value);
    }
  }
}
