package dev.golden.profile;

/** Terminal cell width: East Asian wide characters (Han, kana, Hangul, full-width forms) take two. */
final class DisplayWidth {
  private DisplayWidth() {}

  static int of(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      width += width(cp);
    }
    return width;
  }

  private static int width(int cp) {
    if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) {
      return 0;
    }
    boolean wide = (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF)
        || (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF)
        || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD);
    return wide ? 2 : 1;
  }

  /**
   * The text on one line, cut with an ellipsis if wider than {@code width} and padded with spaces
   * to exactly {@code width} cells.
   */
  static String fit(String text, int width) {
    String line = text.replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
    StringBuilder out = new StringBuilder();
    int used = 0;
    if (of(line) <= width) {
      out.append(line);
      used = of(line);
    } else {
      for (int i = 0; i < line.length(); ) {
        int cp = line.codePointAt(i);
        int w = width(cp);
        if (used + w > width - 1) {
          break;
        }
        out.appendCodePoint(cp);
        used += w;
        i += Character.charCount(cp);
      }
      out.append('…');
      used++;
    }
    while (used < width) {
      out.append(' ');
      used++;
    }
    return out.toString();
  }

  /** The text right-aligned in {@code width} cells (numbers). */
  static String right(String text, int width) {
    int w = of(text);
    return w >= width ? text : " ".repeat(width - w) + text;
  }
}
