package dev.golden.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ImportCommandTest {

  @Test
  void importsAFileWithChineseNamesQuarantinesTheBadRowAndUpdatesOnReimport(@TempDir Path dir) throws Exception {
    Path csv = dir.resolve("crm.csv");
    try (InputStream in = getClass().getResourceAsStream("/fixtures/import-crm.csv")) {
      Files.copy(in, csv);
    }
    Path home = dir.resolve("home");
    StringWriter out = new StringWriter();

    int exit = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(out))
        .execute("import", csv.toString(), "--source", "crm", "--home", home.toString());

    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("5 rows, 4 new", "1 quarantined", "source id C4", "gender");
    try (Store store = Store.open(StoreConfig.embedded(home))) {
      assertThat(store.sourceRecords().find("crm", "C1")).get()
          .satisfies(r -> assertThat(r.rawValues()).containsEntry("full_name", "王小明"));
      long customers = store.customers().countActive();
      assertThat(customers).isBetween(3L, 4L);
    }

    StringWriter again = new StringWriter();
    int second = new CommandLine(new GoldenCommand()).setOut(new PrintWriter(again))
        .execute("import", csv.toString(), "--source", "crm", "--home", home.toString());
    assertThat(second).as(again.toString()).isZero();
    assertThat(again.toString()).contains("0 new", "4 unchanged");
  }
}
