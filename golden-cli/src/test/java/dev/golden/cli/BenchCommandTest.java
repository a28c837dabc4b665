package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class BenchCommandTest {
  @Test
  void reportsStagesThroughputHeapAndAccuracyForEachSizeAndHowTheyGrow(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    int exit = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
        .execute("bench", "--sizes", "300,600", "--dir", dir.toString());

    assertThat(exit).isZero();
    assertThat(out.toString())
        .containsPattern("machine +\\d+ cores, max heap")
        .containsPattern("== 3\\d\\d records \\([\\d,]+ customers; generated in")
        .containsPattern("== 6\\d\\d records")
        .contains("read and standardize", "block", "compare and train", "score", "cluster", "golden records", "write", "total")
        .containsPattern("compare stage +[\\d,]+ comparisons/s per core")
        .containsPattern("peak heap used +[\\d,]+ MB")
        .containsPattern("accuracy +precision 0\\.\\d{4}  recall 0\\.\\d{4}  F1 0\\.\\d{4}")
        .containsPattern("2\\.\\dx the records: [\\d.]+x the time");
    assertThat(dir.resolve("n300/out/clusters.csv")).exists();
  }

  @Test
  void rejectsSizesTooSmallToMeasure() {
    StringWriter err = new StringWriter();
    int exit = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(new StringWriter()))
        .setErr(new PrintWriter(err)).execute("bench", "--sizes", "10");
    assertThat(exit).isEqualTo(2);
    assertThat(err.toString()).contains("at least 100");
  }
}
