package dev.golden.cli;

import dev.golden.match.LinkType;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code golden link A.csv B.csv --out DIR}: finds the records of two files that are the same customer. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Links the records of two files that are the same customer (pairs across the files only).",
        "Ids that occur in both files are written as FILE:ID.",
        "Writes clusters.csv, pairs.csv, golden.csv and model.json to the output folder."})
final class LinkCommand implements Callable<Integer> {
  @Mixin RunOptions run;

  @Parameters(index = "0", paramLabel = "A", description = "The first CSV file.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second CSV file.")
  Path second;

  @Override
  public Integer call() throws Exception {
    run.job().run(List.of(first, second), LinkType.LINK_ONLY, run.out);
    return 0;
  }
}
