package dev.golden.server.security;

import io.javalin.http.Context;
import java.util.Optional;

/**
 * People signed in to the console, who prove who they are by a session cookie instead of
 * credentials on every request. {@link AccessControl} asks only for pages outside {@code /api}: the
 * JSON API never acts on a cookie, so it offers nothing to cross-site request forgery.
 */
@FunctionalInterface
public interface SessionPrincipals {

  /** Nobody signs in by session: a server without the console. */
  SessionPrincipals NONE = ctx -> Optional.empty();

  /** The signed-in person of the request's session, if it carries a valid one. */
  Optional<Principal> of(Context ctx);
}
