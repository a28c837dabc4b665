package dev.golden.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSourceTest {
  private static final String CHINESE = "客户编号,姓名,手机,城市,备注\n"
      + "1,张伟,13800138000,北京市,老客户\n"
      + "2,王芳,13912345678,上海市,新客户，来自展会\n"
      + "3,李娜,15011112222,广州市,电话联系过两次\n";
  private static final String TRADITIONAL = "客戶編號,姓名,電話,城市,備註\n"
      + "1,陳大文,0912345678,臺北市,舊客戶\n"
      + "2,林美麗,0987654321,高雄市,新客戶，來自展覽會\n"
      + "3,黃志明,0922333444,臺中市,電話聯絡過兩次\n";

  @TempDir Path dir;

  private Path write(String content, Charset charset) throws IOException {
    return write(content.getBytes(charset));
  }

  private Path write(byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "input", ".csv");
    Files.write(file, bytes);
    return file;
  }

  private record Read(CsvSource source, List<CsvRow> rows) {}

  private Read read(Path file, CsvOptions options) throws IOException {
    try (CsvSource source = CsvSource.open(file, options)) {
      List<CsvRow> rows = new ArrayList<>();
      source.forEach(rows::add);
      return new Read(source, rows);
    }
  }

  private Read read(Path file) throws IOException {
    return read(file, CsvOptions.defaults());
  }

  @Test
  @DisplayName("a GBK export of simplified Chinese is detected as GB18030 and decoded")
  void gbk() throws IOException {
    Read read = read(write(CHINESE, Charset.forName("GBK")));
    assertThat(read.source().charset().name()).isEqualTo("GB18030");
    assertThat(read.source().header()).containsExactly("客户编号", "姓名", "手机", "城市", "备注");
    assertThat(read.rows().get(1).values()).containsExactly("2", "王芳", "13912345678", "上海市", "新客户，来自展会");
  }

  @Test
  @DisplayName("a Big5 export of traditional Chinese is detected as Big5 and decoded")
  void big5() throws IOException {
    Read read = read(write(TRADITIONAL, Charset.forName("Big5")));
    assertThat(read.source().charset().name()).isEqualTo("Big5");
    assertThat(read.rows().get(0).values()).containsExactly("1", "陳大文", "0912345678", "臺北市", "舊客戶");
  }

  @Test
  @DisplayName("UTF-8 with a byte order mark: the mark is not part of the first header")
  void utf8Bom() throws IOException {
    byte[] body = CHINESE.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Read read = read(write(bytes));
    assertThat(read.source().charset()).isEqualTo(StandardCharsets.UTF_8);
    assertThat(read.source().header().get(0)).isEqualTo("客户编号");
    assertThat(read.rows()).hasSize(3);
  }

  @Test
  @DisplayName("an explicit charset wins over detection")
  void explicitCharset() throws IOException {
    Path file = write("name\nJosé\n", StandardCharsets.ISO_8859_1);
    Read read = read(file, CsvOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
    assertThat(read.rows().get(0).values()).containsExactly("José");
  }

  @Test
  @DisplayName("semicolon, tab and pipe separators are sniffed outside quotes")
  void separators() throws IOException {
    Read semicolon = read(write("name;city;note\n\"Müller, Hans\";Köln;a,b,c\nAnna;Bonn;x\n", StandardCharsets.UTF_8));
    assertThat(semicolon.source().separator()).isEqualTo(Separator.SEMICOLON);
    assertThat(semicolon.rows().get(0).values()).containsExactly("Müller, Hans", "Köln", "a,b,c");

    Read tab = read(write("id\tname\tphone\n1\tAnn Lee\t555-1234\n", StandardCharsets.UTF_8));
    assertThat(tab.source().separator()).isEqualTo(Separator.TAB);
    assertThat(tab.rows().get(0).values()).containsExactly("1", "Ann Lee", "555-1234");

    Read pipe = read(write("id|name\n1|Ann, Lee\n2|Bo\n", StandardCharsets.UTF_8));
    assertThat(pipe.source().separator()).isEqualTo(Separator.PIPE);
    assertThat(pipe.rows().get(0).values()).containsExactly("1", "Ann, Lee");
  }

  @Test
  @DisplayName("Febrl files separate with comma and space; fields are trimmed, empty fields kept")
  void febrlStyle() throws IOException {
    Read read = read(write("rec_id, given_name, surname, postcode\n"
        + "rec-1-org, isabelle, , 2193\nrec-2-dup-0, taylor, hathaway, 4220\n", StandardCharsets.UTF_8));
    assertThat(read.source().separator()).isEqualTo(Separator.COMMA_SPACE);
    assertThat(read.source().header()).containsExactly("rec_id", "given_name", "surname", "postcode");
    assertThat(read.rows().get(0).values()).containsExactly("rec-1-org", "isabelle", "", "2193");
  }

  @Test
  @DisplayName("quoted fields keep separators, doubled quotes and line breaks; the row keeps its first line")
  void quoting() throws IOException {
    Read read = read(write("id,site,phone\n"
        + "1,\"Chicago Commons\nAssociation, \"\"St Lucy\"\"\",3865286\n"
        + "2,plain,555\n", StandardCharsets.UTF_8));
    assertThat(read.rows()).extracting(CsvRow::line).containsExactly(2L, 4L);
    assertThat(read.rows().get(0).values())
        .containsExactly("1", "Chicago Commons\nAssociation, \"St Lucy\"", "3865286");
  }

  @Test
  @DisplayName("ragged rows are skipped and reported with their line, the rest is read")
  void raggedRows() throws IOException {
    Read read = read(write("a,b,c\n1,2,3\n1,2,3,4\n\n1,2\n7,8,9\n", StandardCharsets.UTF_8));
    assertThat(read.rows()).extracting(CsvRow::line).containsExactly(2L, 6L);
    assertThat(read.source().problems().count()).isEqualTo(2);
    assertThat(read.source().problems().first()).extracting(Object::toString)
        .containsExactly("line 3: 4 fields, header has 3", "line 5: 2 fields, header has 3");
  }

  @Test
  @DisplayName("an unterminated quote costs one row: reading resumes on the next line")
  void unterminatedQuote() throws IOException {
    Read read = read(write("name,city\nAnn,Paris\n\"Bob,Rome\nCy,Oslo\nDi,Bern\n", StandardCharsets.UTF_8));
    assertThat(read.rows()).extracting(r -> r.get(0)).containsExactly("Ann", "Cy", "Di");
    assertThat(read.source().problems().first()).extracting(CsvProblem::line).containsExactly(3L);
    assertThat(read.source().problems().first().get(0).message()).contains("not closed");
  }

  @Test
  @DisplayName("only the first problems are listed, but all are counted")
  void problemsKept() throws IOException {
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i < 30; i++) {
      text.append("x\n");
    }
    Read read = read(write(text.toString(), StandardCharsets.UTF_8), CsvOptions.defaults().withProblemsKept(5));
    assertThat(read.source().problems().count()).isEqualTo(30);
    assertThat(read.source().problems().first()).hasSize(5);
  }

  @Test
  @DisplayName("an empty file fails with a CsvFormatException naming file and line")
  void emptyFile() throws IOException {
    Path file = write(new byte[0]);
    assertThatThrownBy(() -> CsvSource.open(file, CsvOptions.defaults()))
        .isInstanceOf(CsvFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("line 1")
        .hasMessageContaining("empty");
  }

  @Test
  @DisplayName("a header-only file has columns and no rows")
  void headerOnly() throws IOException {
    Read read = read(write("id,name\n", StandardCharsets.UTF_8));
    assertThat(read.source().header()).containsExactly("id", "name");
    assertThat(read.rows()).isEmpty();
  }

  @Test
  @DisplayName("the record limit stops reading; bytes read are tracked")
  void limitAndProgress() throws IOException {
    Path file = write("n\n1\n2\n3\n4\n", StandardCharsets.UTF_8);
    Read read = read(file, CsvOptions.defaults().withRecordLimit(2));
    assertThat(read.rows()).hasSize(2);
    assertThat(read.source().bytesRead()).isPositive().isLessThanOrEqualTo(read.source().size());
  }

  @Test
  @DisplayName("separators are read as users type them")
  void parseSeparator() {
    assertThat(Separator.parse("\\t")).isEqualTo(Separator.TAB);
    assertThat(Separator.parse(";")).isEqualTo(Separator.SEMICOLON);
    assertThat(Separator.parse("febrl")).isEqualTo(Separator.COMMA_SPACE);
    assertThatThrownBy(() -> Separator.parse("#")).isInstanceOf(IllegalArgumentException.class);
  }
}
