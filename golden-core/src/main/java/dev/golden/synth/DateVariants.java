package dev.golden.synth;

import java.time.LocalDate;

/**
 * Dates of birth as other systems hold them: another format (05/03/1980, 19800305, 1980年3月5日),
 * day and month swapped, one digit wrong, or missing.
 */
final class DateVariants {
  private static final String[] MONTHS = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

  private DateVariants() {}

  static String vary(String isoDate, Culture culture, Dice dice) {
    if (isoDate.isEmpty()) {
      return "";
    }
    if (dice.chance(0.08)) {
      return dice.chance(0.2) ? "0000-00-00" : Placeholders.missing(culture, dice);
    }
    LocalDate date = LocalDate.parse(isoDate);
    if (date.getDayOfMonth() <= 12 && date.getDayOfMonth() != date.getMonthValue() && dice.chance(0.05)) {
      date = LocalDate.of(date.getYear(), date.getDayOfMonth(), date.getMonthValue());
    }
    String text = dice.chance(0.5) ? format(date, culture, dice) : date.toString();
    return dice.chance(0.05) ? Typos.digit(text, dice) : text;
  }

  private static String format(LocalDate date, Culture culture, Dice dice) {
    int y = date.getYear();
    int m = date.getMonthValue();
    int d = date.getDayOfMonth();
    return switch (dice.nextInt(5)) {
      case 0 -> culture == Culture.US ? two(m) + "/" + two(d) + "/" + y : two(d) + "/" + two(m) + "/" + y;
      case 1 -> y + two(m) + two(d);
      case 2 -> culture.chinese() ? y + "年" + m + "月" + d + "日" : d + " " + MONTHS[m - 1] + " " + y;
      case 3 -> y + "/" + m + "/" + d;
      default -> two(d) + "." + two(m) + "." + y;
    };
  }

  private static String two(int value) {
    return value < 10 ? "0" + value : String.valueOf(value);
  }
}
