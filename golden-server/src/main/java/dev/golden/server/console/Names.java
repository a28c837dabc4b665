package dev.golden.server.console;

import dev.golden.store.Customer;
import java.util.Map;

/** How a customer is called on the pages: person or company name, else the number. */
final class Names {

  private Names() {}

  static String of(Customer customer) {
    return of(customer.id(), Values.plain(customer));
  }

  static String of(long id, Map<String, String> values) {
    for (String field : new String[] {"full_name", "company_name"}) {
      String value = values.get(field);
      if (value != null && !value.isBlank()) {
        return value;
      }
    }
    String given = values.getOrDefault("given_name", "");
    String family = values.getOrDefault("family_name", "");
    // Chinese names are written family name first, without a space: 陆丽, not 丽 陆.
    String joined = isHan(given) && isHan(family) ? family + given : (given + " " + family).strip();
    return joined.isEmpty() ? "#" + id : joined;
  }

  private static boolean isHan(String text) {
    return !text.isEmpty() && text.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
  }
}
