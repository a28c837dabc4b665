package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.customer.CustomerEntry;
import dev.golden.server.hub.Hub;
import dev.golden.store.StoreConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("A hub's candidate index")
class HubIndexTest {
  private static final Map<String, String> ADA = Map.of("given_name", "Ada", "family_name", "Lovelace",
      "email", "ada@analytical.example", "phone", "+44 20 7946 0018", "city", "London");

  @Test
  @DisplayName("lost, is rebuilt from the store when the hub opens, and finds the customers already stored")
  void rebuiltFromTheStore(@TempDir Path home) throws Exception {
    Path index = home.resolve("index");
    try (Hub hub = open(home, index, new ArrayList<>())) {
      assertThat(CustomerEntry.of(hub).enter(ADA, "crm-1", "agent")).isInstanceOf(CustomerEntry.Created.class);
    }
    deleteRecursively(index);

    List<String> console = new ArrayList<>();
    try (Hub hub = open(home, index, console)) {
      assertThat(console).anyMatch(line -> line.startsWith("Rebuilding the candidate index from 1 customers"));
      assertThat(hub.duplicates().search("ada@analytical.example", 5)).singleElement()
          .satisfies(candidate -> assertThat(candidate.features()).containsValue("lovelace"));
    }
  }

  private static Hub open(Path home, Path index, List<String> console) {
    return Hub.builder(StoreConfig.embedded(home)).model(TestHubs.model()).indexFolder(index).console(console::add).open();
  }

  private static void deleteRecursively(Path folder) throws Exception {
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
