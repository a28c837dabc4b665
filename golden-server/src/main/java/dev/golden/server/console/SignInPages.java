package dev.golden.server.console;

import dev.golden.server.security.AccessControl;
import dev.golden.server.security.Principal;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Optional;

/** Signing in and out, and choosing the language. */
final class SignInPages {

  static final String PATH = "/console/signin";

  /** The sign-in page's model; {@code failed} after a wrong name or password. */
  record View(Chrome chrome, String next, String username, boolean failed) {}

  private final Pages pages;
  private final Sessions sessions;
  private final AccessControl access;

  SignInPages(Pages pages, Sessions sessions, AccessControl access) {
    this.pages = pages;
    this.sessions = sessions;
    this.access = access;
  }

  void form(Context ctx) {
    if (sessions.current(ctx).isPresent()) {
      ctx.redirect(safeNext(ctx.queryParam("next")));
      return;
    }
    pages.render(ctx, "signin.jte", new View(pages.chrome(ctx, "signin.title"), safeNext(ctx.queryParam("next")), "", false));
  }

  void signIn(Context ctx) {
    String username = Optional.ofNullable(ctx.formParam("username")).orElse("").strip();
    String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
    String next = safeNext(ctx.formParam("next"));
    Optional<Principal> who = username.isEmpty() ? Optional.empty() : access.signIn(username, password);
    if (who.isEmpty()) {
      pages.render(ctx, 401, "signin.jte", new View(pages.chrome(ctx, "signin.title"), next, username, true));
      return;
    }
    sessions.start(ctx, who.get());
    ctx.redirect(next, HttpStatus.SEE_OTHER);
  }

  void signOut(Context ctx) {
    sessions.end(ctx);
    ctx.redirect(PATH, HttpStatus.SEE_OTHER);
  }

  void language(Context ctx) {
    Language.ofTag(ctx.formParam("lang")).ifPresent(language -> Pages.chooseLanguage(ctx, language));
    ctx.redirect(safeNext(ctx.formParam("back")), HttpStatus.SEE_OTHER);
  }

  /** Only a console page of this server: never a redirect to somewhere else. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith(ConsoleRoutes.HOME) || next.startsWith("//") || next.contains("\\")
        || next.contains("\r") || next.contains("\n")) {
      return ConsoleRoutes.HOME;
    }
    return next;
  }
}
