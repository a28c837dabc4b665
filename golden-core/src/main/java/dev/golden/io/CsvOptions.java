package dev.golden.io;

import java.nio.charset.Charset;
import java.util.Objects;
import java.util.Optional;

/**
 * How to read a delimited file. By default the encoding and separator are detected and every row
 * is read. Immutable: each {@code with} method returns a copy.
 */
public final class CsvOptions {
  private static final CsvOptions DEFAULTS = new CsvOptions(null, null, Long.MAX_VALUE, 100);

  private final Charset charset;
  private final Separator separator;
  private final long recordLimit;
  private final int problemsKept;

  private CsvOptions(Charset charset, Separator separator, long recordLimit, int problemsKept) {
    this.charset = charset;
    this.separator = separator;
    this.recordLimit = recordLimit;
    this.problemsKept = problemsKept;
  }

  /** Detect encoding and separator, read everything, keep the first 100 problems. */
  public static CsvOptions defaults() {
    return DEFAULTS;
  }

  public CsvOptions withCharset(Charset charset) {
    return new CsvOptions(Objects.requireNonNull(charset, "charset"), separator, recordLimit, problemsKept);
  }

  public CsvOptions withSeparator(Separator separator) {
    return new CsvOptions(charset, Objects.requireNonNull(separator, "separator"), recordLimit, problemsKept);
  }

  /** Stops after this many data rows. */
  public CsvOptions withRecordLimit(long limit) {
    if (limit < 0) {
      throw new IllegalArgumentException("record limit must be >= 0, was " + limit);
    }
    return new CsvOptions(charset, separator, limit, problemsKept);
  }

  /** How many problems are listed in full; all of them are counted. */
  public CsvOptions withProblemsKept(int kept) {
    if (kept < 0) {
      throw new IllegalArgumentException("problems kept must be >= 0, was " + kept);
    }
    return new CsvOptions(charset, separator, recordLimit, kept);
  }

  /** The charset to use, or empty to detect it. */
  public Optional<Charset> charset() {
    return Optional.ofNullable(charset);
  }

  /** The separator to use, or empty to detect it. */
  public Optional<Separator> separator() {
    return Optional.ofNullable(separator);
  }

  public long recordLimit() {
    return recordLimit;
  }

  public int problemsKept() {
    return problemsKept;
  }
}
