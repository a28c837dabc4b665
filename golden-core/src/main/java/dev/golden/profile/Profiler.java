package dev.golden.profile;

import dev.golden.dictionary.ColumnMapping;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.HeaderMapper;
import dev.golden.dictionary.MappedColumn;
import dev.golden.io.CsvOptions;
import dev.golden.io.CsvRow;
import dev.golden.io.CsvSource;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.Standardization;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongConsumer;

/**
 * Profiles a delimited file before it is loaded: maps its columns to the data dictionary from the
 * header and the first {@value #SAMPLE_ROWS} rows, then streams every row through the
 * standardizers. Memory stays bounded whatever the file size: distinct counts are exact up to
 * {@link #distinctCap()} values per column and estimated above; duplicate keys take 8 bytes per
 * record and key.
 *
 * <pre>{@code
 * FileProfile profile = Profiler.of(Standardization.of(DataDictionary.defaults()))
 *     .withProgress(bytes -> ...)
 *     .profile(path, CsvOptions.defaults(), Map.of());
 * }</pre>
 */
public final class Profiler {
  static final int SAMPLE_ROWS = 1000;
  private static final int DEFAULT_DISTINCT_CAP = 1_000_000;
  private static final int BAD_ROWS_LISTED = 20;
  private static final int PROGRESS_EVERY_ROWS = 4096;

  private final Standardization standardization;
  private final LongConsumer progress;
  private final int distinctCap;

  private Profiler(Standardization standardization, LongConsumer progress, int distinctCap) {
    this.standardization = Objects.requireNonNull(standardization, "standardization");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.distinctCap = distinctCap;
  }

  public static Profiler of(Standardization standardization) {
    return new Profiler(standardization, bytes -> {}, DEFAULT_DISTINCT_CAP);
  }

  /** Calls back with the bytes read so far, every few thousand rows and at the end. */
  public Profiler withProgress(LongConsumer bytesRead) {
    return new Profiler(standardization, bytesRead, distinctCap);
  }

  /** Distinct values counted exactly per column (and per measure) before estimating. */
  public Profiler withDistinctCap(int cap) {
    if (cap < 1) {
      throw new IllegalArgumentException("distinct cap must be positive, was " + cap);
    }
    return new Profiler(standardization, progress, cap);
  }

  public int distinctCap() {
    return distinctCap;
  }

  /**
   * Profiles a file.
   *
   * @param explicitMapping header to field name, winning over header and content recognition
   * @throws dev.golden.io.CsvFormatException if the file is empty or has no header
   * @throws IllegalArgumentException if the explicit mapping names an unknown header or field
   */
  public FileProfile profile(Path file, CsvOptions options, Map<String, String> explicitMapping)
      throws IOException {
    try (CsvSource csv = CsvSource.open(file, options.withProblemsKept(BAD_ROWS_LISTED))) {
      Iterator<CsvRow> rows = csv.iterator();
      List<CsvRow> sample = new ArrayList<>();
      while (sample.size() < SAMPLE_ROWS && rows.hasNext()) {
        sample.add(rows.next());
      }
      ColumnMapping mapping = new HeaderMapper(standardization.dictionary())
          .map(csv.header(), sample.stream().map(CsvRow::values).toList(), explicitMapping);
      Run run = new Run(mapping);
      sample.forEach(run::add);
      sample.clear();
      long count = 0;
      while (rows.hasNext()) {
        run.add(rows.next());
        if (++count % PROGRESS_EVERY_ROWS == 0) {
          progress.accept(csv.bytesRead());
        }
      }
      progress.accept(csv.bytesRead());
      return new FileProfile(file.toString(), csv.size(), csv.charset().name(),
          csv.separator().display(), run.rows, run.columns(), csv.problems().count(),
          csv.problems().first(), run.duplicates.result(), distinctCap);
    }
  }

  /** The state of one profiling pass. */
  private final class Run {
    private final FieldDefinition[] fields;
    private final ColumnStats[] stats;
    private final DuplicateKeys duplicates;
    private StandardValue[] values;
    private long rows;

    Run(ColumnMapping mapping) {
      List<MappedColumn> columns = mapping.columns();
      fields = new FieldDefinition[columns.size()];
      stats = new ColumnStats[columns.size()];
      for (MappedColumn column : columns) {
        fields[column.index()] = column.field().orElse(null);
        stats[column.index()] = new ColumnStats(column, distinctCap);
      }
      duplicates = new DuplicateKeys(mapping, standardization.dictionary());
    }

    void add(CsvRow row) {
      rows++;
      List<String> raw = row.values();
      values = standardization.standardizeRow(fields, raw);
      for (int i = 0; i < stats.length; i++) {
        String value = raw.get(i);
        if (fields[i] != null) {
          stats[i].add(values[i]);
        } else {
          stats[i].addUnmapped(value, standardization.isMissing(value));
        }
      }
      if (!duplicates.isEmpty()) {
        duplicates.add(values);
      }
    }

    List<ColumnProfile> columns() {
      List<ColumnProfile> result = new ArrayList<>(stats.length);
      for (ColumnStats s : stats) {
        result.add(s.result());
      }
      return result;
    }
  }
}
