package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.customer.CustomerEntry;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.hub.Hub;
import dev.golden.store.StoreConfig;
import dev.golden.synth.SyntheticCustomers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("Entry on a hub whose index is reopened in the background")
class BackgroundIndexRefreshTest {

  @Test
  @DisplayName("a customer entered a moment ago is suggested by the next check, before any reopen")
  void theNextCheckFindsTheCustomerJustEntered(@TempDir Path home) {
    // Other customers first, for term frequencies like a real hub's: in a hub of one customer
    // every value is as common as can be, and nothing looks like a duplicate.
    try (Hub hub = Hub.builder(StoreConfig.embedded(home)).model(TestHubs.model()).console(line -> { }).open()) {
      CustomerEntry entry = CustomerEntry.of(hub);
      SyntheticCustomers.builder().people(150).seed(7).build().stream().filter(r -> !r.duplicate())
          .forEach(r -> {
            try {
              entry.enter(r.fields(), "seed-" + r.recordId(), "import");
            } catch (InvalidInput invalid) {
              // some synthetic phones are invalid on purpose: those records are refused
            }
          });
    }
    // Reopened with an interval no test outlives: the customer is found beside the index, not through a reopen.
    try (Hub hub = Hub.builder(StoreConfig.embedded(home)).model(TestHubs.model()).console(line -> { })
        .indexRefresh(Duration.ofHours(1)).open()) {
      CustomerEntry entry = CustomerEntry.of(hub);

      CustomerEntry.Outcome first = entry.enter(Map.of("given_name", "Jonathan", "family_name", "Smithers",
          "phone", "+1 415 555 0134", "email", "jonathan.smithers@example.com", "country", "US"), "crm-1", "agent");
      CustomerEntry.Outcome second = entry.enter(Map.of("given_name", "Jonathon", "family_name", "Smithers",
          "phone", "(415) 555-0134", "country", "US"), "crm-2", "agent");

      assertThat(first).isInstanceOf(CustomerEntry.Created.class);
      long created = ((CustomerEntry.Created) first).customer().id();
      assertThat(second).isInstanceOfSatisfying(CustomerEntry.PossibleDuplicates.class,
          possible -> assertThat(possible.candidateIds()).containsExactly(created));
    }
  }
}
