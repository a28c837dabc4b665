package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class GenerateCommandTest {
  @Test
  void writesTheCustomersAndTheTruthFileBesideThem(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("customers.csv");
    StringWriter out = new StringWriter();
    CommandLine cli = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(out));

    int exit = cli.execute("generate", "--people", "250", "--out", csv.toString(), "--seed", "3");

    assertThat(exit).isZero();
    assertThat(Files.readAllLines(csv)).first().asString().startsWith("record_id,given_name,family_name");
    assertThat(Files.readAllLines(dir.resolve("customers_truth_pairs.csv"))).first().isEqualTo("id_a,id_b");
    assertThat(out.toString()).contains("of 250 customers");
  }

  @Test
  void anExplicitTruthFileAndTheSameSeedGiveTheSameFiles(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"a", "b"}) {
      new CommandLine(new GoldenCommand()).execute("generate", "--people", "100", "--out", dir.resolve(name + ".csv").toString(),
          "--truth", dir.resolve(name + "-truth.csv").toString(), "--chinese-share", "0.9");
    }
    assertThat(dir.resolve("a.csv")).hasSameBinaryContentAs(dir.resolve("b.csv"));
    assertThat(dir.resolve("a-truth.csv")).hasSameBinaryContentAs(dir.resolve("b-truth.csv"));
  }

  @Test
  void rejectsAShareAboveOne(@TempDir Path dir) {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new GoldenCommand()).setErr(new PrintWriter(err))
        .execute("generate", "--out", dir.resolve("x.csv").toString(), "--duplicate-rate", "2");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("duplicateRate");
  }
}
