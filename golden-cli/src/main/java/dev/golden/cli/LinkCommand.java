package dev.golden.cli;

import dev.golden.match.LinkType;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code golden link A.csv B.csv --out DIR}: finds the records of two files that are the same customer. */
@Command(name = "link", mixinStandardHelpOptions = true,
    description = {"Links the records of two files that are the same customer (pairs across the files only).",
        "Writes clusters.csv, pairs.csv, golden.csv and model.json to the output folder."})
final class LinkCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin ThresholdOptions thresholds;

  @Parameters(index = "0", paramLabel = "A", description = "The first CSV file.")
  Path first;

  @Parameters(index = "1", paramLabel = "B", description = "The second CSV file.")
  Path second;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
  Path out;

  @Option(names = "--id", paramLabel = "COLUMN", description = "The id column of both files (default: found from the headers).")
  String id;

  @Option(names = "--model", paramLabel = "FILE", description = "Use this model.json instead of training one.")
  Path model;

  @Override
  public Integer call() throws Exception {
    new MatchJob(input, thresholds, Optional.ofNullable(model), Optional.ofNullable(id), spec.commandLine().getOut(),
        spec.commandLine().getErr()).run(List.of(first, second), LinkType.LINK_ONLY, out);
    return 0;
  }
}
