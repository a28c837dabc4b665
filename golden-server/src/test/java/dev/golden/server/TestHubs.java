package dev.golden.server;

import dev.golden.match.MatchModel;
import dev.golden.server.hub.Hub;
import dev.golden.server.hub.HubModel;
import dev.golden.store.StoreConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Hubs for tests: each on a fresh embedded H2 store in a temporary folder, with one starter model
 * trained once per test run (training is the slow part). The shared hub serves tests of the
 * server's machinery, which do not look at customers.
 */
final class TestHubs {

  private static final int MODEL_PEOPLE = 1_000;
  private static MatchModel model;
  private static Hub shared;

  private TestHubs() {}

  static synchronized MatchModel model() {
    if (model == null) {
      model = HubModel.trainStarter(MODEL_PEOPLE);
    }
    return model;
  }

  static synchronized Hub shared() {
    if (shared == null) {
      shared = fresh(message -> { });
      Hub hub = shared;
      Runtime.getRuntime().addShutdownHook(new Thread(hub::close));
    }
    return shared;
  }

  /** A hub of its own; closing it leaves its folder to the operating system's temp cleaning. */
  static Hub fresh(Consumer<String> console) {
    try {
      Path home = Files.createTempDirectory("golden-server-test");
      return Hub.builder(StoreConfig.embedded(home)).model(model()).console(console).open();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
