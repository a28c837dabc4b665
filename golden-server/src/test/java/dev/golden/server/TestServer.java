package dev.golden.server;

import dev.golden.server.http.ApiRoute;
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

  final InMemoryUserAccounts users = new InMemoryUserAccounts();
  final List<String> console = new ArrayList<>();
  final GoldenServer server;
  private final HttpClient client = HttpClient.newHttpClient();
  private final Map<Role, String> usernames = new EnumMap<>(Role.class);

  private TestServer(List<ApiRoute> additionalRoutes) {
    server = GoldenServer.builder(new ServerConfig("127.0.0.1", 0, TEST_COST))
        .users(users)
        .environment(Map.of("GOLDEN_ADMIN_PASSWORD", ADMIN_PASSWORD))
        .console(console::add)
        .additionalRoutes(additionalRoutes)
        .build()
        .start();
    PasswordHasher hasher = new PasswordHasher(TEST_COST);
    for (Role role : Role.values()) {
      String name = role.name().toLowerCase() + "-user";
      users.create(name, hasher.hash(PASSWORD), role);
      usernames.put(role, name);
    }
  }

  static TestServer start() {
    return new TestServer(List.of());
  }

  static TestServer startWith(List<ApiRoute> additionalRoutes) {
    return new TestServer(additionalRoutes);
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
  }
}
