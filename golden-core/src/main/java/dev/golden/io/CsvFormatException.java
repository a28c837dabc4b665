package dev.golden.io;

import java.nio.file.Path;

/** A file that cannot be read as a table at all: empty, or without a usable header. */
public final class CsvFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String file;
  private final long line;

  public CsvFormatException(Path file, long line, String problem) {
    super(file + ", line " + line + ": " + problem);
    this.file = file.toString();
    this.line = line;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }
}
