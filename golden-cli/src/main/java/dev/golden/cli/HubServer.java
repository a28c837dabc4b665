package dev.golden.cli;

import dev.golden.server.GoldenServer;
import dev.golden.server.ServerConfig;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.StoreUserAccounts;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/** Serves an open hub on 127.0.0.1 until the process is stopped, as {@code serve} and {@code demo} run it. */
final class HubServer {
  private final GoldenServer server;
  private final CountDownLatch stopped = new CountDownLatch(1);

  /** Stops the server and closes the hub when the JVM shuts down (Ctrl-C). */
  private HubServer(GoldenServer server, Hub hub, String shutdownThreadName) {
    this.server = server;
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      server.stop();
      hub.close();
      stopped.countDown();
    }, shutdownThreadName));
  }

  /**
   * Starts the server; closes the hub if it cannot start. {@code environment} is where the first
   * admin's password is looked up.
   */
  static HubServer start(Hub hub, int port, Map<String, String> environment, PrintWriter out, String shutdownThreadName) {
    try {
      GoldenServer server = GoldenServer.builder(ServerConfig.defaults().withPort(port))
          .users(new StoreUserAccounts(hub.store().users()))
          .hub(hub)
          .environment(environment)
          .console(line -> { out.println(line); out.flush(); })
          .build()
          .start();
      return new HubServer(server, hub, shutdownThreadName);
    } catch (RuntimeException e) {
      hub.close();
      throw e;
    }
  }

  ServedAt address() {
    return new ServedAt(server.baseUri());
  }

  /** Blocks until the JVM shuts down and the server has stopped. */
  void awaitShutdown() throws InterruptedException {
    stopped.await();
  }
}
