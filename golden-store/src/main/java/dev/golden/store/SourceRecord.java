package dev.golden.store;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;

/**
 * A record kept as its source sent it.
 *
 * @param receivedAt when its current values arrived
 * @param customerId the golden record it belongs to, empty until matched
 * @param version 1 when first received, one more with every re-import that changed it
 */
public record SourceRecord(long id, String source, String sourceId, Instant receivedAt, Map<String, String> rawValues,
        Map<String, String> standardizedValues, Optional<Long> customerId, long version) {
}
