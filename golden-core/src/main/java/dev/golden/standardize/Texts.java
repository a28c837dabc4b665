package dev.golden.standardize;

import java.text.Normalizer;
import java.util.Locale;

/** Small text helpers shared by the standardizers. Each has a fast path for plain ASCII. */
final class Texts {
  private Texts() {}

  /** Unicode compatibility form: full-width letters, digits and punctuation become half-width. */
  static String nfkc(String text) {
    return isNfkcInert(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * Whether NFKC leaves the text as it is because it holds only ASCII and unified Han ideographs:
   * neither has a compatibility decomposition, neither combines with the other, so most Chinese
   * names and addresses skip the normalizer's copy.
   */
  private static boolean isNfkcInert(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x80 && !(c >= 0x4E00 && c <= 0x9FFF) && !(c >= 0x3400 && c <= 0x4DBF)) {
        return false;
      }
    }
    return true;
  }

  /** Accents removed and Latin ligatures spelled out: {@code José Ærø Łódź → Jose AEro Lodz}. */
  static String foldAccents(String text) {
    if (isAscii(text)) {
      return text;
    }
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    StringBuilder out = new StringBuilder(decomposed.length());
    for (int i = 0; i < decomposed.length(); i++) {
      char c = decomposed.charAt(i);
      if (Character.getType(c) == Character.NON_SPACING_MARK) {
        continue;
      }
      switch (c) {
        case 'ø' -> out.append('o');
        case 'Ø' -> out.append('O');
        case 'ł' -> out.append('l');
        case 'Ł' -> out.append('L');
        case 'đ' -> out.append('d');
        case 'Đ' -> out.append('D');
        case 'ß' -> out.append("ss");
        case 'æ' -> out.append("ae");
        case 'Æ' -> out.append("AE");
        case 'œ' -> out.append("oe");
        case 'Œ' -> out.append("OE");
        case 'ı' -> out.append('i');
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Trimmed, with every run of white space (including the ideographic space) as one space. */
  static String collapseWhitespace(String text) {
    if (isCollapsed(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    boolean pendingSpace = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isWhitespace(c)) {
        pendingSpace = out.length() > 0;
      } else {
        if (pendingSpace) {
          out.append(' ');
          pendingSpace = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  /** Whether collapsing would leave the text as it is: single spaces between other characters only. */
  private static boolean isCollapsed(String text) {
    boolean afterSpace = true; // as if a space came before the first character: none may start the text
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ') {
        if (afterSpace) {
          return false;
        }
        afterSpace = true;
      } else if (isWhitespace(c)) {
        return false;
      } else {
        afterSpace = false;
      }
    }
    return !afterSpace || text.isEmpty();
  }

  /** White space as {@link #collapseWhitespace} sees it; ASCII answered without Unicode tables. */
  private static boolean isWhitespace(char c) {
    if (c < 0x80) {
      return c == ' ' || (c >= '\t' && c <= '\r') || (c >= 0x1C && c <= 0x1F);
    }
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }

  static String upper(String text) {
    return text.toUpperCase(Locale.ROOT);
  }

  /** Characters other than letters and digits turned into spaces, then white space collapsed. */
  static String punctuationToSpace(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      out.append(Character.isLetterOrDigit(c) ? c : ' ');
    }
    return collapseWhitespace(out.toString());
  }

  /** Only the ASCII digits of the text. */
  static String digits(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '0' && c <= '9') {
        out.append(c);
      }
    }
    return out.toString();
  }

  static boolean isAscii(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** NFKC, traditional Han to simplified, and white space collapsed: the start of most cleaning. */
  static String basicClean(String raw) {
    String text = nfkc(raw);
    if (!isAscii(text)) {
      text = ChineseText.toSimplified(text);
    }
    return collapseWhitespace(text);
  }
}
