package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.server.security.InMemoryUserAccounts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Configuring and starting the server")
class ServerConfigTest {

  @Test
  void listensOnLoopbackByDefault() {
    ServerConfig config = ServerConfig.defaults();

    assertThat(config.host()).isEqualTo("127.0.0.1");
    assertThat(config.port()).isEqualTo(7070);
    assertThat(config.bcryptCost()).isEqualTo(10);
  }

  @Test
  void refusesImpossibleValues() {
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(65_536)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.defaults().withPort(-1)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.defaults().withHost(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ServerConfig.defaults().withBcryptCost(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aServerNeedsItsUsers() {
    assertThatThrownBy(() -> GoldenServer.builder(ServerConfig.defaults()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("users");
  }

  @Test
  void portZeroPicksAFreePortAndTheFirstStartCreatesTheAdmin() {
    InMemoryUserAccounts users = new InMemoryUserAccounts();
    List<String> console = new ArrayList<>();
    try (GoldenServer server = GoldenServer.builder(ServerConfig.defaults().withPort(0).withBcryptCost(4))
        .users(users).hub(TestHubs.shared()).environment(Map.of()).console(console::add).build().start()) {

      assertThat(server.port()).isPositive().isNotEqualTo(7070);
      assertThat(server.baseUri().toString()).isEqualTo("http://127.0.0.1:" + server.port());
      assertThat(users.findByUsername("admin")).isPresent();
      assertThat(console).singleElement().asString().contains("admin");
    }
  }

  @Test
  void thePortIsUnknownBeforeTheStart() {
    GoldenServer server = GoldenServer.builder(ServerConfig.defaults().withPort(0).withBcryptCost(4))
        .users(new InMemoryUserAccounts()).hub(TestHubs.shared()).build();

    assertThatThrownBy(server::port).isInstanceOf(IllegalStateException.class);
  }
}
