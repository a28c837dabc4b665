package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ProfileCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = GoldenCommand.commandLine();
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  @DisplayName("golden profile prints the table and writes JSON and HTML reports")
  void profiles() throws IOException {
    Path csv = dir.resolve("customers-gbk.csv");
    Files.writeString(csv, "姓名;手机;备注\n张伟;+8613800138000;N/A\n王芳;+8613912345678;VIP\n", Charset.forName("GBK"));
    Path json = dir.resolve("p.json");
    Path html = dir.resolve("p.html");
    int exit = run("profile", csv.toString(), "--json", json.toString(), "--html", html.toString(),
        "--map", "备注=notes");
    assertThat(exit).as(err.toString()).isZero();
    assertThat(out.toString()).contains("Rows          2", "GB18030", "Separator \";\"", "full_name", "notes");
    assertThat(Files.readString(json)).contains("\"role\" : \"phone\"");
    assertThat(Files.readString(html)).contains("<meta charset=\"utf-8\">", "张伟");
  }

  @Test
  @DisplayName("an empty file is a one-line error naming the file and line, exit code 2")
  void emptyFile() throws IOException {
    Path csv = Files.createFile(dir.resolve("empty.csv"));
    assertThat(run("profile", csv.toString())).isEqualTo(2);
    assertThat(err.toString()).contains(csv.toString(), "line 1").doesNotContain("Exception", "\tat ");
    assertThat(err.toString().strip().lines()).hasSize(1);
  }

  @Test
  @DisplayName("a missing file or an unknown mapped field is a clean error")
  void cleanErrors() throws IOException {
    assertThat(run("profile", dir.resolve("nope.csv").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("nope.csv").doesNotContain("\tat ");

    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "id,name\n1,Ann\n");
    assertThat(run("profile", csv.toString(), "--map", "name=shoe_size")).isEqualTo(2);
    assertThat(err.toString()).contains("shoe_size");
  }

  @Test
  @DisplayName("an unknown separator is a usage error")
  void badSeparator() throws IOException {
    Path csv = dir.resolve("a.csv");
    Files.writeString(csv, "id,name\n1,Ann\n");
    assertThat(run("profile", csv.toString(), "--separator", "#")).isEqualTo(2);
    assertThat(err.toString()).contains("Unknown separator");
  }
}
