package dev.golden.server.console;

import dev.golden.dictionary.FieldDefinition;
import dev.golden.store.Customer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Customer values as pages list them: plain strings, fields in the dictionary's order. */
final class Values {

  private Values() {}

  static Map<String, String> plain(Customer customer) {
    Map<String, String> values = new LinkedHashMap<>();
    customer.values().forEach((field, value) -> values.put(field, value.value()));
    return values;
  }

  /** The fields present in any of {@code present}, in dictionary order, unknown ones last. */
  static List<String> fieldsInOrder(List<FieldDefinition> dictionary, Collection<? extends Set<String>> present) {
    List<String> ordered = new ArrayList<>();
    for (FieldDefinition field : dictionary) {
      if (present.stream().anyMatch(s -> s.contains(field.name()))) {
        ordered.add(field.name());
      }
    }
    present.forEach(s -> s.stream().filter(f -> !ordered.contains(f)).sorted().forEach(ordered::add));
    return ordered;
  }
}
