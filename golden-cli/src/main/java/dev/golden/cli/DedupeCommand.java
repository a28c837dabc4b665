package dev.golden.cli;

import dev.golden.match.LinkType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code golden dedupe FILE --out DIR}: finds the duplicates within one file. */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
    description = {"Finds which records of one file are the same customer, without labels or configuration.",
        "Writes clusters.csv, pairs.csv, golden.csv and model.json to the output folder."})
final class DedupeCommand implements Callable<Integer> {
  @Mixin RunOptions run;

  @Parameters(paramLabel = "FILE", description = "The CSV file of customer records.")
  Path file;

  @Override
  public Integer call() throws Exception {
    run.job().run(List.of(file), LinkType.DEDUPE_ONLY, run.out);
    return 0;
  }
}
