package dev.golden.standardize;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth in ISO-8601 ({@code 1956-04-09}) from the formats people type: {@code
 * 19560409}, {@code 1956/4/9}, {@code 1956年4月9日}, {@code 09/04/1956}, {@code 9.4.1956}, {@code 9
 * April 1956}, {@code Apr 9, 1956}, two-digit years. In {@code 09/04/1956} a part above 12 is the
 * day; otherwise the record's region decides: month first in the US, day first elsewhere. A
 * two-digit year is in the past century unless that would put the birth in the future. Dates that
 * do not exist keep their digits and carry a problem.
 */
final class DateOfBirthStandardizer implements Standardizer {
  private static final Pattern YEAR_FIRST =
      Pattern.compile("(\\d{4})\\s*[-/.年\\s]\\s*(\\d{1,2})\\s*[-/.月\\s]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})\\s*[-/.\\s]\\s*(\\d{1,2})\\s*[-/.\\s]\\s*(\\d{4}|\\d{2})");
  private static final Pattern DAY_MONTH_NAME =
      Pattern.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.]*([a-z]+)[\\s\\-/.,]*(\\d{4}|\\d{2})");
  private static final Pattern MONTH_NAME_DAY =
      Pattern.compile("([a-z]+)[\\s\\-/.]*(\\d{1,2})(?:st|nd|rd|th)?[\\s\\-/.,]*(\\d{4}|\\d{2})");
  // Exports from databases and spreadsheets append a time of day.
  private static final Pattern TIME_OF_DAY = Pattern.compile("[ t]\\d{1,2}:\\d{2}(:\\d{2}(\\.\\d+)?)?\\s*(z|[+-]\\d{2}:?\\d{2})?$");
  private static final Set<String> MONTH_FIRST_REGIONS = Set.of("US", "PH", "FM", "MH", "PW");
  private static final Map<String, Integer> MONTHS = months();

  private final Clock clock;

  DateOfBirthStandardizer(Clock clock) {
    this.clock = clock;
  }

  @Override
  public StandardValue standardize(String raw, StandardizeContext context) {
    String text = Texts.lower(Texts.collapseWhitespace(Texts.nfkc(raw)));
    if (text.indexOf(':') >= 0) {
      text = TIME_OF_DAY.matcher(text).replaceFirst("");
    }
    Matcher m;
    if ((m = YEAR_FIRST.matcher(text)).matches() || (m = COMPACT.matcher(text)).matches()) {
      return date(raw, text, num(m, 1), num(m, 2), num(m, 3));
    }
    if ((m = NUMERIC.matcher(text)).matches()) {
      int first = num(m, 1);
      int second = num(m, 2);
      int year = year(m.group(3));
      boolean monthFirst = first > 12 ? false
          : second > 12 || MONTH_FIRST_REGIONS.contains(context.defaultRegion());
      return monthFirst ? date(raw, text, year, first, second) : date(raw, text, year, second, first);
    }
    if ((m = DAY_MONTH_NAME.matcher(text)).matches() && MONTHS.containsKey(m.group(2))) {
      return date(raw, text, year(m.group(3)), MONTHS.get(m.group(2)), num(m, 1));
    }
    if ((m = MONTH_NAME_DAY.matcher(text)).matches() && MONTHS.containsKey(m.group(1))) {
      return date(raw, text, year(m.group(3)), MONTHS.get(m.group(1)), num(m, 2));
    }
    String digits = Texts.digits(text);
    return new StandardValue.Present(
        raw, digits.isEmpty() ? text : digits, Map.of(), List.of("not a recognised date"));
  }

  private StandardValue date(String raw, String text, int year, int month, int day) {
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return new StandardValue.Present(
          raw, Texts.digits(text), Map.of(), List.of("not a real date: " + e.getMessage()));
    }
    Map<Part, String> parts = new EnumMap<>(Part.class);
    parts.put(Part.YEAR, String.valueOf(year));
    parts.put(Part.MONTH, String.valueOf(month));
    parts.put(Part.DAY, String.valueOf(day));
    List<String> problems = date.isAfter(LocalDate.now(clock)) ? List.of("date of birth in the future") : List.of();
    return new StandardValue.Present(raw, date.toString(), parts, problems);
  }

  private int year(String digits) {
    int year = Integer.parseInt(digits);
    if (digits.length() > 2) {
      return year;
    }
    int thisYear = LocalDate.now(clock).getYear();
    int candidate = thisYear / 100 * 100 + year;
    return candidate > thisYear ? candidate - 100 : candidate;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static Map<String, Integer> months() {
    String[] names = {"january", "february", "march", "april", "may", "june", "july", "august",
        "september", "october", "november", "december"};
    Map<String, Integer> months = new java.util.HashMap<>();
    for (int i = 0; i < names.length; i++) {
      months.put(names[i], i + 1);
      months.put(names[i].substring(0, 3), i + 1);
    }
    months.put("sept", 9);
    return Map.copyOf(months);
  }
}
