package dev.golden.server.admin;

import dev.golden.server.http.Conflict;
import dev.golden.server.http.InvalidInput;
import dev.golden.server.http.Json;
import dev.golden.server.http.NotFound;
import dev.golden.server.security.ApiTokens;
import dev.golden.server.security.Credentials;
import dev.golden.server.security.PasswordHasher;
import dev.golden.server.security.Role;
import dev.golden.server.security.UserAccount;
import dev.golden.server.security.UserAccounts;
import io.javalin.http.Context;

/** Creates users and issues API tokens; only admins reach these (see the route table). */
final class UserHandlers {

  static final int MAX_TOKEN_NAME_LENGTH = 100;

  private final UserAccounts users;
  private final PasswordHasher passwords;
  private final ApiTokens tokens;

  UserHandlers(UserAccounts users, PasswordHasher passwords, ApiTokens tokens) {
    this.users = users;
    this.passwords = passwords;
    this.tokens = tokens;
  }

  /** {@code POST /api/admin/users}: a person or a system account with a role. */
  void createUser(Context ctx) {
    NewUser request = Json.read(ctx, NewUser.class);
    String username = Credentials.requireValidUsername(request.username(), "username");
    Credentials.requireAcceptablePassword(request.password(), "password");
    if (request.role() == null) {
      throw InvalidInput.missing("role");
    }
    if (users.findByUsername(username).isPresent()) {
      throw Conflict.alreadyExists("username", "a user named '" + username + "' already exists");
    }
    UserAccount created = users.create(username, passwords.hash(request.password()), request.role());
    Json.respond(ctx, 201, UserView.of(created));
  }

  /** {@code POST /api/admin/users/{username}/tokens}: the token's value is in this response only. */
  void createApiToken(Context ctx) {
    String username = Credentials.normalizeUsername(ctx.pathParam("username"));
    UserAccount owner = users.findByUsername(username)
        .orElseThrow(() -> new NotFound("no user named '" + username + "'"));
    NewToken request = Json.read(ctx, NewToken.class);
    String name = request.name() == null ? "" : request.name().strip();
    if (name.isEmpty()) {
      throw InvalidInput.missing("name");
    }
    if (name.length() > MAX_TOKEN_NAME_LENGTH) {
      throw InvalidInput.field("name", "a token name has at most " + MAX_TOKEN_NAME_LENGTH + " characters");
    }
    String token = tokens.generate();
    users.addApiToken(owner.id(), name, ApiTokens.hash(token));
    Json.respond(ctx, 201, new IssuedToken(owner.username(), name, token));
  }

  record NewUser(String username, String password, Role role) {}

  record NewToken(String name) {}

  record UserView(long id, String username, Role role, boolean active) {
    static UserView of(UserAccount account) {
      return new UserView(account.id(), account.username(), account.role(), account.active());
    }
  }

  record IssuedToken(String username, String name, String token) {}
}
