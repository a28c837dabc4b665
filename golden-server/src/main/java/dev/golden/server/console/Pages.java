package dev.golden.server.console;

import dev.golden.server.security.Permission;
import dev.golden.server.security.Principal;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the precompiled JTE templates (generated at build time into this package) and builds
 * each page's {@link Chrome} for the request: language, signed-in person, permitted navigation.
 */
final class Pages {

  static final String LANGUAGE_COOKIE = "golden_lang";

  /** A top-level page of the navigation, shown to those granted its permission. */
  record Destination(String href, String labelKey, Permission permission) {}

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(null, ContentType.Html,
      Pages.class.getClassLoader(), Pages.class.getPackageName());
  private final Sessions sessions;
  private final List<Destination> destinations;

  Pages(Sessions sessions, List<Destination> destinations) {
    this.sessions = sessions;
    this.destinations = List.copyOf(destinations);
  }

  void render(Context ctx, String template, Object model) {
    render(ctx, 200, template, model);
  }

  void render(Context ctx, int status, String template, Object model) {
    StringOutput out = new StringOutput(16_384);
    engine.render(template, model, out);
    ctx.status(status).contentType("text/html; charset=utf-8").header("Cache-Control", "no-store")
        .header("X-Content-Type-Options", "nosniff").header("X-Frame-Options", "DENY")
        .header("Referrer-Policy", "same-origin").result(out.toString().stripLeading());
  }

  Chrome chrome(Context ctx, String titleKey) {
    Messages messages = messages(ctx);
    Optional<Principal> who = sessions.of(ctx);
    List<Chrome.NavItem> nav = new ArrayList<>();
    who.ifPresent(p -> destinations.stream().filter(d -> d.permission().isGrantedTo(p.role()))
        .forEach(d -> nav.add(new Chrome.NavItem(d.href(), messages.get(d.labelKey()), isCurrent(ctx.path(), d.href())))));
    return new Chrome(messages, messages.get(titleKey), ctx.path(), sessions.csrfToken(ctx),
        who.map(Principal::username).orElse(""),
        who.map(p -> "role." + p.role().name().toLowerCase(Locale.ROOT)).orElse(""), nav,
        Arrays.asList(Language.values()));
  }

  /** The person's chosen language (cookie), else the browser's preference, else English. */
  static Messages messages(Context ctx) {
    Language language = Language.ofTag(ctx.cookie(LANGUAGE_COOKIE)).orElseGet(() -> {
      String accept = Optional.ofNullable(ctx.header("Accept-Language")).orElse("").toLowerCase(Locale.ROOT);
      return accept.startsWith("zh") ? Language.SIMPLIFIED_CHINESE : Language.ENGLISH;
    });
    return Messages.of(language);
  }

  static void chooseLanguage(Context ctx, Language language) {
    ctx.cookie(Sessions.cookie(LANGUAGE_COOKIE, language.tag(), (int) Duration.ofDays(365).toSeconds()));
  }

  private static boolean isCurrent(String path, String href) {
    return href.equals(ConsoleRoutes.HOME) ? path.equals(href) : path.equals(href) || path.startsWith(href + "/");
  }
}
