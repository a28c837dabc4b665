package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.store.QualitySnapshot;
import dev.golden.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Data-quality figures: measured now (SQL aggregates, and one pass over the golden values of the
 * active customers for completeness, validity and freshness), kept as snapshots, and read back as
 * a history for trend charts.
 */
public final class QualityMetrics {

    private final Store store;
    private final ReadPool reads;
    private final DataDictionary dictionary;
    private final Freshness freshness;
    private final ValidValues valid;

    public QualityMetrics(Store store, ReadPool reads, DataDictionary dictionary) {
        this.store = Objects.requireNonNull(store, "store");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.freshness = new Freshness(store, reads, dictionary);
        this.valid = new ValidValues(dictionary.fields());
    }

    /** The figures as they are now. */
    public QualityMeasurement measure() {
        Instant now = freshness.now();
        return reads.read(h -> {
            long customers = count(h, "SELECT COUNT(*) FROM customer WHERE status = 'ACTIVE'");
            Records records = h.createQuery("""
                    SELECT COUNT(*) AS records, COUNT(DISTINCT s.customer_id) AS customers
                    FROM source_record s JOIN customer c ON c.id = s.customer_id
                    WHERE c.status = 'ACTIVE'""")
                    .map((rs, ctx) -> new Records(rs.getLong("records"), rs.getLong("customers"))).one();
            return new QualityMeasurement(now, customers, records.records(), records.duplicateRate(),
                    fieldQuality(h, customers), freshness.staleness(h, now),
                    count(h, "SELECT COUNT(*) FROM change_request WHERE status = 'PENDING'"),
                    count(h, "SELECT COUNT(*) FROM match_link WHERE kind = 'POSSIBLY_SAME' AND status = 'INFERRED'"));
        });
    }

    /** Measures and keeps the figures; returns them as stored. */
    public QualityMeasurement snapshot() {
        QualitySnapshot taken = store.qualitySnapshots().take(MeasurementJson.write(measure()));
        return MeasurementJson.read(taken.takenAt(), taken.metrics());
    }

    /** Snapshots taken in [from, to), oldest first. */
    public List<QualityMeasurement> history(Instant from, Instant to) {
        return store.qualitySnapshots().between(from, to).stream()
                .map(s -> MeasurementJson.read(s.takenAt(), s.metrics()))
                .toList();
    }

    public Optional<QualityMeasurement> latest() {
        return store.qualitySnapshots().latest().map(s -> MeasurementJson.read(s.takenAt(), s.metrics()));
    }

    private List<FieldQuality> fieldQuality(Handle h, long customers) {
        Map<String, long[]> counts = new HashMap<>();
        String missing = dictionary.missingValue();
        ActiveValues.forEach(h, values -> values.forEach((field, v) -> {
            if (!v.value().equals(missing)) {
                long[] c = counts.computeIfAbsent(field, f -> new long[2]);
                c[0]++;
                if (valid.isValid(field, v.value())) {
                    c[1]++;
                }
            }
        }));
        List<FieldQuality> fields = new ArrayList<>(dictionary.fields().size());
        for (FieldDefinition field : dictionary.fields()) {
            long[] c = counts.getOrDefault(field.name(), new long[2]);
            fields.add(FieldQuality.of(field.name(), c[0], c[1], customers));
        }
        return fields;
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    private record Records(long records, long customers) {

        double duplicateRate() {
            return records == 0 ? 0 : 1 - (double) customers / records;
        }
    }
}
