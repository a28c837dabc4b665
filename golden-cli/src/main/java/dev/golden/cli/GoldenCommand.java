package dev.golden.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code golden} command line. */
@Command(name = "golden", mixinStandardHelpOptions = true, version = "golden 0.1.0",
    description = "Customer data hub: profile, standardize and match customer records.",
    subcommands = {
        GenerateCommand.class,
    })
public final class GoldenCommand {
  public static void main(String[] args) {
    System.exit(new CommandLine(new GoldenCommand()).execute(args));
  }
}
