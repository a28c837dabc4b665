package dev.golden.server.console;

import dev.golden.server.GoldenServer;
import dev.golden.server.ServerConfig;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.StoreUserAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One server over the demo data set for all console tests of a run (loading it is the slow part):
 * real HTTP on a random loopback port, users admin/approver/steward/agent.
 */
final class DemoServer {

  static final int PEOPLE = 150;
  private static DemoServer shared;

  final Hub hub;
  final GoldenServer server;

  private DemoServer(Hub hub, GoldenServer server) {
    this.hub = hub;
    this.server = server;
  }

  static synchronized DemoServer shared() {
    if (shared == null) {
      try {
        Path home = Files.createTempDirectory("golden-console-test");
        Hub hub = DemoData.open(home, PEOPLE, 4, message -> { });
        GoldenServer server = GoldenServer.builder(new ServerConfig("127.0.0.1", 0, 4))
            .users(new StoreUserAccounts(hub.store().users()))
            .hub(hub)
            .environment(Map.of())
            .console(message -> { })
            .build()
            .start();
        shared = new DemoServer(hub, server);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          server.stop();
          hub.close();
        }));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return shared;
  }

  URI uri(String path) {
    return URI.create(server.baseUri() + path);
  }
}
