package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/** A rejected row kept for someone to fix and resubmit, or discard. */
public record QuarantinedRow(long id, long batchId, Rejection rejection, QuarantineStatus status, Instant createdAt,
        Optional<String> resolvedBy, Optional<Instant> resolvedAt) {
}
