package dev.golden.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
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
    return new CsvWriter(new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16));
  }

  public CsvWriter row(List<String> fields) throws IOException {
    writeLine(out, fields);
    return this;
  }

  public CsvWriter row(String... fields) throws IOException {
    return row(List.of(fields));
  }

  /** Writes lines already rendered with {@link #appendLine}. */
  public CsvWriter lines(CharSequence text) throws IOException {
    out.append(text);
    return this;
  }

  /** Renders one CSV line, line break included, so that lines can be rendered in parallel. */
  public static void appendLine(StringBuilder out, List<String> fields) {
    try {
      writeLine(new StringBuilderWriter(out), fields);
    } catch (IOException e) {
      throw new AssertionError("a string builder does not fail", e);
    }
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

  /** A writer into a string builder; unlike {@link java.io.StringWriter}, without locks. */
  private static final class StringBuilderWriter extends Writer {
    private final StringBuilder text;

    StringBuilderWriter(StringBuilder text) {
      this.text = text;
    }

    @Override
    public void write(int c) {
      text.append((char) c);
    }

    @Override
    public void write(String s) {
      text.append(s);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
      text.append(chars, offset, length);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
