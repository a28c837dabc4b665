package dev.golden.server.customer;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Duplicate checks awaiting the caller's decision ("create anyway" or "it is customer X"), by
 * check id. Kept in memory for a while: the caller decides within seconds, with the customer on
 * the line; after a restart or the time limit they simply submit the record again. Bounded, the
 * oldest forgotten first.
 */
final class PendingChecks {

  static final Duration TIME_TO_DECIDE = Duration.ofMinutes(30);
  static final int CAPACITY = 10_000;

  /** What the caller was shown, to act on when they decide. */
  record Pending(String id, String owner, Map<String, String> rawValues, Map<String, String> standardized,
      String sourceId, List<Long> candidates, Instant expiresAt) {}

  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Map<String, Pending> checks = new LinkedHashMap<>(16, 0.75f, false) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Pending> eldest) {
      return size() > CAPACITY;
    }
  };

  PendingChecks(Clock clock) {
    this.clock = clock;
  }

  synchronized Pending remember(String owner, Map<String, String> rawValues, Map<String, String> standardized,
      String sourceId, List<Long> candidates) {
    byte[] bytes = new byte[12];
    random.nextBytes(bytes);
    String id = "chk_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Pending pending = new Pending(id, owner, Map.copyOf(rawValues), Map.copyOf(standardized), sourceId,
        List.copyOf(candidates), clock.instant().plus(TIME_TO_DECIDE));
    checks.put(id, pending);
    return pending;
  }

  /** Takes the caller's own, unexpired check; it can be decided once. */
  synchronized Optional<Pending> take(String id, String owner) {
    Pending pending = checks.get(id);
    if (pending == null || !pending.owner().equals(owner)) {
      return Optional.empty();
    }
    checks.remove(id);
    return pending.expiresAt().isAfter(clock.instant()) ? Optional.of(pending) : Optional.empty();
  }

  /** Puts a check back when acting on it failed, so the caller can decide again. */
  synchronized void restore(Pending pending) {
    checks.put(pending.id(), pending);
  }
}
