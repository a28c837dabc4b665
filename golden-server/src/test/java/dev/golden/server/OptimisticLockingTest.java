package dev.golden.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Json;
import dev.golden.server.http.Versions;
import dev.golden.server.security.Permission;
import dev.golden.server.security.Role;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Optimistic locking: version in the body, ETag out, If-Match in")
class OptimisticLockingTest {

  record Customer(String name, long version) {}

  record Rename(String name) {}

  /** One customer, updated the way a store does it: conditionally on the version. */
  private static final class CustomerStore {
    private Customer current = new Customer("王小明", 1);

    synchronized Customer read() {
      return current;
    }

    synchronized Customer rename(String name, long expectedVersion) {
      Versions.check(expectedVersion, current.version());
      current = new Customer(name, current.version() + 1);
      return current;
    }
  }

  private static final CustomerStore STORE = new CustomerStore();
  private static TestServer api;

  @BeforeAll
  static void start() {
    api = TestServer.startWith(List.of(
        ApiRoute.get("/probe/customer", Permission.SEARCH, ctx -> {
          Customer customer = STORE.read();
          Versions.tag(ctx, customer.version());
          Json.respond(ctx, 200, customer);
        }),
        ApiRoute.put("/probe/customer", Permission.EDIT_CUSTOMER, ctx -> {
          long expected = Versions.expected(ctx);
          Customer updated = STORE.rename(Json.read(ctx, Rename.class).name(), expected);
          Versions.tag(ctx, updated.version());
          Json.respond(ctx, 200, updated);
        })));
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  @BeforeEach
  void reset() {
    synchronized (STORE) {
      STORE.current = new Customer("王小明", 1);
    }
  }

  private HttpResult read() {
    return api.get("/probe/customer", "Authorization", api.basicFor(Role.STEWARD));
  }

  private HttpResult rename(String name, String... ifMatch) {
    String[] headers = ifMatch.length == 0
        ? new String[] {"Authorization", api.basicFor(Role.STEWARD)}
        : new String[] {"Authorization", api.basicFor(Role.STEWARD), "If-Match", ifMatch[0]};
    return api.put("/probe/customer", "{\"name\":\"" + name + "\"}", headers);
  }

  @Test
  void aReadCarriesTheVersionInTheBodyAndAsETag() {
    HttpResult result = read();

    assertThat(result.json().path("version").asLong()).isEqualTo(1);
    assertThat(result.header("ETag")).hasValue("\"1\"");
  }

  @Test
  void anUpdateWithTheCurrentETagSucceedsAndMovesTheVersionOn() {
    String etag = read().header("ETag").orElseThrow();

    HttpResult result = rename("王晓明", etag);

    assertThat(result.status()).isEqualTo(200);
    assertThat(result.json().path("name").asText()).isEqualTo("王晓明");
    assertThat(result.header("ETag")).hasValue("\"2\"");
  }

  @Test
  void anUpdateWithoutIfMatchIsA428() {
    HttpResult result = rename("王晓明");

    assertThat(result.status()).isEqualTo(428);
    assertThat(result.errorCode()).isEqualTo("precondition_required");
    assertThat(result.json().path("field").asText()).isEqualTo("If-Match");
    assertThat(STORE.read().name()).isEqualTo("王小明");
  }

  @Test
  void theSecondOfTwoStewardsGetsAConflictNotALostUpdate() {
    String etagOfFirst = read().header("ETag").orElseThrow();
    String etagOfSecond = read().header("ETag").orElseThrow();

    HttpResult first = rename("王晓明", etagOfFirst);
    HttpResult second = rename("Wang Xiaoming", etagOfSecond);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(409);
    assertThat(second.errorCode()).isEqualTo("version_conflict");
    assertThat(STORE.read().name()).isEqualTo("王晓明");
  }

  @ParameterizedTest(name = "If-Match: {0}")
  @ValueSource(strings = {"1", "W/\"1\"", "*", "\"1\", \"2\"", "\"one\""})
  void anIfMatchThatIsNotOneOfOurETagsIsA400(String ifMatch) {
    HttpResult result = rename("王晓明", ifMatch);

    assertThat(result.status()).isEqualTo(400);
    assertThat(result.json().path("field").asText()).isEqualTo("If-Match");
  }

  @Test
  void anAgentMayReadButNotEditDirectly() {
    HttpResult result = api.put("/probe/customer", "{\"name\":\"x\"}",
        "Authorization", api.basicFor(Role.AGENT), "If-Match", "\"1\"");

    assertThat(result.status()).isEqualTo(403);
    assertThat(STORE.read().name()).as("the handler never ran").isEqualTo("王小明");
  }
}
