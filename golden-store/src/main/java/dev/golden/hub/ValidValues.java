package dev.golden.hub;

import dev.golden.dictionary.FieldDefinition;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Whether a golden value keeps its field's rules: in the picklist (ignoring case, as
 * standardization does) and matching the validation pattern as a whole. A field without rules
 * takes any value.
 */
final class ValidValues {

    private final Map<String, Predicate<String>> rules = new HashMap<>();

    ValidValues(List<FieldDefinition> fields) {
        for (FieldDefinition field : fields) {
            Predicate<String> rule = value -> true;
            if (field.hasPicklist()) {
                Set<String> allowed = field.picklist().stream()
                        .map(p -> p.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
                rule = rule.and(value -> allowed.contains(value.toLowerCase(Locale.ROOT)));
            }
            if (!field.validationPattern().isEmpty()) {
                Pattern pattern = Pattern.compile(field.validationPattern());
                rule = rule.and(value -> pattern.matcher(value).matches());
            }
            rules.put(field.name(), rule);
        }
    }

    boolean isValid(String field, String value) {
        Predicate<String> rule = rules.get(field);
        return rule == null || rule.test(value);
    }
}
