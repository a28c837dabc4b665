package dev.golden.match;

import dev.golden.io.CsvWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Writes a CSV file of many rows (one per record, pair or customer) with the rows rendered and
 * encoded to UTF-8 in parallel chunks, then written in order: the same bytes as writing row by row
 * with {@link CsvWriter}, but rendering and encoding, most of the work, run on every core.
 */
final class ChunkedCsv {
  /** Rows per chunk. */
  static final int CHUNK = 4096;
  /** Chunks rendered at once: bounds the memory held by rendered bytes. */
  private static final int WAVE = 32;

  /** Renders one row's cells; returns false for a row that is left out (its cells are ignored). */
  @FunctionalInterface
  interface Rows {
    boolean render(int row, List<String> cells);
  }

  private ChunkedCsv() {}

  static void write(Path file, List<String> header, int rows, Rows renderer) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      StringBuilder headerLine = new StringBuilder();
      CsvWriter.appendLine(headerLine, header);
      out.write(headerLine.toString().getBytes(StandardCharsets.UTF_8));
      int chunks = (rows + CHUNK - 1) / CHUNK;
      for (int first = 0; first < chunks; first += WAVE) {
        List<byte[]> rendered = IntStream.range(first, Math.min(chunks, first + WAVE)).parallel()
            .mapToObj(k -> render(k * CHUNK, Math.min(rows, (k + 1) * CHUNK), header.size(), renderer))
            .toList();
        for (byte[] bytes : rendered) {
          out.write(bytes);
        }
      }
    }
  }

  /** Rows {@code [from, to)} as UTF-8 CSV lines. */
  private static byte[] render(int from, int to, int columns, Rows renderer) {
    StringBuilder text = new StringBuilder((to - from) * 64);
    List<String> cells = new ArrayList<>(columns);
    for (int row = from; row < to; row++) {
      cells.clear();
      if (renderer.render(row, cells)) {
        CsvWriter.appendLine(text, cells);
      }
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
