package dev.golden.standardize;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A postal code in upper case with its conventional spacing: UK {@code SW1A 1AA}, US ZIP {@code
 * 60601} or ZIP+4 {@code 60601-1234}, Canadian {@code K1A 0B1}, Chinese six digits, Australian
 * four. Other shapes are kept (upper case, single spaces) with a problem, leniently: postal systems
 * are many.
 */
final class PostcodeStandardizer implements Standardizer {
  private static final Pattern UK = Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})");
  private static final Pattern ZIP_PLUS_4 = Pattern.compile("([0-9]{5}) ?[- ]? ?([0-9]{4})");
  private static final Pattern CANADA = Pattern.compile("([A-Z][0-9][A-Z]) ?([0-9][A-Z][0-9])");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{3,7}");
  private static final Pattern LETTERS_DIGITS = Pattern.compile("[0-9A-Z][0-9A-Z -]{2,9}");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.upper(Texts.collapseWhitespace(Texts.nfkc(raw)));
    Matcher m = UK.matcher(text);
    if (m.matches()) {
      return valid(raw, m.group(1) + ' ' + m.group(2));
    }
    m = CANADA.matcher(text);
    if (m.matches()) {
      return valid(raw, m.group(1) + ' ' + m.group(2));
    }
    m = ZIP_PLUS_4.matcher(text);
    if (m.matches() && (context.defaultRegion().equals("US") || text.indexOf('-') > 0)) {
      return valid(raw, m.group(1) + '-' + m.group(2));
    }
    if (DIGITS.matcher(text).matches()) {
      return plausibleFor(context.defaultRegion(), text)
          ? valid(raw, text)
          : problem(raw, text, "not a postcode of region " + context.defaultRegion());
    }
    if (LETTERS_DIGITS.matcher(text).matches()) {
      return valid(raw, text);
    }
    return problem(raw, text, "not a postcode");
  }

  // Digit-only codes: check the length where the region's system is known.
  private static boolean plausibleFor(String region, String digits) {
    int length = digits.length();
    return switch (region) {
      case "CN", "SG", "IN", "RU" -> length == 6;
      case "AU", "NZ", "DK", "NO", "CH", "AT", "BE", "HU", "ZA", "PH" -> length == 4;
      case "US", "DE", "FR", "IT", "ES", "MY", "MX", "KR", "FI" -> length == 5;
      case "HK", "MO" -> false; // no postcodes
      default -> true;
    };
  }

  private static StandardValue valid(String raw, String canonical) {
    return new StandardValue.Present(raw, canonical, Map.of(), List.of());
  }

  private static StandardValue problem(String raw, String canonical, String problem) {
    return new StandardValue.Present(raw, canonical, Map.of(), List.of(problem));
  }
}
