package dev.golden.cli;

import dev.golden.server.ServerConfig;
import dev.golden.server.console.DemoData;
import dev.golden.server.hub.Hub;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code golden demo}: the hub and its steward console on 127.0.0.1, over generated customers
 * (Latin and Chinese, with duplicates, stale values and pending change requests), with one user per
 * role. Runs until stopped.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Starts the customer hub and its steward console on 127.0.0.1 over a generated demo data set:",
        "Latin and Chinese customers with duplicates to review, stale values and pending change requests.",
        "Data lives in a new temporary folder unless --home names one (an existing demo home is reused)."})
final class DemoCommand implements Callable<Integer> {
  static final int MIN_PEOPLE = 10;
  static final int MAX_PEOPLE = 100_000;

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT, paramLabel = "N",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: a new temporary folder).")
  private Path home;

  @Option(names = "--people", defaultValue = "400", paramLabel = "N",
      description = "Generated people, each with 0 or more duplicate records (default: ${DEFAULT-VALUE}).")
  private int people;

  @Override
  public Integer call() throws Exception {
    if (people < MIN_PEOPLE || people > MAX_PEOPLE) {
      throw new ParameterException(spec.commandLine(),
          "--people must be between " + MIN_PEOPLE + " and " + MAX_PEOPLE + ", not " + people);
    }
    PrintWriter out = spec.commandLine().getOut();
    Path data = home != null ? home : Files.createTempDirectory("golden-demo-");
    Hub hub = DemoData.open(data, people, ServerConfig.DEFAULT_BCRYPT_COST, line -> { out.println(line); out.flush(); });
    HubServer server = HubServer.start(hub, port, Map.of(), out, "golden-demo-shutdown");
    out.println();
    welcome(server.address(), data).forEach(out::println);
    out.flush();
    server.awaitShutdown();
    return 0;
  }

  /** What a new user reads once the demo is up: where to go, whom to sign in as, where the data is. */
  static List<String> welcome(ServedAt at, Path data) {
    List<String> lines = new ArrayList<>();
    lines.add("Golden demo is up: open the console in a browser.");
    lines.addAll(at.lines());
    lines.add("Sign in as steward / " + DemoData.PASSWORD + "  (or as "
        + String.join(", ", DemoData.USERS.stream().filter(u -> !u.equals("steward")).toList())
        + " with the same password)");
    lines.add("Data in " + data.toAbsolutePath() + "  ·  Ctrl-C stops");
    return lines;
  }
}
