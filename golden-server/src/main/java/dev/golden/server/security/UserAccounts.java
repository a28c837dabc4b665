package dev.golden.server.security;

import java.util.Optional;

/**
 * The users the server needs to know about; implemented over the store. Hashing happens in the
 * server: implementations only keep and look up the hashes they are given.
 */
public interface UserAccounts {

  /** The user with exactly this name (names are stored NFC-normalized). */
  Optional<UserAccount> findByUsername(String username);

  /** The user owning the API token whose SHA-256 hash (lowercase hex) is {@code tokenHash}. */
  Optional<UserAccount> findByApiTokenHash(String tokenHash);

  /** Creates an active user; the name is not yet taken (the caller checked). */
  UserAccount create(String username, String passwordHash, Role role);

  /** How many users exist; 0 on a fresh store. */
  long count();

  /** Records an API token, by the hash of its value, for {@code userId} under a display name. */
  void addApiToken(long userId, String name, String tokenHash);
}
