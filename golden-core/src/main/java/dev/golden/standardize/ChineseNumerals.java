package dev.golden.standardize;

/** Simple Chinese numerals (零 to 九千九百九十九, 两, 〇) written with Arabic digits. */
final class ChineseNumerals {
  private ChineseNumerals() {}

  private static final String DIGITS = "零一二三四五六七八九";

  static boolean isNumeral(char c) {
    return DIGITS.indexOf(c) >= 0 || c == '〇' || c == '两' || c == '十' || c == '百' || c == '千';
  }

  /**
   * Every run of Chinese numerals directly followed by one of the given unit characters, rewritten in
   * Arabic digits: {@code 十二号 → 12号}, {@code 三楼 → 3楼}. Other runs stay as they are, since
   * numerals also occur in place names (三里屯, 五道口).
   */
  static String beforeUnits(String text, String units) {
    StringBuilder out = null;
    int i = 0;
    int copied = 0;
    while (i < text.length()) {
      if (!isNumeral(text.charAt(i))) {
        i++;
        continue;
      }
      int start = i;
      while (i < text.length() && isNumeral(text.charAt(i))) {
        i++;
      }
      if (i < text.length() && units.indexOf(text.charAt(i)) >= 0) {
        long value = value(text.substring(start, i));
        if (value >= 0) {
          if (out == null) {
            out = new StringBuilder(text.length());
          }
          out.append(text, copied, start).append(value);
          copied = i;
        }
      }
    }
    if (out == null) {
      return text;
    }
    return out.append(text.substring(copied)).toString();
  }

  /** The value of a numeral such as 二十三, 一百零五 or 一〇五 (read digit by digit); -1 if not simple. */
  static long value(String numeral) {
    boolean positional = numeral.indexOf('十') >= 0 || numeral.indexOf('百') >= 0 || numeral.indexOf('千') >= 0;
    if (!positional) {
      long value = 0;
      for (int i = 0; i < numeral.length(); i++) {
        int digit = digit(numeral.charAt(i));
        if (digit < 0) {
          return -1;
        }
        value = value * 10 + digit;
      }
      return value;
    }
    long total = 0;
    int pending = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int multiplier = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
      if (multiplier > 0) {
        total += (pending < 0 ? 1 : pending) * (long) multiplier;
        pending = -1;
      } else {
        int digit = digit(c);
        if (digit < 0) {
          return -1;
        }
        pending = digit == 0 ? -1 : digit;
      }
    }
    return total + Math.max(pending, 0);
  }

  private static int digit(char c) {
    if (c == '〇') {
      return 0;
    }
    if (c == '两') {
      return 2;
    }
    return DIGITS.indexOf(c);
  }
}
