package dev.golden.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Guesses the separator from the first lines of a file: the candidate that appears, outside
 * quotes, the same number of times on most lines. A comma that is always followed by a space
 * means the Febrl style {@code ", "}.
 */
final class CsvSniffer {
  private static final Separator[] CANDIDATES = {
    Separator.COMMA, Separator.SEMICOLON, Separator.TAB, Separator.PIPE
  };
  private static final int MAX_LINES = 50;

  private CsvSniffer() {}

  static Separator sniff(String sample) {
    List<int[]> lines = countPerLine(sample);
    Separator best = Separator.COMMA;
    double bestScore = 0;
    for (int c = 0; c < CANDIDATES.length; c++) {
      int headerCount = lines.isEmpty() ? 0 : lines.get(0)[c];
      if (headerCount == 0) {
        continue;
      }
      int agreeing = 0;
      for (int[] line : lines) {
        if (line[c] == headerCount) {
          agreeing++;
        }
      }
      // consistency first, the number of fields breaks ties
      double score = (double) agreeing / lines.size() + headerCount / 10_000.0;
      if (score > bestScore) {
        bestScore = score;
        best = CANDIDATES[c];
      }
    }
    if (best == Separator.COMMA && commasFollowedBySpace(sample)) {
      return Separator.COMMA_SPACE;
    }
    return best;
  }

  /** Per line (quoted newlines do not end a line), the count of each candidate outside quotes. */
  private static List<int[]> countPerLine(String sample) {
    List<int[]> lines = new ArrayList<>();
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    boolean nonEmpty = false;
    for (int i = 0; i < sample.length() && lines.size() < MAX_LINES; i++) {
      char ch = sample.charAt(i);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted && (ch == '\n' || ch == '\r')) {
        if (nonEmpty) {
          lines.add(counts);
        }
        counts = new int[CANDIDATES.length];
        nonEmpty = false;
        continue;
      } else if (!quoted) {
        for (int c = 0; c < CANDIDATES.length; c++) {
          if (ch == CANDIDATES[c].character()) {
            counts[c]++;
          }
        }
      }
      nonEmpty = true;
    }
    // a last line without its end may be cut off by the sample size: use it only if it is the header
    if (nonEmpty && lines.isEmpty()) {
      lines.add(counts);
    }
    return lines;
  }

  private static boolean commasFollowedBySpace(String sample) {
    int end = sample.indexOf('\n');
    String header = end < 0 ? sample : sample.substring(0, end);
    int commas = 0;
    for (int i = 0; i < header.length(); i++) {
      if (header.charAt(i) == ',') {
        commas++;
        if (i + 1 >= header.length() || header.charAt(i + 1) != ' ') {
          return false;
        }
      }
    }
    return commas > 0;
  }
}
