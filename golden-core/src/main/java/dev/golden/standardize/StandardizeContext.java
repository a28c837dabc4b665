package dev.golden.standardize;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * What a standardizer may know beyond the value itself.
 *
 * @param defaultRegion ISO 3166 alpha-2 region used for phone numbers without a country code when
 *     the record names no country
 */
public record StandardizeContext(String defaultRegion) implements Serializable {
  public StandardizeContext {
    defaultRegion = Objects.requireNonNull(defaultRegion, "defaultRegion").toUpperCase(Locale.ROOT);
  }

  /** The same context for a record that names its own country, when it does. */
  public StandardizeContext forCountry(String isoCountry) {
    String code = isoCountry == null ? "" : isoCountry.strip();
    if (!isTwoLetters(code)) {
      return this; // "中国" or "USA" is not a region code; the country standardizer turns them into one
    }
    return code.equalsIgnoreCase(defaultRegion) ? this : new StandardizeContext(code);
  }

  // Called once per record: String.matches would compile a pattern every time.
  private static boolean isTwoLetters(String code) {
    return code.length() == 2 && isAsciiLetter(code.charAt(0)) && isAsciiLetter(code.charAt(1));
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }
}
