package dev.golden.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A record as a source system sends it, with its values standardized.
 *
 * @param source the sending system, e.g. {@code crm}
 * @param sourceId the record's id in that system; with {@code source} it identifies the record
 * @param rawValues column → value exactly as received
 * @param standardizedValues field → standardized value
 */
public record IncomingRecord(String source, String sourceId, Map<String, String> rawValues,
        Map<String, String> standardizedValues) {

    public IncomingRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceId, "sourceId");
        rawValues = Collections.unmodifiableMap(new LinkedHashMap<>(rawValues));
        standardizedValues = Collections.unmodifiableMap(new LinkedHashMap<>(standardizedValues));
    }
}
