package dev.golden.io;

/**
 * A malformed row that was skipped.
 *
 * @param line the physical line (1-based) on which the row starts
 * @param message what is wrong, e.g. {@code 12 fields, header has 11}
 */
public record CsvProblem(long line, String message) {
  @Override
  public String toString() {
    return "line " + line + ": " + message;
  }
}
