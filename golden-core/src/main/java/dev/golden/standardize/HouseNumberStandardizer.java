package dev.golden.standardize;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A house number as digits and an optional letter or range: {@code No. 12 → 12}, {@code 12 A →
 * 12a}, {@code 12 - 14 → 12-14}, {@code 十二号 → 12}. Anything else is kept cleaned and flagged.
 */
final class HouseNumberStandardizer implements Standardizer {
  private static final Pattern NUMBER =
      Pattern.compile("(?:no|nr|number|#|第)?\\s*(\\d+)\\s*([a-z])?(?:\\s*[-–/]\\s*(\\d+)\\s*([a-z])?)?\\s*号?");

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.lower(Texts.basicClean(raw)).replace(".", " ").strip();
    text = ChineseNumerals.beforeUnits(text, "号");
    Matcher m = NUMBER.matcher(text);
    if (!m.matches()) {
      return new StandardValue.Present(raw, text, Map.of(), List.of("not a house number"));
    }
    StringBuilder canonical = new StringBuilder(m.group(1));
    if (m.group(2) != null) {
      canonical.append(m.group(2));
    }
    if (m.group(3) != null) {
      canonical.append('-').append(m.group(3));
      if (m.group(4) != null) {
        canonical.append(m.group(4));
      }
    }
    String value = canonical.toString();
    return new StandardValue.Present(raw, value, Map.of(Part.HOUSE_NUMBER, value), List.of());
  }
}
