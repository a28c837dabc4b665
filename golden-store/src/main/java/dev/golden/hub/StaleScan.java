package dev.golden.hub;

import dev.golden.store.CustomerValue;
import dev.golden.store.PackedValues;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.argument.Argument;
import org.jdbi.v3.core.argument.ObjectArgument;
import org.jdbi.v3.core.statement.Query;

/**
 * Finds the active customers with stale values at one moment. It reads only the customers that
 * may have one: those whose least recently verified value is older than the latest cutoff (an
 * index range) and those with a value never verified, whose age depends on its source record or
 * the customer's creation.
 */
final class StaleScan {

    /** A left join, which H2 keeps in this order: an inner one it starts from all active customers. */
    private static final String CANDIDATES = """
            SELECT v.customer_id, v.field_values, c.version, c.created_at
            FROM customer_values v LEFT JOIN customer c ON c.id = v.customer_id
            WHERE c.status = 'ACTIVE' AND\s""";

    private static final Comparator<StaleField> OLDEST_FIRST =
            Comparator.comparing(StaleField::confirmedAt).thenComparing(StaleField::field);

    private final FreshnessRules rules;
    private final Instant now;
    private final Map<String, Instant> cutoffs;

    StaleScan(FreshnessRules rules, Instant now) {
        this.rules = rules;
        this.now = now;
        this.cutoffs = rules.cutoffs(now);
    }

    /** Each active customer with stale values, in no particular order. */
    void dueCustomers(Handle h, Consumer<StaleCustomer> sink) {
        Optional<Instant> latest = FreshnessRules.latest(cutoffs);
        if (latest.isEmpty()) {
            return;
        }
        List<Candidate> unverified = new ArrayList<>();
        read(h.createQuery(CANDIDATES + "v.oldest_verified_at < :cutoff").bind("cutoff", timestamp(latest.get())),
                unverified, sink);
        read(h.createQuery(CANDIDATES + "v.oldest_verified_at IS NULL"), unverified, sink);
        finish(h, unverified, sink);
    }

    /** {@link #dueCustomers(Handle, Consumer)} among the customers with these ids. */
    void dueCustomers(Handle h, List<Long> ids, Consumer<StaleCustomer> sink) {
        List<Candidate> unverified = new ArrayList<>();
        read(h.createQuery(CANDIDATES + "v.customer_id IN (<ids>)").bindList("ids", ids), unverified, sink);
        finish(h, unverified, sink);
    }

    /** Judges each candidate at once, but for those with a never-verified value from a source record. */
    private void read(Query query, List<Candidate> unverified, Consumer<StaleCustomer> sink) {
        query.map((rs, ctx) -> new Candidate(rs.getLong("customer_id"), rs.getLong("version"),
                        rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                        PackedValues.read(rs.getString("field_values"))))
                .forEach(c -> {
                    if (needsReceipts(c)) {
                        unverified.add(c);
                    } else {
                        judge(c, Map.of()).ifPresent(sink);
                    }
                });
    }

    private void finish(Handle h, List<Candidate> unverified, Consumer<StaleCustomer> sink) {
        if (unverified.isEmpty()) {
            return;
        }
        List<Long> sources = new ArrayList<>();
        for (Candidate c : unverified) {
            c.values().forEach((field, v) -> {
                if (rules.tracks(field, v) && v.verifiedAt().isEmpty()) {
                    v.sourceRecordId().ifPresent(sources::add);
                }
            });
        }
        Map<Long, Instant> received = new HashMap<>();
        for (int from = 0; from < sources.size(); from += 1000) {
            h.createQuery("SELECT id, received_at FROM source_record WHERE id IN (<ids>)")
                    .bindList("ids", sources.subList(from, Math.min(sources.size(), from + 1000)))
                    .map((rs, ctx) -> Map.entry(rs.getLong("id"),
                            rs.getObject("received_at", OffsetDateTime.class).toInstant()))
                    .forEach(e -> received.put(e.getKey(), e.getValue()));
        }
        for (Candidate c : unverified) {
            judge(c, received).ifPresent(sink);
        }
    }

    private boolean needsReceipts(Candidate c) {
        for (Map.Entry<String, CustomerValue> e : c.values().entrySet()) {
            CustomerValue v = e.getValue();
            if (v.verifiedAt().isEmpty() && v.sourceRecordId().isPresent() && rules.tracks(e.getKey(), v)) {
                return true;
            }
        }
        return false;
    }

    private Optional<StaleCustomer> judge(Candidate c, Map<Long, Instant> received) {
        List<StaleField> stale = new ArrayList<>(0);
        c.values().forEach((field, v) -> {
            if (!rules.tracks(field, v)) {
                return;
            }
            Instant confirmedAt = v.verifiedAt()
                    .or(() -> v.sourceRecordId().map(received::get))
                    .orElse(c.createdAt());
            if (confirmedAt.isBefore(cutoffs.get(field))) {
                stale.add(new StaleField(field, v.value(), confirmedAt, v.verifiedAt().isEmpty(),
                        Duration.between(confirmedAt, now)));
            }
        });
        if (stale.isEmpty()) {
            return Optional.empty();
        }
        stale.sort(OLDEST_FIRST);
        return Optional.of(new StaleCustomer(c.customerId(), c.version(), stale));
    }

    private static Argument timestamp(Instant at) {
        return ObjectArgument.of(at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private record Candidate(long customerId, long version, Instant createdAt, Map<String, CustomerValue> values) {
    }
}
