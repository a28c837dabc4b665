package dev.golden.server.security;

import dev.golden.server.http.Conflict;
import dev.golden.store.StateConflictException;
import dev.golden.store.UserRepository;
import java.util.Objects;
import java.util.Optional;

/** The server's {@link UserAccounts} over the store's users; the two roles enums match by name. */
public final class StoreUserAccounts implements UserAccounts {

  private final UserRepository users;

  public StoreUserAccounts(UserRepository users) {
    this.users = Objects.requireNonNull(users, "users");
  }

  @Override
  public Optional<UserAccount> findByUsername(String username) {
    return users.findByUsername(username).map(StoreUserAccounts::toServer);
  }

  @Override
  public Optional<UserAccount> findByApiTokenHash(String tokenHash) {
    return users.findByApiTokenHash(tokenHash).map(StoreUserAccounts::toServer);
  }

  /** @throws Conflict when a concurrent request took the name first */
  @Override
  public UserAccount create(String username, String passwordHash, Role role) {
    try {
      return toServer(users.create(username, passwordHash, dev.golden.store.Role.valueOf(role.name())));
    } catch (StateConflictException e) {
      throw Conflict.alreadyExists("username", "a user named '" + username + "' already exists");
    }
  }

  @Override
  public long count() {
    return users.count();
  }

  /** @throws Conflict when a token with the same hash exists already (a collision: retry) */
  @Override
  public void addApiToken(long userId, String name, String tokenHash) {
    try {
      users.addApiToken(userId, name, tokenHash);
    } catch (StateConflictException e) {
      throw Conflict.alreadyExists("token", "that token exists already");
    }
  }

  private static UserAccount toServer(dev.golden.store.UserAccount account) {
    return new UserAccount(account.id(), account.username(), account.passwordHash(),
        Role.valueOf(account.role().name()), account.active());
  }
}
