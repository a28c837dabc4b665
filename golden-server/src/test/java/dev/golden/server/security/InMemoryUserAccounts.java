package dev.golden.server.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link UserAccounts} in memory, standing in for the store in tests. */
public final class InMemoryUserAccounts implements UserAccounts {

  private final List<UserAccount> accounts = new ArrayList<>();
  private final Map<String, Long> tokenOwners = new ConcurrentHashMap<>();

  @Override
  public synchronized Optional<UserAccount> findByUsername(String username) {
    return accounts.stream().filter(a -> a.username().equals(username)).findFirst();
  }

  @Override
  public synchronized Optional<UserAccount> findByApiTokenHash(String tokenHash) {
    Long owner = tokenOwners.get(tokenHash);
    return owner == null ? Optional.empty() : byId(owner);
  }

  @Override
  public synchronized UserAccount create(String username, String passwordHash, Role role) {
    if (findByUsername(username).isPresent()) {
      throw new IllegalStateException("duplicate user " + username);
    }
    UserAccount account = new UserAccount(accounts.size() + 1L, username, passwordHash, role, true);
    accounts.add(account);
    return account;
  }

  @Override
  public synchronized long count() {
    return accounts.size();
  }

  @Override
  public synchronized void addApiToken(long userId, String name, String tokenHash) {
    byId(userId).orElseThrow();
    tokenOwners.put(tokenHash, userId);
  }

  /** Deactivates a user, as the store would when an admin disables an account. */
  public synchronized void deactivate(String username) {
    UserAccount account = findByUsername(username).orElseThrow();
    accounts.set((int) account.id() - 1, new UserAccount(account.id(), account.username(),
        account.passwordHash(), account.role(), false));
  }

  /** The token hashes kept, to prove that no token value is. */
  public Map<String, Long> tokenHashes() {
    return Map.copyOf(tokenOwners);
  }

  private Optional<UserAccount> byId(long id) {
    return accounts.stream().filter(a -> a.id() == id).findFirst();
  }
}
