package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/** A person at an account, linked to their golden record once known. */
public record Contact(long id, long accountId, Optional<Long> customerId, String name, Optional<String> jobTitle,
        Instant createdAt) {
}
