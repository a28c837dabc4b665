package dev.golden.compare;

/**
 * Comparisons of ISO-8601 calendar dates ({@code yyyy-mm-dd}, years 0000 to 9999), as
 * standardization writes them, parsed by hand without allocating. Values that are not such a date
 * ({@code 2023-02-29}, {@code 1990-1-5}, a date with a time) are not dates: {@link #daysBetween}
 * puts them {@link #NOT_COMPARABLE} apart and every predicate is false for them.
 */
public final class DateDistance {
  /** The distance reported when either value is not a date: larger than any real one. */
  public static final int NOT_COMPARABLE = Integer.MAX_VALUE;

  private static final int INVALID = Integer.MIN_VALUE;

  private DateDistance() {}

  /** Whether the value is a valid {@code yyyy-mm-dd} date. */
  public static boolean isDate(String s) {
    return epochDay(s) != INVALID;
  }

  /** The number of days between the dates, never negative, or {@link #NOT_COMPARABLE}. */
  public static int daysBetween(String a, String b) {
    int x = epochDay(a);
    int y = epochDay(b);
    return x == INVALID || y == INVALID ? NOT_COMPARABLE : Math.abs(x - y);
  }

  /**
   * Whether one date is the other with day and month swapped, the classic slip between
   * day-first and month-first writing: {@code 1985-03-07} and {@code 1985-07-03}. A date whose
   * day equals its month is not a swap of itself.
   */
  public static boolean isDayMonthSwap(String a, String b) {
    return isDate(a)
        && isDate(b)
        && a.regionMatches(0, b, 0, 4)
        && a.regionMatches(5, b, 8, 2)
        && a.regionMatches(8, b, 5, 2)
        && !a.regionMatches(5, a, 8, 2);
  }

  /** Whether both are dates in the same year. */
  public static boolean sameYear(String a, String b) {
    return isDate(a) && isDate(b) && a.regionMatches(0, b, 0, 4);
  }

  /** Whether both are dates in the same month of the same year. */
  public static boolean sameYearMonth(String a, String b) {
    return isDate(a) && isDate(b) && a.regionMatches(0, b, 0, 7);
  }

  /** Whether both are dates on the same day of the year, such as one birthday with a wrong year. */
  public static boolean sameMonthDay(String a, String b) {
    return isDate(a) && isDate(b) && a.regionMatches(5, b, 5, 5);
  }

  /** Days since 1970-01-01, or {@link #INVALID}. */
  private static int epochDay(String s) {
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      return INVALID;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
      return INVALID;
    }
    return daysFromCivil(year, month, day);
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static int daysInMonth(int year, int month) {
    return switch (month) {
      case 2 -> isLeap(year) ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
  }

  private static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  /**
   * The proleptic Gregorian day number, by Howard Hinnant's days-from-civil algorithm: count from
   * 1 March so that the leap day ends the year. Years here are never negative.
   */
  private static int daysFromCivil(int year, int month, int day) {
    int y = month <= 2 ? year - 1 : year;
    int era = Math.floorDiv(y, 400);
    int yearOfEra = y - era * 400;
    int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146_097 + dayOfEra - 719_468;
  }
}
