package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.dictionary.ValueRules;
import dev.golden.standardize.StandardValue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a standardized row against the dictionary's rules: required fields, validation
 * patterns and picklists. Patterns are compiled once; a check allocates only when it fails.
 * Thread-safe.
 */
final class RowValidator {

    /** The first rule a row breaks. */
    record Violation(String field, String reason) {
    }

    private record Rule(FieldDefinition field, ValueRules values) {
    }

    private final Rule[] ruleOfColumn;
    private final List<FieldDefinition> requiredButAbsent;

    /**
     * @param fieldOfColumn the field each column of the file is mapped to, null for an unmapped column
     * @param idMapped whether the file has an id column; without one the rows get line numbers as
     *     ids, so a required identifier is not required of them
     */
    RowValidator(DataDictionary dictionary, FieldDefinition[] fieldOfColumn, boolean idMapped) {
        ruleOfColumn = new Rule[fieldOfColumn.length];
        Set<String> mapped = new HashSet<>();
        for (int c = 0; c < fieldOfColumn.length; c++) {
            FieldDefinition f = fieldOfColumn[c];
            if (f != null) {
                mapped.add(f.name());
                ruleOfColumn[c] = new Rule(f, ValueRules.of(f));
            }
        }
        List<FieldDefinition> absent = new ArrayList<>();
        for (FieldDefinition f : dictionary.fields()) {
            boolean exempt = f.role() == Role.IDENTIFIER && !idMapped;
            if (f.required() && !mapped.contains(f.name()) && !exempt) {
                absent.add(f);
            }
        }
        requiredButAbsent = List.copyOf(absent);
    }

    /** The first broken rule, in column order, or empty when the row is valid. */
    Optional<Violation> check(StandardValue[] values) {
        if (!requiredButAbsent.isEmpty()) {
            String field = requiredButAbsent.get(0).name();
            return Optional.of(new Violation(field, "required field " + field + " has no column in the file"));
        }
        for (int c = 0; c < ruleOfColumn.length; c++) {
            Rule rule = ruleOfColumn[c];
            if (rule == null) {
                continue;
            }
            StandardValue value = c < values.length ? values[c] : null;
            String name = rule.field().name();
            if (!(value instanceof StandardValue.Present present)) {
                if (rule.field().required()) {
                    return Optional.of(new Violation(name, "required field " + name + " is missing"));
                }
                continue;
            }
            String canonical = present.canonical();
            if (!rule.values().inPicklist(canonical)) {
                return Optional.of(new Violation(name, name + " '" + present.raw() + "' is not one of "
                        + rule.field().picklist()));
            }
            if (!rule.values().matchesPattern(canonical)) {
                return Optional.of(new Violation(name, name + " '" + present.raw() + "' does not match the pattern "
                        + rule.field().validationPattern()));
            }
        }
        return Optional.empty();
    }
}
