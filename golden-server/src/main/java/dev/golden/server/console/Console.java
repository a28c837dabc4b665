package dev.golden.server.console;

import dev.golden.server.customer.CustomerEntry;
import dev.golden.server.http.ApiErrors;
import dev.golden.server.http.ApiRoute;
import dev.golden.server.http.Forbidden;
import dev.golden.server.http.Unauthenticated;
import dev.golden.server.hub.Hub;
import dev.golden.server.security.AccessControl;
import dev.golden.server.security.SessionPrincipals;
import dev.golden.server.security.UserAccounts;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

/**
 * The steward console: server-rendered pages under {@code /console} for agents, stewards,
 * approvers and admins, on the same hub services as the API. People sign in with a form and keep
 * a session cookie; the API's permission matrix decides what each may see and do.
 *
 * <pre>{@code
 * Console console = Console.create(hub, users, Clock.systemUTC());
 * AccessControl access = new AccessControl(users, passwords, console.sessions());
 * Javalin.create(config -> { console.configure(config); ... console.routes(access) ... });
 * console.install(app);
 * }</pre>
 */
public final class Console {

  static final String STATIC = "/console/static";

  private final Hub hub;
  private final Sessions sessions;
  private final Pages pages;

  private Console(Hub hub, UserAccounts users, Clock clock) {
    this.hub = hub;
    this.sessions = new Sessions(users, clock);
    this.pages = new Pages(sessions, ConsoleRoutes.NAVIGATION);
  }

  /** The console over {@code hub}, for the people in {@code users}. */
  public static Console create(Hub hub, UserAccounts users, Clock clock) {
    return new Console(hub, users, clock);
  }

  /** Who is signed in, for {@link AccessControl}. */
  public SessionPrincipals sessions() {
    return sessions;
  }

  /** The console's pages; {@code access} checks the sign-in form's passwords. */
  public List<ApiRoute> routes(AccessControl access) {
    CustomerEntry entry = CustomerEntry.of(hub);
    return new ConsoleRoutes(sessions, pages).of(new ConsoleRoutes.Features(
        new SignInPages(pages, sessions, access),
        new DashboardPage(pages, hub),
        new ReviewPages(pages, hub),
        new CustomerPages(pages, hub),
        new EntryPages(pages, hub, entry),
        new ChangePages(pages, hub),
        new StalePages(pages, hub),
        new ImportPages(pages, hub, entry),
        new DictionaryPage(pages, hub)));
  }

  /** Serves the style sheet and script, and htmx and Chart.js from their webjars on the classpath. */
  public void configure(JavalinConfig config) {
    config.staticFiles.enableWebjars();
    config.staticFiles.add(files -> {
      files.hostedPath = STATIC;
      files.directory = "/dev/golden/server/console/static";
      files.location = Location.CLASSPATH;
    });
  }

  /**
   * On console pages a missing sign-in leads to the sign-in form and a refusal to a page that says
   * so; on the API both stay JSON errors.
   */
  public void install(Javalin app) {
    app.exception(Unauthenticated.class, (failure, ctx) -> {
      if (!isConsole(ctx)) {
        ApiErrors.respond(ctx, failure);
      } else if (ctx.header("HX-Request") != null) {
        ctx.status(HttpStatus.UNAUTHORIZED).header("HX-Redirect", SignInPages.PATH);
      } else {
        String next = ctx.method().name().equals("GET") ? ctx.path() : ConsoleRoutes.HOME;
        ctx.redirect(SignInPages.PATH + "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
      }
    });
    app.exception(Forbidden.class, (failure, ctx) -> {
      if (isConsole(ctx)) {
        Problems.show(pages, ctx, 403, "problem.forbidden", failure.getMessage());
      } else {
        ApiErrors.respond(ctx, failure);
      }
    });
  }

  private static boolean isConsole(Context ctx) {
    return ctx.path().equals(ConsoleRoutes.HOME) || ctx.path().startsWith(ConsoleRoutes.HOME + "/");
  }
}
