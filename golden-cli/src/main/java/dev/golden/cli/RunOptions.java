package dev.golden.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** What {@code dedupe} and {@code link} share: input options, thresholds, output folder, id column, model. */
final class RunOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;
  @Mixin InputOptions input;
  @Mixin ThresholdOptions thresholds;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the results.")
  Path out;

  @Option(names = "--id", paramLabel = "COLUMN", description = "The id column (default: found from the headers).")
  String id;

  @Option(names = "--model", paramLabel = "FILE", description = "Use this model.json instead of training one.")
  Path model;

  @Option(names = "--trusted-sources", split = ",", paramLabel = "SOURCE",
      description = "Source systems from most to least trusted, for fields whose survivorship is most_trusted_source.")
  List<String> trustedSources = new ArrayList<>();

  MatchJob job() {
    return new MatchJob(input, thresholds, Optional.ofNullable(model), Optional.ofNullable(id), trustedSources,
        spec.commandLine().getOut(), spec.commandLine().getErr());
  }
}
