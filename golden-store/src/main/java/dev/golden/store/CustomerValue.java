package dev.golden.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One field's value in a golden record.
 *
 * @param value the value, standardized
 * @param sourceRecordId lineage: the source record it came from, empty when a person entered it
 * @param verifiedAt when it was last confirmed true, empty when never
 */
public record CustomerValue(String value, Optional<Long> sourceRecordId, Optional<Instant> verifiedAt) {

    public CustomerValue {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(sourceRecordId, "sourceRecordId");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }

    /** A value entered by hand, never verified. */
    public static CustomerValue of(String value) {
        return new CustomerValue(value, Optional.empty(), Optional.empty());
    }

    /** A value taken from a source record, verified when it was received. */
    public static CustomerValue fromRecord(String value, long sourceRecordId, Instant verifiedAt) {
        return new CustomerValue(value, Optional.of(sourceRecordId), Optional.of(verifiedAt));
    }

    public CustomerValue verifiedAt(Instant at) {
        return new CustomerValue(value, sourceRecordId, Optional.of(at));
    }
}
