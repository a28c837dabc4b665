package dev.golden.standardize;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Cleaning shared by the person-name standardizers. */
final class NameText {
  private NameText() {}

  // Encoding only reads the instance's settings, so one instance serves every thread.
  private static final DoubleMetaphone METAPHONE = new DoubleMetaphone();

  static final String LATIN = "latin";
  static final String HAN = "han";
  static final String MIXED = "mixed";

  /**
   * Lower-case ASCII tokens of a Latin name: accents folded, apostrophes dropped ({@code O'Brien →
   * obrien}), every other mark a separator ({@code J.R.R. → j r r}, {@code Jean-Pierre → jean
   * pierre}).
   */
  static List<String> latinTokens(String text) {
    String folded = Texts.lower(Texts.foldAccents(text));
    List<String> tokens = new ArrayList<>(4);
    StringBuilder token = new StringBuilder();
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        token.append(c);
      } else if (c != '\'' && c != '’' && c != '`') {
        flush(token, tokens);
      }
    }
    flush(token, tokens);
    return tokens;
  }

  private static void flush(StringBuilder token, List<String> tokens) {
    if (token.length() > 0) {
      tokens.add(token.toString());
      token.setLength(0);
    }
  }

  /** The Han characters of the text and the middle dots of transliterated names (约翰·史密斯). */
  static String hanOnly(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (ChineseText.isHan(c)) {
        out.append(c);
      } else if (isNameDot(c) && out.length() > 0 && out.charAt(out.length() - 1) != '·') {
        out.append('·');
      }
    }
    int end = out.length();
    return end > 0 && out.charAt(end - 1) == '·' ? out.substring(0, end - 1) : out.toString();
  }

  private static boolean isNameDot(char c) {
    return c == '·' || c == '•' || c == '・' || c == '‧' || c == '.';
  }

  static boolean hasLatinLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN) {
        return true;
      }
    }
    return false;
  }

  /** Double Metaphone of each token, space separated. */
  static String phonetic(List<String> tokens) {
    StringBuilder out = new StringBuilder();
    for (String token : tokens) {
      String code = METAPHONE.doubleMetaphone(token);
      if (code != null && !code.isEmpty()) {
        if (out.length() > 0) {
          out.append(' ');
        }
        out.append(code);
      }
    }
    return out.toString();
  }

  /** A surname written in pinyin in its one spelling: ü as u ({@code lyu}, {@code lv} → {@code lu}). */
  static String pinyinSpelling(String token) {
    return switch (token) {
      case "lyu", "lv" -> "lu";
      case "nyu", "nv" -> "nu";
      default -> token;
    };
  }
}
