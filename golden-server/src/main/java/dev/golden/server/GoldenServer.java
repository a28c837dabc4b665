package dev.golden.server;

import dev.golden.server.admin.AdminEndpoints;
import dev.golden.server.change.ChangeRequestEndpoints;
import dev.golden.server.console.Console;
import dev.golden.server.customer.CustomerEndpoints;
import dev.golden.server.freshness.FreshnessEndpoints;
import dev.golden.server.hub.Hub;
import dev.golden.server.hub.StoreFailures;
import dev.golden.server.quality.QualityEndpoints;
import dev.golden.server.review.ReviewEndpoints;
import dev.golden.server.search.SearchEndpoints;
import dev.golden.server.http.ApiErrors;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Json;
import dev.golden.server.meta.MetaEndpoints;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.AdminBootstrap;
import dev.golden.server.security.ApiTokens;
import dev.golden.server.security.PasswordHasher;
import dev.golden.server.security.UserAccounts;
import io.javalin.Javalin;
import io.javalin.json.JavalinJackson;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The hub's HTTP server: the REST API under {@code /api} and the steward console under
 * {@code /console}. Build it from a {@link ServerConfig} and the services it serves, then
 * {@link #start()}; on the first start against an empty store it creates the admin user.
 *
 * <pre>{@code
 * GoldenServer server = GoldenServer.builder(ServerConfig.defaults().withPort(0))
 *     .users(new StoreUserAccounts(hub.store().users()))
 *     .hub(hub)
 *     .build()
 *     .start();
 * URI api = server.baseUri();
 * }</pre>
 */
public final class GoldenServer implements AutoCloseable {

  /** Bodies larger than this are refused with 413; batches go through the import endpoint. */
  static final long MAX_REQUEST_BYTES = 10L * 1024 * 1024;

  private final ServerConfig config;
  private final List<ApiRoute> routes;
  private final AdminBootstrap bootstrap;
  private final Map<String, String> environment;
  private final Consumer<String> console;
  private final Javalin app;
  private volatile boolean running;

  private GoldenServer(Builder builder) {
    this.config = builder.config;
    this.environment = builder.environment;
    this.console = builder.console;
    SecureRandom random = new SecureRandom();
    PasswordHasher passwords = new PasswordHasher(config.bcryptCost());
    this.bootstrap = new AdminBootstrap(builder.users, passwords, random);
    Hub hub = builder.hub;
    this.routes = ApiRoutes.of(new ApiRoutes.Features(
        MetaEndpoints.create(),
        AdminEndpoints.of(builder.users, passwords, new ApiTokens(random)),
        CustomerEndpoints.of(hub),
        SearchEndpoints.of(hub),
        ReviewEndpoints.of(hub),
        ChangeRequestEndpoints.of(hub),
        FreshnessEndpoints.of(hub),
        QualityEndpoints.of(hub)));
    Console pages = Console.create(hub, builder.users, Clock.systemUTC());
    AccessControl access = new AccessControl(builder.users, passwords, pages.sessions());
    List<ApiRoute> all = new ArrayList<>(routes);
    all.addAll(builder.additionalRoutes);
    all.addAll(pages.routes(access));
    this.app = createApp(all, access, pages);
  }

  public static Builder builder(ServerConfig config) {
    return new Builder(config);
  }

  private static Javalin createApp(List<ApiRoute> routes, AccessControl access, Console console) {
    Javalin app = Javalin.create(javalin -> {
      console.configure(javalin);
      javalin.showJavalinBanner = false;
      javalin.startupWatcherEnabled = false;
      javalin.http.maxRequestSize = MAX_REQUEST_BYTES;
      javalin.http.prefer405over404 = true;
      javalin.http.defaultContentType = Json.CONTENT_TYPE;
      javalin.jsonMapper(new JavalinJackson(Json.mapper(), false));
      javalin.router.mount(router -> {
        router.beforeMatched(access::authorize);
        for (ApiRoute route : routes) {
          router.addHttpHandler(route.method(), route.path(), route.handler(), route.permission());
        }
      });
    });
    ApiErrors.install(app);
    StoreFailures.install(app);
    console.install(app);
    return app;
  }

  /** Creates the admin if no user exists yet, then listens. */
  public GoldenServer start() {
    bootstrap.ensureAdmin(environment, console);
    app.start(config.host(), config.port());
    running = true;
    return this;
  }

  /** Stops listening; requests in flight are finished first. */
  public void stop() {
    running = false;
    app.stop();
  }

  @Override
  public void close() {
    stop();
  }

  /** The port the server listens on, the chosen one when the config said 0. */
  public int port() {
    if (!running) {
      throw new IllegalStateException("the server is not running");
    }
    return app.port();
  }

  /** {@code http://host:port}, for clients and tests. */
  public URI baseUri() {
    return URI.create("http://" + config.host() + ":" + port());
  }

  /** The API's routes, as documented (test routes excluded). */
  List<ApiRoute> routes() {
    return routes;
  }

  /** Collects the services; {@link #build()} fails fast if one is missing. */
  public static final class Builder {

    private final ServerConfig config;
    private UserAccounts users;
    private Hub hub;
    private Map<String, String> environment = System.getenv();
    private Consumer<String> console = System.out::println;
    private final List<ApiRoute> additionalRoutes = new ArrayList<>();

    private Builder(ServerConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Where users and their API tokens are kept. Required. */
    public Builder users(UserAccounts users) {
      this.users = Objects.requireNonNull(users, "users");
      return this;
    }

    /** The hub's services the API serves. Required. */
    public Builder hub(Hub hub) {
      this.hub = Objects.requireNonNull(hub, "hub");
      return this;
    }

    /**
     * Where the first start looks up {@value AdminBootstrap#PASSWORD_VARIABLE}; the process
     * environment by default.
     */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Receives the one-time message of the first start; standard output by default. */
    public Builder console(Consumer<String> console) {
      this.console = Objects.requireNonNull(console, "console");
      return this;
    }

    /** Extra routes beside the API's, for tests of the machinery itself. */
    Builder additionalRoutes(List<ApiRoute> routes) {
      additionalRoutes.addAll(routes);
      return this;
    }

    public GoldenServer build() {
      if (users == null) {
        throw new IllegalStateException("users(UserAccounts) is required");
      }
      if (hub == null) {
        throw new IllegalStateException("hub(Hub) is required");
      }
      return new GoldenServer(this);
    }
  }
}
