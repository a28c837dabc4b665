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
    if (isoCountry == null || !isoCountry.strip().matches("[A-Za-z]{2}")) {
      return this; // "中国" or "USA" is not a region code; the country standardizer turns them into one
    }
    return new StandardizeContext(isoCountry.strip());
  }
}
