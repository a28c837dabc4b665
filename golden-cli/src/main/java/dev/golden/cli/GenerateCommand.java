package dev.golden.cli;

import dev.golden.synth.GenerationSummary;
import dev.golden.synth.SyntheticCustomers;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code golden generate}: writes a synthetic customer file with known duplicates and its truth pairs. */
@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Writes synthetic customers (Latin and Chinese, persons and companies) with known duplicates,",
        "and the file of true pairs (id_a,id_b) to measure a matcher against."})
final class GenerateCommand implements Callable<Integer> {
  @Spec
  private CommandSpec spec;

  @Option(names = "--people", defaultValue = "1000", paramLabel = "N",
      description = "Number of distinct customers; duplicates come on top (default: ${DEFAULT-VALUE}).")
  private int people;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "CSV file to write.")
  private Path out;

  @Option(names = "--truth", paramLabel = "FILE",
      description = "Truth pairs file (default: beside --out, e.g. customers_truth_pairs.csv).")
  private Path truth;

  @Option(names = "--seed", defaultValue = "" + SyntheticCustomers.DEFAULT_SEED,
      description = "Random seed; the same seed gives the same files (default: ${DEFAULT-VALUE}).")
  private long seed;

  @Option(names = "--duplicate-rate", defaultValue = "0.3", paramLabel = "SHARE",
      description = "Share of customers with 1 to 4 duplicates (default: ${DEFAULT-VALUE}).")
  private double duplicateRate;

  @Option(names = "--chinese-share", defaultValue = "0.4", paramLabel = "SHARE",
      description = "Share of Chinese customers (default: ${DEFAULT-VALUE}).")
  private double chineseShare;

  @Option(names = "--company-share", defaultValue = "0.15", paramLabel = "SHARE",
      description = "Share of companies (default: ${DEFAULT-VALUE}).")
  private double companyShare;

  @Option(names = "--hard-negative-rate", defaultValue = "0.1", paramLabel = "SHARE",
      description = "Chance of a look-alike of the previous customer: household member, namesake, branch (default: ${DEFAULT-VALUE}).")
  private double hardNegativeRate;

  @Override
  public Integer call() {
    SyntheticCustomers customers;
    try {
      customers = SyntheticCustomers.builder().people(people).seed(seed).duplicateRate(duplicateRate)
          .chineseShare(chineseShare).companyShare(companyShare).hardNegativeRate(hardNegativeRate).build();
    } catch (IllegalArgumentException e) {
      spec.commandLine().getErr().println(e.getMessage());
      return 2;
    }
    Path truthFile = truth != null ? truth : SyntheticCustomers.truthPathFor(out);
    long start = System.nanoTime();
    GenerationSummary summary = customers.write(out, truthFile);
    double seconds = (System.nanoTime() - start) / 1e9;
    spec.commandLine().getOut().printf(Locale.ROOT, "Wrote %,d records of %,d customers to %s and %,d true pairs to %s in %.1f s%n",
        summary.records(), summary.people(), out, summary.truthPairs(), truthFile, seconds);
    return 0;
  }
}
