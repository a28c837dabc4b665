package dev.golden.cli;

import dev.golden.server.ServerConfig;
import dev.golden.server.hub.Hub;
import dev.golden.store.StoreConfig;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code golden serve}: the hub's REST API and steward console on 127.0.0.1, with its data (embedded H2 store and the
 * candidate index) under {@code $GOLDEN_HOME}, {@code ./data} by default. Runs until stopped.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = {"Starts the customer hub's REST API (OpenAPI document at /api/openapi.json) and its steward",
        "console (/console) on 127.0.0.1.",
        "Data lives under --home, else $GOLDEN_HOME, else ./data. The first start creates the user 'admin'",
        "with the password in $GOLDEN_ADMIN_PASSWORD, or a generated one printed once."})
final class ServeCommand implements Callable<Integer> {
  static final String HOME_VARIABLE = "GOLDEN_HOME";

  @Spec
  private CommandSpec spec;

  @Option(names = "--port", defaultValue = "" + ServerConfig.DEFAULT_PORT, paramLabel = "N",
      description = "TCP port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
  private int port;

  @Option(names = "--home", paramLabel = "DIR", description = "Data folder (default: $GOLDEN_HOME or ./data).")
  private Path home;

  @Option(names = "--index-refresh-ms", defaultValue = "50", paramLabel = "MS",
      description = {"Reopen the candidate index every MS milliseconds in the background (default: ${DEFAULT-VALUE});",
          "the customers changed since the last reopen are matched beside it, so every check still sees every",
          "customer created before it. 0: reopen before each check that follows a change."})
  private int indexRefreshMs;

  @Option(names = "--group-commit-linger-ms", defaultValue = "5", paramLabel = "MS",
      description = {"How long the writer of new customers waits for concurrent entries still being checked to",
          "join its transaction (default: ${DEFAULT-VALUE}); a lone entry never waits. Every customer is",
          "committed before its 201 answer either way. 0: write whatever has queued at once."})
  private int groupCommitLingerMs;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Path data = home != null ? home : Path.of(System.getenv().getOrDefault(HOME_VARIABLE, "data"));
    Files.createDirectories(data);
    Hub.Builder builder = Hub.builder(StoreConfig.embedded(data)).indexFolder(data.resolve("index"))
        .console(line -> { out.println(line); out.flush(); })
        .groupCommitLinger(Duration.ofMillis(groupCommitLingerMs));
    if (indexRefreshMs > 0) {
      builder.indexRefresh(Duration.ofMillis(indexRefreshMs));
    }
    Hub hub = builder.open();
    HubServer server = HubServer.start(hub, port, System.getenv(), out, "golden-serve-shutdown");
    out.println("Golden hub serving " + data.toAbsolutePath() + " at " + server.address().base());
    server.address().lines().forEach(out::println);
    out.println("Ctrl-C stops.");
    out.flush();
    server.awaitShutdown();
    return 0;
  }
}
