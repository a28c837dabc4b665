package dev.golden.standardize;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.dictionary.ValueRules;
import java.time.Clock;
import java.util.HashMap;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.EnumSet;

/**
 * The one entry point for cleaning values: recognises missing values, runs the role's
 * standardizer, then checks the dictionary's picklist and validation pattern.
 */
public final class Standardization {
  /**
   * Roles whose values repeat across records, so that remembering them saves most of the work (on
   * generated customers: 95% of given names, cities and companies, 75% of postcodes, half the dates
   * of birth). Phones, emails and street lines are nearly all distinct: remembering them only costs.
   */
  private static final Set<Role> REPEATING = EnumSet.of(Role.PERSON_NAME, Role.GIVEN_NAME, Role.FAMILY_NAME,
      Role.COMPANY_NAME, Role.HOUSE_NUMBER, Role.CITY, Role.REGION, Role.POSTCODE, Role.COUNTRY,
      Role.DATE_OF_BIRTH, Role.WEBSITE, Role.CATEGORY);
  /** Values remembered per field: a few tens of megabytes at most. */
  private static final int MEMO_CAPACITY = 1 << 16;

  private final DataDictionary dictionary;
  private final MissingValues missingValues;
  private final Map<Role, Standardizer> byRole;
  private final StandardizeContext defaultContext;
  private final Map<String, ValueRules> rules = new HashMap<>();
  private final Map<String, ValueMemo> memos = new HashMap<>();

  private Standardization(DataDictionary dictionary, Map<Role, Standardizer> byRole) {
    this.dictionary = dictionary;
    this.missingValues = new MissingValues(dictionary.missingPlaceholders());
    this.byRole = new EnumMap<>(byRole);
    this.defaultContext = new StandardizeContext(dictionary.defaultRegion());
    dictionary.fields().forEach(f -> rules.put(f.name(), ValueRules.of(f)));
    dictionary.fields().stream().filter(f -> REPEATING.contains(f.role()))
        .forEach(f -> memos.put(f.name(), new ValueMemo(MEMO_CAPACITY)));
  }

  public static Standardization of(DataDictionary dictionary) {
    return new Standardization(dictionary, Standardizers.all());
  }

  /**
   * Standardization with a nickname table of your own instead of the shipped one, and the clock
   * that decides which dates of birth lie in the future.
   */
  public static Standardization of(DataDictionary dictionary, Nicknames nicknames, Clock clock) {
    return new Standardization(dictionary, Standardizers.all(nicknames, clock));
  }

  public DataDictionary dictionary() {
    return dictionary;
  }

  public StandardizeContext defaultContext() {
    return defaultContext;
  }

  public boolean isMissing(String raw) {
    return missingValues.isMissing(raw);
  }

  /**
   * Standardizes a whole row. A row that names its country (a column of role country) is read in
   * that country's context, so "(02) 9374 4000" is an Australian number on an Australian record.
   *
   * @param fieldsByColumn the field of each column; null for an unmapped column
   * @return one value per column; unmapped columns are returned as missing, raw value kept
   */
  public StandardValue[] standardizeRow(FieldDefinition[] fieldsByColumn, java.util.List<String> raw) {
    StandardizeContext context = defaultContext;
    for (int i = 0; i < fieldsByColumn.length; i++) {
      if (fieldsByColumn[i] != null && fieldsByColumn[i].role() == Role.COUNTRY && i < raw.size()) {
        StandardValue country = standardize(fieldsByColumn[i], raw.get(i));
        if (country.isValid()) {
          context = context.forCountry(country.canonicalValue().orElseThrow());
        }
        break;
      }
    }
    StandardValue[] values = new StandardValue[fieldsByColumn.length];
    for (int i = 0; i < fieldsByColumn.length; i++) {
      String value = i < raw.size() ? raw.get(i) : "";
      values[i] = fieldsByColumn[i] == null ? StandardValue.missing(value) : standardize(fieldsByColumn[i], value, context);
    }
    return values;
  }

  /** Standardizes one value of a field in the dictionary's default context. */
  public StandardValue standardize(FieldDefinition field, String raw) {
    return standardize(field, raw, defaultContext);
  }

  /** Standardizes one value of a field and validates it against the field's rules. */
  public StandardValue standardize(FieldDefinition field, String raw, StandardizeContext context) {
    ValueMemo memo = raw == null ? null : memos.get(field.name());
    return memo == null
        ? standardizeAnew(field, raw, context)
        : memo.get(context.defaultRegion(), raw, () -> standardizeAnew(field, raw, context));
  }

  private StandardValue standardizeAnew(FieldDefinition field, String raw, StandardizeContext context) {
    if (missingValues.isMissing(raw)) {
      return StandardValue.missing(raw);
    }
    StandardValue value = byRole.get(field.role()).standardize(raw, context);
    if (value instanceof StandardValue.Present present) {
      return validate(field, present);
    }
    return value;
  }

  private StandardValue.Present validate(FieldDefinition field, StandardValue.Present value) {
    StandardValue.Present checked = value;
    ValueRules fieldRules = rules.get(field.name());
    if (fieldRules == null) { // a field from outside the dictionary this was built for
      fieldRules = ValueRules.of(field);
    }
    if (!fieldRules.inPicklist(value.canonical())) {
      checked = checked.withProblem("not in the picklist of " + field.name());
    }
    if (value.problems().isEmpty() && !fieldRules.matchesPattern(value.canonical())) {
      checked = checked.withProblem("does not match the pattern of " + field.name());
    }
    return checked;
  }
}
