package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/**
 * A proposed change to a protected field, applied only once an approver approves it.
 *
 * @param oldValue the field's value when the change was requested, empty when it had none
 */
public record ChangeRequest(long id, long customerId, String field, Optional<String> oldValue, String newValue,
        String requestedBy, Instant requestedAt, ChangeStatus status, Optional<String> decidedBy,
        Optional<Instant> decidedAt, Optional<String> comment) {
}
