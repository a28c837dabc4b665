package dev.golden.hub;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The hub's data quality at one moment.
 *
 * @param uniqueCustomers active golden records
 * @param sourceRecords source records that belong to an active golden record
 * @param duplicateRate the share of those records that repeat a customer already represented:
 *     1 − (customers with records) / records
 * @param fields one entry per dictionary field, in dictionary order
 * @param staleness values with a freshness interval, and how many are past it
 * @param pendingChangeRequests change requests awaiting an approver
 * @param openReviewLinks pairs the model found possibly the same, awaiting a person's review
 */
public record QualityMeasurement(Instant takenAt, long uniqueCustomers, long sourceRecords, double duplicateRate,
        List<FieldQuality> fields, Staleness staleness, long pendingChangeRequests, long openReviewLinks) {

    public QualityMeasurement {
        fields = List.copyOf(fields);
    }

    public double staleShare() {
        return staleness.share();
    }

    public Optional<FieldQuality> field(String name) {
        return fields.stream().filter(f -> f.field().equals(name)).findFirst();
    }
}
