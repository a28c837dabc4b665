package dev.golden.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes RFC-4180 CSV in UTF-8, quoting only the fields that need it. */
public final class CsvWriter implements AutoCloseable {
  private final BufferedWriter out;

  private CsvWriter(BufferedWriter out) {
    this.out = out;
  }

  public static CsvWriter create(Path file) throws IOException {
    return new CsvWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
  }

  public CsvWriter row(List<String> fields) throws IOException {
    writeLine(out, fields);
    return this;
  }

  public CsvWriter row(String... fields) throws IOException {
    return row(List.of(fields));
  }

  /** Writes one CSV line to any writer. */
  public static void writeLine(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      field(out, fields.get(i));
    }
    out.write('\n');
  }

  // Values with separators, quotes or line breaks must be quoted; so are values with outer spaces,
  // which careless readers would otherwise trim.
  private static void field(Writer out, String value) throws IOException {
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

  @Override
  public void close() throws IOException {
    out.close();
  }
}
