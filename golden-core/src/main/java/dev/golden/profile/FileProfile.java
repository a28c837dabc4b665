package dev.golden.profile;

import dev.golden.io.CsvProblem;
import java.util.List;

/**
 * The profile of one input file.
 *
 * @param file the file as named by the caller
 * @param sizeBytes file size
 * @param encoding the charset used (detected or given)
 * @param separator the separator used, as shown to people ({@code ,} {@code ;} {@code \t} ...)
 * @param rows data rows profiled (malformed rows excluded)
 * @param columns one profile per column, in file order
 * @param badRows malformed rows skipped
 * @param badRowExamples the first malformed rows with line number and reason
 * @param duplicates likely duplicates by exact standardized keys
 * @param distinctCap distinct counts are exact up to this many values per column, estimated above
 */
public record FileProfile(
    String file,
    long sizeBytes,
    String encoding,
    String separator,
    long rows,
    List<ColumnProfile> columns,
    long badRows,
    List<CsvProblem> badRowExamples,
    Duplicates duplicates,
    int distinctCap) {

  public FileProfile {
    columns = List.copyOf(columns);
    badRowExamples = List.copyOf(badRowExamples);
  }

  /** The dictionary fields that columns were mapped to, in file order. */
  public List<String> mappedFields() {
    return columns.stream().flatMap(c -> c.field().stream()).toList();
  }

  /** Share of all cells that hold a value, 0..1. */
  public double completeness() {
    long cells = rows * columns.size();
    long filled = columns.stream().mapToLong(ColumnProfile::filled).sum();
    return cells == 0 ? 0 : (double) filled / cells;
  }
}
