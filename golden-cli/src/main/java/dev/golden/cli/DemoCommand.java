package dev.golden.cli;

import dev.golden.server.GoldenServer;
import dev.golden.server.ServerConfig;
import dev.golden.server.console.DemoData;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.StoreUserAccounts;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
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
    if (people < 10 || people > 100_000) {
      throw new ParameterException(spec.commandLine(), "--people must be between 10 and 100000");
    }
    PrintWriter out = spec.commandLine().getOut();
    Path data = home != null ? home : Files.createTempDirectory("golden-demo-");
    Hub hub = DemoData.open(data, people, ServerConfig.DEFAULT_BCRYPT_COST, line -> { out.println(line); out.flush(); });
    GoldenServer server;
    try {
      server = GoldenServer.builder(ServerConfig.defaults().withPort(port))
          .users(new StoreUserAccounts(hub.store().users()))
          .hub(hub)
          .environment(Map.of())
          .console(line -> { out.println(line); out.flush(); })
          .build()
          .start();
    } catch (RuntimeException e) {
      hub.close();
      throw e;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      hub.close();
      stopped.countDown();
    }, "golden-demo-shutdown"));
    out.println();
    out.println("Golden demo: open " + server.baseUri() + "/console");
    out.println("Sign in as steward / " + DemoData.PASSWORD + "  (or as "
        + String.join(", ", DemoData.USERS.stream().filter(u -> !u.equals("steward")).toList())
        + " with the same password)");
    out.println("Data in " + data.toAbsolutePath() + "  ·  API at " + server.baseUri() + "/api  ·  Ctrl-C stops");
    out.flush();
    stopped.await();
    return 0;
  }
}
