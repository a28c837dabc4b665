package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.store.QualitySnapshot;
import dev.golden.store.Store;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * Data-quality figures: measured now with SQL aggregates (a handful of scans, whatever the number
 * of customers), kept as snapshots, and read back as a history for trend charts.
 */
public final class QualityMetrics {

    private final Store store;
    private final ReadPool reads;
    private final DataDictionary dictionary;
    private final Freshness freshness;
    private final String validSql;

    public QualityMetrics(Store store, ReadPool reads, DataDictionary dictionary) {
        this.store = Objects.requireNonNull(store, "store");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.freshness = new Freshness(store, reads, dictionary);
        this.validSql = validSql(dictionary.fields(), reads.dialect());
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
        Map<String, FieldCounts> counts = new HashMap<>();
        Query query = h.createQuery("SELECT v.field_name, COUNT(*) AS present, SUM(" + validSql + ") AS valid "
                + "FROM customer_value v JOIN customer c ON c.id = v.customer_id "
                + "WHERE c.status = 'ACTIVE' AND v.field_value <> :missing GROUP BY v.field_name")
                .bind("missing", dictionary.missingValue());
        bindRules(query, dictionary.fields());
        query.map((rs, ctx) -> new FieldCounts(rs.getString("field_name"), rs.getLong("present"), rs.getLong("valid")))
                .forEach(c -> counts.put(c.field(), c));
        List<FieldQuality> fields = new ArrayList<>(dictionary.fields().size());
        for (FieldDefinition field : dictionary.fields()) {
            FieldCounts c = counts.getOrDefault(field.name(), new FieldCounts(field.name(), 0, 0));
            fields.add(FieldQuality.of(field.name(), c.present(), c.valid(), customers));
        }
        return fields;
    }

    /**
     * 1 for a valid value, else 0: picklist (ignoring case, as standardization does) and pattern
     * (matching the whole value) of the value's field; 1 for a field without rules.
     */
    private static String validSql(List<FieldDefinition> fields, ReadPool.Dialect dialect) {
        StringBuilder sql = new StringBuilder("CASE");
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            List<String> rules = new ArrayList<>(2);
            if (field.hasPicklist()) {
                int index = i;
                rules.add("LOWER(v.field_value) IN (" + IntStream.range(0, field.picklist().size())
                        .mapToObj(j -> ":pl" + index + "_" + j).collect(Collectors.joining(", ")) + ")");
            }
            if (!field.validationPattern().isEmpty()) {
                rules.add(dialect.matches("v.field_value", "rx" + i));
            }
            if (!rules.isEmpty()) {
                sql.append(" WHEN v.field_name = :rf").append(i).append(" THEN CASE WHEN ")
                        .append(String.join(" AND ", rules)).append(" THEN 1 ELSE 0 END");
            }
        }
        return sql.append(" ELSE 1 END").toString();
    }

    private static void bindRules(Query query, List<FieldDefinition> fields) {
        for (int i = 0; i < fields.size(); i++) {
            FieldDefinition field = fields.get(i);
            if (!field.hasPicklist() && field.validationPattern().isEmpty()) {
                continue;
            }
            query.bind("rf" + i, field.name());
            for (int j = 0; j < field.picklist().size(); j++) {
                query.bind("pl" + i + "_" + j, field.picklist().get(j).toLowerCase(Locale.ROOT));
            }
            if (!field.validationPattern().isEmpty()) {
                query.bind("rx" + i, ReadPool.Dialect.wholeValue(field.validationPattern()));
            }
        }
    }

    private static long count(Handle h, String sql) {
        return h.createQuery(sql).mapTo(Long.class).one();
    }

    private record FieldCounts(String field, long present, long valid) {
    }

    private record Records(long records, long customers) {

        double duplicateRate() {
            return records == 0 ? 0 : 1 - (double) customers / records;
        }
    }
}
