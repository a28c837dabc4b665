package dev.golden.io;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits lines into RFC 4180 records: quoted fields may hold separators, doubled quotes and line
 * breaks. Lenient where real files are sloppy (a quote inside an unquoted field is kept as text),
 * and recovers from an unterminated quote: when a quoted field runs to the end of the input or over
 * {@value #MAX_LINES_PER_RECORD} lines, that record is reported and reading resumes on the line
 * after its start.
 */
final class CsvParser {
  static final int MAX_LINES_PER_RECORD = 500;

  /** A record and the line it starts on. */
  record Parsed(long line, List<String> fields) {}

  interface ProblemSink {
    void report(long line, String message);
  }

  private final LineSource lines;
  private final char separator;
  private final boolean trim;
  private final ProblemSink problems;
  private final StringBuilder field = new StringBuilder();
  private int expectedFields = 8;

  CsvParser(LineSource lines, Separator separator, ProblemSink problems) {
    this.lines = lines;
    this.separator = separator.character();
    this.trim = separator.trimsFields();
    this.problems = problems;
  }

  /** The next record, skipping blank lines; {@code null} at the end of the input. */
  Parsed next() throws IOException {
    while (true) {
      String text = lines.next();
      if (text == null) {
        return null;
      }
      if (text.isBlank()) {
        continue;
      }
      long start = lines.number();
      List<String> fields = parse(text, start);
      if (fields != null) {
        expectedFields = Math.max(expectedFields, fields.size());
        return new Parsed(start, fields);
      }
    }
  }

  /** The fields of the record starting with this line, or null if it has an unterminated quote. */
  private List<String> parse(String first, long start) throws IOException {
    List<String> fields = new ArrayList<>(expectedFields);
    List<LineSource.Line> continuation = null;
    String line = first;
    int length = line.length();
    int pos = 0;
    while (true) {
      if (trim) {
        while (pos < length && line.charAt(pos) == ' ') {
          pos++;
        }
      }
      int end;
      if (pos < length && line.charAt(pos) == '"') {
        field.setLength(0);
        pos++;
        while (true) {
          int quote = line.indexOf('"', pos);
          if (quote < 0) {
            field.append(line, pos, length).append('\n');
            if (continuation == null) {
              continuation = new ArrayList<>();
            }
            line = lines.next();
            if (line == null || continuation.size() >= MAX_LINES_PER_RECORD) {
              return unterminated(start, continuation, line);
            }
            continuation.add(new LineSource.Line(lines.number(), line));
            length = line.length();
            pos = 0;
            continue;
          }
          field.append(line, pos, quote);
          if (quote + 1 < length && line.charAt(quote + 1) == '"') {
            field.append('"');
            pos = quote + 2;
          } else {
            pos = quote + 1;
            break;
          }
        }
        end = line.indexOf(separator, pos);
        if (end < 0) {
          end = length;
        }
        field.append(line, pos, end); // text after the closing quote is kept, not lost
        fields.add(trim ? field.toString().strip() : field.toString());
      } else {
        end = line.indexOf(separator, pos);
        if (end < 0) {
          end = length;
        }
        fields.add(trim ? line.substring(pos, end).strip() : line.substring(pos, end));
      }
      if (end >= length) {
        return fields;
      }
      pos = end + 1;
    }
  }

  private List<String> unterminated(long start, List<LineSource.Line> continuation, String overflow)
      throws IOException {
    problems.report(start, overflow == null
        ? "quoted field not closed before the end of the file"
        : "quoted field not closed within " + MAX_LINES_PER_RECORD + " lines");
    if (overflow != null) {
      continuation.add(new LineSource.Line(lines.number(), overflow));
    }
    lines.pushBack(continuation);
    return null;
  }
}
