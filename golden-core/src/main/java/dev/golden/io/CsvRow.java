package dev.golden.io;

import java.util.List;

/**
 * One data row.
 *
 * @param line the physical line (1-based) on which the row starts
 * @param values the fields, as many as the header has
 */
public record CsvRow(long line, List<String> values) {
  public CsvRow {
    values = List.copyOf(values);
  }

  public String get(int index) {
    return values.get(index);
  }
}
