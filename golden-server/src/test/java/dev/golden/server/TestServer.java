package dev.golden.server;

import dev.golden.server.http.ApiRoute;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.StoreUserAccounts;
import dev.golden.server.security.UserAccounts;
import dev.golden.server.security.InMemoryUserAccounts;
import dev.golden.server.security.PasswordHasher;
import dev.golden.server.security.Role;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A real server on a random loopback port, with in-memory users: the bootstrap admin and one user
 * per role, and a client that speaks to it.
 */
final class TestServer implements AutoCloseable {

  static final String ADMIN_PASSWORD = "correct horse battery staple";
  static final String PASSWORD = "a long enough password";
  /** Minimum bcrypt cost: security tests need not be slow. */
  static final int TEST_COST = 4;

  /** The in-memory users of a server on the shared hub; null for one with a hub of its own. */
  final InMemoryUserAccounts users;
  final List<String> console = new ArrayList<>();
  final GoldenServer server;
  final Hub hub;
  private final boolean ownsHub;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<Role, String> usernames = new EnumMap<>(Role.class);

  private TestServer(List<ApiRoute> additionalRoutes, Hub hub, boolean ownsHub, UserAccounts accounts,
      InMemoryUserAccounts users) {
    this.users = users;
    this.hub = hub;
    this.ownsHub = ownsHub;
    server = GoldenServer.builder(new ServerConfig("127.0.0.1", 0, TEST_COST))
        .users(accounts)
        .hub(hub)
        .environment(Map.of("GOLDEN_ADMIN_PASSWORD", ADMIN_PASSWORD))
        .console(console::add)
        .additionalRoutes(additionalRoutes)
        .build()
        .start();
    PasswordHasher hasher = new PasswordHasher(TEST_COST);
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase() + "-user";
      accounts.create(name, hasher.hash(PASSWORD), role);
      usernames.put(role, name);
    }
  }

  /** A server on the shared hub, with in-memory users: for tests of the server's machinery. */
  static TestServer start() {
    return startWith(List.of());
  }

  static TestServer startWith(List<ApiRoute> additionalRoutes) {
    InMemoryUserAccounts users = new InMemoryUserAccounts();
    return new TestServer(additionalRoutes, TestHubs.shared(), false, users, users);
  }

  /** A server on a hub of its own (fresh H2 store), users kept in that store. */
  static TestServer startWithFreshHub() {
    Hub hub = TestHubs.fresh(message -> { });
    return new TestServer(List.of(), hub, true, new StoreUserAccounts(hub.store().users()), null);
  }

  /** HTTP Basic credentials of the test user with {@code role}. */
  String basicFor(Role role) {
    return basic(usernames.get(role), PASSWORD);
  }

  static String basic(String username, String password) {
    return "Basic " + Base64.getEncoder().encodeToString(
        (username + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  String adminBasic() {
    return basic("admin", ADMIN_PASSWORD);
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUri() + path));
  }

  HttpResult get(String path, String... headers) {
    return send(request(path).GET(), headers);
  }

  HttpResult post(String path, String json, String... headers) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
  }

  HttpResult patch(String path, String json, String... headers) {
    return send(request(path).header("Content-Type", "application/json")
        .method("PATCH", HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
  }

  HttpResult put(String path, String json, String... headers) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)), headers);
  }

  HttpResult send(HttpRequest.Builder request, String... headers) {
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    try {
      return HttpResult.of(client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray()));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.stop();
    if (ownsHub) {
      hub.close();
    }
  }
}
