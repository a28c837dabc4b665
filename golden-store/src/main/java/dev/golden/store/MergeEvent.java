package dev.golden.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Customers folded into a survivor. Undone when {@code undoneAt} is present.
 *
 * @param mergedIds the customers folded into {@code survivorId}
 */
public record MergeEvent(long id, long survivorId, List<Long> mergedIds, String mergedBy, Instant mergedAt,
        Optional<String> undoneBy, Optional<Instant> undoneAt) {

    public MergeEvent {
        mergedIds = List.copyOf(mergedIds);
    }

    public boolean isUndone() {
        return undoneAt.isPresent();
    }
}
