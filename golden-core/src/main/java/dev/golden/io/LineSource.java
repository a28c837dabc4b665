package dev.golden.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/** Physical lines with their numbers; lines can be pushed back to be read again. */
final class LineSource {
  record Line(long number, String text) {}

  private final BufferedReader reader;
  private final Deque<Line> pushedBack = new ArrayDeque<>();
  private long lastNumber;
  private long number;

  LineSource(BufferedReader reader) {
    this.reader = reader;
  }

  /** The next line's text, or {@code null} at the end of the input. */
  String next() throws IOException {
    Line line = pushedBack.pollFirst();
    if (line != null) {
      number = line.number();
      return line.text();
    }
    String text = reader.readLine();
    if (text != null) {
      number = ++lastNumber;
    }
    return text;
  }

  /** The number of the line last returned by {@link #next()}. */
  long number() {
    return number;
  }

  /** Lines to be returned again, in the order given, before any new line. */
  void pushBack(java.util.List<Line> lines) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      pushedBack.addFirst(lines.get(i));
    }
  }
}
