package dev.golden.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("CsvWriter")
class CsvWriterTest {
  @Test
  @DisplayName("quotes values with commas, quotes, line breaks or outer spaces, as RFC 4180 says")
  void quoting() throws IOException {
    StringWriter out = new StringWriter();
    CsvWriter.writeLine(out, List.of("a", "Flat 3, 12 High Road", "say \"hi\"", " John  ", "two\nlines", ""));
    assertThat(out).hasToString("a,\"Flat 3, 12 High Road\",\"say \"\"hi\"\"\",\" John  \",\"two\nlines\",\n");
  }

  @Test
  @DisplayName("writes UTF-8 that the CSV reader reads back unchanged")
  void roundTrip(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("out.csv");
    List<String> row = List.of("r1", "张伟, 北京", "say \"hi\"", "multi\nline");
    try (CsvWriter csv = CsvWriter.create(file)) {
      csv.row("id", "name", "note", "text").row(row);
    }

    try (CsvSource source = CsvSource.open(file, CsvOptions.defaults())) {
      assertThat(source.header()).containsExactly("id", "name", "note", "text");
      assertThat(source.rows().map(CsvRow::values).toList()).containsExactly(row);
    }
    assertThat(Files.readString(file)).contains("张伟");
  }
}
