package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/** An organisation, possibly part of a larger one (a branch plant under its factory). */
public record Account(long id, String name, Optional<Long> parentId, Instant createdAt) {
}
