package dev.golden.synth;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes one CSV line, quoting (RFC 4180) only the values that need it. */
final class CsvLine {
  private CsvLine() {}

  static void write(Writer out, List<String> values) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      writeValue(out, values.get(i));
    }
    out.write('\n');
  }

  // Values with separators, quotes or line breaks must be quoted; so are values with outer spaces,
  // which careless readers would otherwise trim.
  private static void writeValue(Writer out, String value) throws IOException {
    boolean quote = !value.isEmpty() && (Character.isWhitespace(value.charAt(0))
        || Character.isWhitespace(value.charAt(value.length() - 1)));
    for (int i = 0; i < value.length() && !quote; i++) {
      char c = value.charAt(i);
      quote = c == ',' || c == '"' || c == '\n' || c == '\r';
    }
    if (!quote) {
      out.write(value);
      return;
    }
    out.write('"');
    out.write(value.replace("\"", "\"\""));
    out.write('"');
  }
}
