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

/** {@code golden dedupe FILE --out DIR}: finds the duplicates within one file. */
@Command(name = "dedupe", mixinStandardHelpOptions = true,
    description = {"Finds which records of one file are the same customer, without labels or configuration.",
        "Writes clusters.csv, pairs.csv, golden.csv and model.json to the output folder."})
final class DedupeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin ThresholdOptions thresholds;

  @Parameters(paramLabel = "FILE", description = "The CSV file of customer records.")
  Path file;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
  Path out;

  @Option(names = "--id", paramLabel = "COLUMN", description = "The id column (default: found from the headers).")
  String id;

  @Option(names = "--model", paramLabel = "FILE", description = "Use this model.json instead of training one.")
  Path model;

  @Override
  public Integer call() throws Exception {
    new MatchJob(input, thresholds, Optional.ofNullable(model), Optional.ofNullable(id), spec.commandLine().getOut(),
        spec.commandLine().getErr()).run(List.of(file), LinkType.DEDUPE_ONLY, out);
    return 0;
  }
}
