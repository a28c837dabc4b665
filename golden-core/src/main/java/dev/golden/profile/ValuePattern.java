package dev.golden.profile;

/**
 * The shape of a value: upper-case letters become {@code A}, other letters {@code a}, Han
 * characters {@code 汉}, digits {@code 9}; anything else is kept. Runs of letters collapse to one
 * symbol ({@code John Smith} is {@code Aa Aa}), digits do not, because their count is what tells a
 * postcode from a phone number ({@code 138-0013-8000} is {@code 999-9999-9999}).
 */
final class ValuePattern {
  static final int MAX_LENGTH = 40;

  private ValuePattern() {}

  static String of(String value) {
    StringBuilder shape = new StringBuilder(Math.min(value.length(), MAX_LENGTH + 1));
    char last = 0;
    for (int i = 0; i < value.length(); ) {
      int cp = value.codePointAt(i);
      i += Character.charCount(cp);
      char symbol;
      boolean collapses = true;
      if (cp >= 'a' && cp <= 'z') { // ASCII first: most values are
        symbol = 'a';
      } else if (cp >= 'A' && cp <= 'Z') {
        symbol = 'A';
      } else if (cp >= '0' && cp <= '9' || (cp > 0x7F && Character.isDigit(cp))) {
        symbol = '9';
        collapses = false;
      } else if (cp > 0x7F && Character.isLetter(cp)) {
        if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
          symbol = '汉';
        } else {
          symbol = Character.isUpperCase(cp) || Character.isTitleCase(cp) ? 'A' : 'a';
        }
      } else if (Character.isWhitespace(cp)) {
        symbol = ' ';
      } else {
        if (shape.length() >= MAX_LENGTH) {
          return shape.append('…').toString();
        }
        shape.appendCodePoint(cp);
        last = 0;
        continue;
      }
      if (collapses && symbol == last) {
        continue;
      }
      if (shape.length() >= MAX_LENGTH) {
        return shape.append('…').toString();
      }
      shape.append(symbol);
      last = symbol;
    }
    return shape.toString();
  }
}
