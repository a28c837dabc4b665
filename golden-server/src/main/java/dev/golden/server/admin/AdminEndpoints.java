package dev.golden.server.admin;

import dev.golden.server.security.ApiTokens;
import dev.golden.server.security.PasswordHasher;
import dev.golden.server.security.UserAccounts;
import io.javalin.http.Handler;

/** The handlers of user administration, for the route table. */
public record AdminEndpoints(Handler createUser, Handler createApiToken) {

  public static AdminEndpoints of(UserAccounts users, PasswordHasher passwords, ApiTokens tokens) {
    UserHandlers handlers = new UserHandlers(users, passwords, tokens);
    return new AdminEndpoints(handlers::createUser, handlers::createApiToken);
  }
}
