package dev.golden.synth;

/**
 * Single-edit mistakes as people and scanners make them: a neighbouring key, a dropped, doubled
 * or swapped letter, and characters an OCR engine confuses (0/O, 1/l, rn/m).
 */
final class Typos {
  private static final String[] KEYBOARD_ROWS = {"1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"};
  private static final String[][] OCR_CONFUSIONS = {
      {"0", "O"}, {"O", "0"}, {"1", "l"}, {"l", "1"}, {"I", "1"}, {"5", "S"}, {"S", "5"}, {"8", "B"},
      {"B", "8"}, {"rn", "m"}, {"m", "rn"}, {"cl", "d"}, {"vv", "w"}, {"2", "Z"}, {"6", "G"}, {"e", "c"}};

  private Typos() {}

  /** One keyboard slip: a neighbouring key, a dropped, doubled or inserted letter, or two swapped. */
  static String keyboard(String text, Dice dice) {
    if (text.length() < 2) {
      return text;
    }
    int i = dice.nextInt(text.length());
    char c = text.charAt(i);
    return switch (dice.nextInt(4)) {
      case 0 -> text.substring(0, i) + matchCase(neighbour(c, dice), c) + text.substring(i + 1);
      case 1 -> text.substring(0, i) + text.substring(i + 1);
      case 2 -> text.substring(0, i) + c + text.substring(i);
      default -> {
        int j = i == text.length() - 1 ? i - 1 : i;
        yield text.substring(0, j) + text.charAt(j + 1) + text.charAt(j) + text.substring(j + 2);
      }
    };
  }

  /** One OCR confusion if the text has a confusable character, else the text unchanged. */
  static String ocr(String text, Dice dice) {
    int start = dice.nextInt(OCR_CONFUSIONS.length);
    for (int k = 0; k < OCR_CONFUSIONS.length; k++) {
      String[] confusion = OCR_CONFUSIONS[(start + k) % OCR_CONFUSIONS.length];
      int at = text.indexOf(confusion[0]);
      if (at >= 0) {
        return text.substring(0, at) + confusion[1] + text.substring(at + confusion[0].length());
      }
    }
    return text;
  }

  /** Changes one digit of the text, as when a number is misread or mistyped. */
  static String digit(String text, Dice dice) {
    int digits = 0;
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        digits++;
      }
    }
    if (digits == 0) {
      return text;
    }
    int target = dice.nextInt(digits);
    StringBuilder sb = new StringBuilder(text);
    for (int i = 0, seen = 0; i < sb.length(); i++) {
      if (Character.isDigit(sb.charAt(i)) && seen++ == target) {
        sb.setCharAt(i, (char) ('0' + (sb.charAt(i) - '0' + 1 + dice.nextInt(9)) % 10));
        break;
      }
    }
    return sb.toString();
  }

  private static char neighbour(char c, Dice dice) {
    char lower = Character.toLowerCase(c);
    for (int row = 0; row < KEYBOARD_ROWS.length; row++) {
      int col = KEYBOARD_ROWS[row].indexOf(lower);
      if (col >= 0) {
        String keys = KEYBOARD_ROWS[row];
        if (col == 0) {
          return keys.charAt(1);
        }
        if (col == keys.length() - 1) {
          return keys.charAt(col - 1);
        }
        return keys.charAt(dice.chance(0.5) ? col - 1 : col + 1);
      }
    }
    return lower == 'a' ? 's' : 'e';
  }

  private static char matchCase(char replacement, char original) {
    return Character.isUpperCase(original) ? Character.toUpperCase(replacement) : replacement;
  }
}
