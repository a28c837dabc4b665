package dev.golden.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A row an import could not load, and why.
 *
 * @param rowNumber the row's number in its file, 1-based
 * @param sourceId the row's source id, when it has one
 * @param field the offending field, when one field is to blame
 */
public record Rejection(long rowNumber, Optional<String> sourceId, Map<String, String> rawValues,
        Optional<String> field, String reason) {

    public Rejection {
        Objects.requireNonNull(sourceId, "sourceId");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(reason, "reason");
        rawValues = Collections.unmodifiableMap(new LinkedHashMap<>(rawValues));
    }
}
