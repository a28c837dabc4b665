package dev.golden.server.console;

import dev.golden.server.security.Principal;
import dev.golden.server.security.SessionPrincipals;
import dev.golden.server.security.UserAccount;
import dev.golden.server.security.UserAccounts;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The console's sign-ins, kept in memory: a random session id in an HttpOnly, SameSite=Strict
 * cookie, and per session a CSRF token that every form and htmx POST must echo. Sessions end on
 * sign-out or after {@link #IDLE} without a request; a restart signs everybody out.
 */
final class Sessions implements SessionPrincipals {

  static final String COOKIE = "golden_session";
  /** Before sign-in, the form's CSRF token is checked against this cookie (double submit). */
  static final String SIGN_IN_COOKIE = "golden_signin";
  static final String CSRF_FIELD = "_csrf";
  static final String CSRF_HEADER = "X-CSRF-Token";
  static final Duration IDLE = Duration.ofHours(8);
  private static final String CURRENT = Sessions.class.getName() + ".current";

  /** One person's sign-in. */
  record Session(String id, Principal principal, String csrfToken, Instant lastSeen) {}

  private final UserAccounts users;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Session> sessions = new ConcurrentHashMap<>();

  Sessions(UserAccounts users, Clock clock) {
    this.users = users;
    this.clock = clock;
  }

  /** Starts a session for {@code principal} and sets its cookie (a new id: no session fixation). */
  Session start(Context ctx, Principal principal) {
    Session session = new Session(token(), principal, token(), clock.instant());
    sessions.put(session.id(), session);
    ctx.cookie(cookie(COOKIE, session.id(), -1));
    ctx.removeCookie(SIGN_IN_COOKIE, "/");
    return session;
  }

  void end(Context ctx) {
    current(ctx).ifPresent(s -> sessions.remove(s.id()));
    ctx.cookie(cookie(COOKIE, "", 0));
  }

  /**
   * The session's person as the store knows them now: a deactivated user is signed out at their
   * next click, a changed role applies at once.
   */
  @Override
  public Optional<Principal> of(Context ctx) {
    Optional<Session> session = current(ctx);
    Optional<Principal> now = session.flatMap(s -> users.findByUsername(s.principal().username()))
        .filter(UserAccount::active)
        .map(account -> new Principal(account.id(), account.username(), account.role()));
    if (session.isPresent() && now.isEmpty()) {
      sessions.remove(session.get().id());
    }
    return now;
  }

  /** The request's live session, touched so it stays alive while used. */
  Optional<Session> current(Context ctx) {
    Session cached = ctx.attribute(CURRENT);
    if (cached != null) {
      return Optional.of(cached);
    }
    String id = ctx.cookie(COOKIE);
    if (id == null || id.isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    Session found = sessions.computeIfPresent(id, (key, s) -> s.lastSeen().plus(IDLE).isAfter(now)
        ? new Session(s.id(), s.principal(), s.csrfToken(), now) : null);
    if (found != null) {
      ctx.attribute(CURRENT, found);
    }
    return Optional.ofNullable(found);
  }

  /** The token a page's forms carry: the session's, or before sign-in the sign-in cookie's (set here). */
  String csrfToken(Context ctx) {
    Optional<Session> session = current(ctx);
    if (session.isPresent()) {
      return session.get().csrfToken();
    }
    String existing = ctx.cookie(SIGN_IN_COOKIE);
    if (existing != null && !existing.isEmpty()) {
      return existing;
    }
    String fresh = token();
    ctx.cookie(cookie(SIGN_IN_COOKIE, fresh, (int) Duration.ofHours(1).toSeconds()));
    return fresh;
  }

  /** Whether the POST carries the token of its session (or, signed out, of the sign-in cookie). */
  boolean csrfValid(Context ctx) {
    String sent = Optional.ofNullable(ctx.header(CSRF_HEADER)).orElseGet(() -> ctx.formParam(CSRF_FIELD));
    if (sent == null || sent.isEmpty()) {
      return false;
    }
    String expected = current(ctx).map(Session::csrfToken).orElseGet(() -> ctx.cookie(SIGN_IN_COOKIE));
    return expected != null && !expected.isEmpty()
        && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private String token() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  static Cookie cookie(String name, String value, int maxAgeSeconds) {
    // Not Secure: the server listens on plain HTTP on loopback; a TLS proxy in front may add it.
    return new Cookie(name, value, "/", maxAgeSeconds, false, 0, true, null, null, SameSite.STRICT);
  }
}
