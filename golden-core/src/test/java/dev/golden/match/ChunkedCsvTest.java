package dev.golden.match;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.io.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Writing CSV rows rendered in parallel chunks")
class ChunkedCsvTest {
  @TempDir Path dir;

  private static final List<String> NAMES = List.of("Ann Lee", "李, 小明", "Zoë \"Zee\" Smith", " padded ", "王芳");

  @Test
  @DisplayName("writes the same bytes as CsvWriter row by row, over several chunks and waves, in row order")
  void sameBytesAsRowByRow() throws IOException {
    int rows = ChunkedCsv.CHUNK * 40 + 17;
    Path chunked = dir.resolve("chunked.csv");
    ChunkedCsv.write(chunked, List.of("record_id", "name"), rows, (row, cells) -> {
      cells.add("r" + row);
      cells.add(NAMES.get(row % NAMES.size()));
      return true;
    });
    Path plain = dir.resolve("plain.csv");
    try (CsvWriter csv = CsvWriter.create(plain)) {
      csv.row("record_id", "name");
      for (int row = 0; row < rows; row++) {
        csv.row("r" + row, NAMES.get(row % NAMES.size()));
      }
    }
    assertThat(Files.readAllBytes(chunked)).isEqualTo(Files.readAllBytes(plain));
  }

  @Test
  @DisplayName("leaves out the rows the renderer refuses, such as pairs below the review threshold")
  void leavesOutRefusedRows() throws IOException {
    Path file = dir.resolve("pairs.csv");
    ChunkedCsv.write(file, List.of("pair"), 10, (row, cells) -> {
      cells.add("p" + row);
      return row % 3 == 0;
    });
    assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("pair", "p0", "p3", "p6", "p9");
  }

  @Test
  @DisplayName("an empty result still has its header line")
  void headerOnly() throws IOException {
    Path file = dir.resolve("clusters.csv");
    ChunkedCsv.write(file, List.of("record_id", "cluster_id"), 0, (row, cells) -> true);
    assertThat(Files.readString(file)).isEqualTo("record_id,cluster_id\n");
  }
}
