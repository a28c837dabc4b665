package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.store.Customer;
import dev.golden.store.Page;
import dev.golden.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jdbi.v3.core.Handle;

/**
 * Re-verification of ageing values. Each field with a {@code fresh_for} interval in the
 * dictionary (phone, email and addresses by default: a year) is due again once that long has
 * passed since its value was last verified, or received if it never was. The queue lists the
 * customers with due values, those waiting longest first; {@link #verify} records that a person
 * confirmed values with the customer.
 */
public final class Freshness {

    private static final int MAX_PAGE = 1_000;

    private final Store store;
    private final ReadPool reads;
    private final FreshnessRules rules;

    public Freshness(Store store, ReadPool reads, DataDictionary dictionary) {
        this.store = Objects.requireNonNull(store, "store");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.rules = FreshnessRules.of(dictionary);
    }

    /** Customers with stale values, the one with the oldest stale value first. */
    public Page<StaleCustomer> staleQueue(long offset, int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_PAGE) {
            throw new IllegalArgumentException("bad page: offset " + offset + ", limit " + limit);
        }
        if (rules.isEmpty()) {
            return new Page<>(List.of(), offset, limit, 0);
        }
        Instant now = now();
        return reads.read(h -> {
            String staleValues = rules.staleValues();
            long total = rules.bind(h.createQuery("SELECT COUNT(DISTINCT x.customer_id) FROM " + staleValues + " x"), now)
                    .mapTo(Long.class).one();
            List<Long> ids = rules.bind(h.createQuery("SELECT x.customer_id, MIN(x.confirmed_at) AS oldest FROM "
                            + staleValues + " x GROUP BY x.customer_id ORDER BY oldest, x.customer_id"
                            + " LIMIT :limit OFFSET :offset"), now)
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> rs.getLong("customer_id")).list();
            if (ids.isEmpty()) {
                return new Page<>(List.of(), offset, limit, total);
            }
            Map<Long, List<StaleField>> fieldsById = new LinkedHashMap<>();
            Map<Long, Long> versionById = new LinkedHashMap<>();
            ids.forEach(id -> fieldsById.put(id, new ArrayList<>()));
            rules.bind(h.createQuery("SELECT v.customer_id, c.version, v.field_name, v.field_value, v.verified_at, "
                            + FreshnessRules.CONFIRMED_AT + " AS confirmed_at " + FreshnessRules.FROM
                            + " AND v.customer_id IN (<ids>) AND " + rules.stale()
                            + " ORDER BY confirmed_at, v.field_name"), now)
                    .bindList("ids", ids)
                    .map((rs, ctx) -> {
                        Instant confirmedAt = rs.getObject("confirmed_at", OffsetDateTime.class).toInstant();
                        return new Row(rs.getLong("customer_id"), rs.getLong("version"),
                                new StaleField(rs.getString("field_name"), rs.getString("field_value"), confirmedAt,
                                        rs.getObject("verified_at") == null, Duration.between(confirmedAt, now)));
                    })
                    .forEach(row -> {
                        fieldsById.get(row.customerId()).add(row.field());
                        versionById.put(row.customerId(), row.version());
                    });
            List<StaleCustomer> items = new ArrayList<>(ids.size());
            fieldsById.forEach((id, stale) -> items.add(new StaleCustomer(id, versionById.get(id), stale)));
            return new Page<>(items, offset, limit, total);
        });
    }

    /** How many tracked values there are and how many are stale, now. */
    public Staleness staleness() {
        Instant now = now();
        return reads.read(h -> staleness(h, now));
    }

    Staleness staleness(Handle h, Instant now) {
        if (rules.isEmpty()) {
            return new Staleness(0, 0);
        }
        long tracked = rules.bind(h.createQuery("SELECT COUNT(*) " + FreshnessRules.FROM + " AND " + rules.tracked()),
                now).mapTo(Long.class).one();
        long stale = rules.bind(h.createQuery("SELECT COUNT(*) FROM " + rules.staleValues() + " x"), now)
                .mapTo(Long.class).one();
        return new Staleness(tracked, stale);
    }

    /** The share of tracked values that are stale, now. */
    public double staleShare() {
        return staleness().share();
    }

    /**
     * Records that {@code actor} confirmed the customer's current values of {@code fields}; each
     * field's confirmation is audited.
     *
     * @param expectedVersion the customer's version the person saw: values changed since were
     *     not the ones confirmed, so the verification is refused
     * @throws dev.golden.store.StaleVersionException when the customer changed since
     * @throws dev.golden.store.StateConflictException when the customer has no value for a field
     */
    public Customer verify(long customerId, long expectedVersion, Collection<String> fields, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Set<String> ordered = new TreeSet<>(fields);
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("name at least one field to verify");
        }
        return store.inTransaction(repos -> {
            Customer customer = null;
            long version = expectedVersion;
            for (String field : ordered) {
                customer = repos.customers().verify(customerId, version, field, actor.name());
                version = customer.version();
            }
            return customer;
        });
    }

    Instant now() {
        return store.clock().instant().truncatedTo(ChronoUnit.MICROS);
    }

    private record Row(long customerId, long version, StaleField field) {
    }
}
