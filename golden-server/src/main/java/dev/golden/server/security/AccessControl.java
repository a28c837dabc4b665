package dev.golden.server.security;

import dev.golden.server.http.Forbidden;
import dev.golden.server.http.Unauthenticated;
import io.javalin.http.Context;
import io.javalin.security.RouteRole;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every matched request before its handler runs: who is calling (HTTP Basic for people,
 * {@code Bearer} API tokens for systems) and whether their role is granted the route's
 * {@link Permission}. Handlers then read the caller with {@link #currentUser(Context)}. A token's
 * owner is remembered for a few seconds (see {@link TokenOwners}): a revoked token or a deactivated
 * system account is refused at most {@link TokenOwners#REVOCATION_DELAY} later.
 */
public final class AccessControl {

  private static final String PRINCIPAL = AccessControl.class.getName() + ".principal";
  private static final String BASIC = "basic ";
  private static final String BEARER = "bearer ";

  private static final String API = "/api/";
  /** How Javalin names the handler of static files it serves from the classpath. */
  private static final String STATIC_FILES = "*";

  private final UserAccounts users;
  private final TokenOwners tokenOwners;
  private final PasswordHasher passwords;
  private final SessionPrincipals sessions;

  public AccessControl(UserAccounts users, PasswordHasher passwords) {
    this(users, passwords, SessionPrincipals.NONE);
  }

  /** Also lets people signed in to the console through, on pages outside {@code /api}. */
  public AccessControl(UserAccounts users, PasswordHasher passwords, SessionPrincipals sessions) {
    this(users, passwords, sessions, Clock.systemUTC());
  }

  /**
   * {@code clock} times how long a token's owner is remembered: a revoked token or deactivated
   * owner is refused at most {@link TokenOwners#REVOCATION_DELAY} later.
   */
  AccessControl(UserAccounts users, PasswordHasher passwords, SessionPrincipals sessions, Clock clock) {
    this.users = users;
    this.tokenOwners = new TokenOwners(users, clock);
    this.passwords = passwords;
    this.sessions = sessions;
  }

  /** The authenticated caller of a route that is not {@link Permission#PUBLIC public}. */
  public static Principal currentUser(Context ctx) {
    Principal principal = ctx.attribute(PRINCIPAL);
    if (principal == null) {
      throw new IllegalStateException("no authenticated user on a public route: " + ctx.path());
    }
    return principal;
  }

  /** Lets the request through to its handler, or fails with 401 or 403. */
  public void authorize(Context ctx) {
    if (ctx.routeRoles().isEmpty() && STATIC_FILES.equals(ctx.endpointHandlerPath())) {
      return; // the console's style sheet and scripts: files, not routes, and public
    }
    Permission needed = permissionOf(ctx.routeRoles(), ctx.endpointHandlerPath());
    if (needed.isPublic()) {
      return;
    }
    String authorization = ctx.header("Authorization");
    Optional<Principal> session = authorization == null && !ctx.path().startsWith(API)
        ? sessions.of(ctx) : Optional.empty();
    Principal caller = session.or(() -> authenticate(authorization))
        .orElseThrow(() -> new Unauthenticated(
            "valid credentials are required: HTTP Basic for people, a Bearer API token for systems"));
    if (!needed.isGrantedTo(caller.role())) {
      throw new Forbidden("role " + caller.role() + " is not granted " + needed);
    }
    ctx.attribute(PRINCIPAL, caller);
  }

  /** The active user the {@code Authorization} header proves to be, if any. */
  Optional<Principal> authenticate(String authorization) {
    if (authorization == null) {
      return Optional.empty();
    }
    String lower = authorization.toLowerCase(Locale.ROOT);
    Optional<UserAccount> account;
    if (lower.startsWith(BASIC)) {
      account = basic(authorization.substring(BASIC.length()).strip());
    } else if (lower.startsWith(BEARER)) {
      account = tokenOwners.owner(ApiTokens.hash(authorization.substring(BEARER.length()).strip()));
    } else {
      account = Optional.empty();
    }
    return account.filter(UserAccount::active).map(Principal::of);
  }

  private Optional<UserAccount> basic(String encoded) {
    String decoded;
    try {
      // RFC 7617: we announce charset="UTF-8", so names like 王小明 arrive intact.
      decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    return passwordCheck(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  /** The active user with this name and password, for a sign-in form; as slow for unknown names as for known. */
  public Optional<Principal> signIn(String username, String password) {
    return passwordCheck(username, password).filter(UserAccount::active).map(Principal::of);
  }

  private Optional<UserAccount> passwordCheck(String username, String password) {
    Optional<UserAccount> account = users.findByUsername(Credentials.normalizeUsername(username));
    if (account.isEmpty()) {
      passwords.burnOneCheck(password);
      return Optional.empty();
    }
    return account.filter(user -> passwords.matches(password, user.passwordHash()));
  }

  private static Permission permissionOf(Set<RouteRole> roles, String path) {
    if (roles.size() != 1 || !(roles.iterator().next() instanceof Permission permission)) {
      // ApiRoute makes this impossible; refuse rather than serve an unchecked route.
      throw new IllegalStateException("route " + path + " must declare exactly one Permission: " + roles);
    }
    return permission;
  }
}
