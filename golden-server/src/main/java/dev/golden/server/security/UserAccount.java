package dev.golden.server.security;

import java.util.Objects;

/** A user as the store keeps it; {@code passwordHash} is a bcrypt hash, never the password. */
public record UserAccount(long id, String username, String passwordHash, Role role, boolean active) {

  public UserAccount {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(role, "role");
  }

  @Override
  public String toString() {
    // Keep the hash out of logs.
    return "UserAccount[id=" + id + ", username=" + username + ", role=" + role + ", active=" + active + "]";
  }
}
