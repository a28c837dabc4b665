package dev.golden.server.security;

import java.util.Objects;

/** Who is calling: the authenticated user of the current request. */
public record Principal(long userId, String username, Role role) {

  public Principal {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(role, "role");
  }

  static Principal of(UserAccount account) {
    return new Principal(account.id(), account.username(), account.role());
  }
}
