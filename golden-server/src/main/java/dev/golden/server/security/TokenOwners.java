package dev.golden.server.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who owns an API token, remembered for {@link #REVOCATION_DELAY} so that a system calling many
 * times a second is not looked up in the store on every request. The price is stated: a token
 * whose owner is deactivated (or whose row is removed) is still accepted for up to that delay.
 * Unknown tokens are never remembered, so a token is accepted as soon as it is issued, and
 * guessed tokens cannot fill the memory.
 */
final class TokenOwners {

  /** How long a revoked token or a deactivated owner may still be accepted. */
  static final Duration REVOCATION_DELAY = Duration.ofSeconds(10);
  /** Systems calling the API are few; beyond this many, the expired entries are dropped first. */
  static final int CAPACITY = 1_024;

  private record Remembered(UserAccount owner, Instant until) {}

  private final UserAccounts users;
  private final Clock clock;
  private final Map<String, Remembered> byHash = new ConcurrentHashMap<>();

  TokenOwners(UserAccounts users, Clock clock) {
    this.users = Objects.requireNonNull(users, "users");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The owner of the token with this hash, as the store said at most {@link #REVOCATION_DELAY} ago. */
  Optional<UserAccount> owner(String tokenHash) {
    Instant now = clock.instant();
    Remembered remembered = byHash.get(tokenHash);
    if (remembered != null && now.isBefore(remembered.until())) {
      return Optional.of(remembered.owner());
    }
    Optional<UserAccount> owner = users.findByApiTokenHash(tokenHash);
    owner.ifPresentOrElse(account -> remember(tokenHash, account, now), () -> byHash.remove(tokenHash));
    return owner;
  }

  private void remember(String tokenHash, UserAccount owner, Instant now) {
    if (byHash.size() >= CAPACITY) {
      byHash.values().removeIf(r -> !now.isBefore(r.until()));
      if (byHash.size() >= CAPACITY) {
        byHash.clear();
      }
    }
    byHash.put(tokenHash, new Remembered(owner, now.plus(REVOCATION_DELAY)));
  }
}
