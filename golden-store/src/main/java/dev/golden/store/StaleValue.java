package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/** A value due for re-verification: last verified at {@code verifiedAt}, or never. */
public record StaleValue(long customerId, String field, String value, Optional<Instant> verifiedAt) {
}
