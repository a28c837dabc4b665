package dev.golden.io;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The malformed rows of a file: all counted, the first few kept. */
public final class CsvProblems {
  private final int kept;
  private final List<CsvProblem> first = new ArrayList<>();
  private long count;

  CsvProblems(int kept) {
    this.kept = kept;
  }

  void add(long line, String message) {
    count++;
    if (first.size() < kept) {
      first.add(new CsvProblem(line, message));
    }
  }

  /** How many rows were malformed. */
  public long count() {
    return count;
  }

  /** The first malformed rows, in file order. */
  public List<CsvProblem> first() {
    return Collections.unmodifiableList(first);
  }

  public boolean isEmpty() {
    return count == 0;
  }
}
