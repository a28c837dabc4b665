package dev.golden.hub;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.ValueRules;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Whether a golden value keeps its field's rules ({@link ValueRules}); a field without rules takes any value. */
final class ValidValues {

    private final Map<String, ValueRules> rules = new HashMap<>();

    ValidValues(List<FieldDefinition> fields) {
        fields.forEach(field -> rules.put(field.name(), ValueRules.of(field)));
    }

    boolean isValid(String field, String value) {
        ValueRules rule = rules.get(field);
        return rule == null || rule.allows(value);
    }
}
