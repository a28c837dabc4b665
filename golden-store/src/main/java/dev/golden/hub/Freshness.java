package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.store.Customer;
import dev.golden.store.Page;
import dev.golden.store.Store;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
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
        StaleScan scan = new StaleScan(rules, now());
        return reads.read(h -> {
            List<Due> due = new ArrayList<>();
            scan.dueCustomers(h, c -> due.add(new Due(c.customerId(), c.oldest().confirmedAt())));
            due.sort(Comparator.comparing(Due::oldest).thenComparingLong(Due::customerId));
            List<Long> ids = due.subList((int) Math.min(offset, due.size()), (int) Math.min(offset + limit, due.size()))
                    .stream().map(Due::customerId).toList();
            Map<Long, StaleCustomer> byId = new HashMap<>();
            if (!ids.isEmpty()) {
                scan.dueCustomers(h, ids, c -> byId.put(c.customerId(), c));
            }
            return new Page<>(ids.stream().map(byId::get).filter(Objects::nonNull).toList(), offset, limit, due.size());
        });
    }

    /** A customer in the queue: it waits since its oldest stale value was confirmed. */
    private record Due(long customerId, Instant oldest) {
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
        long[] tracked = {0};
        ActiveValues.forEach(h, values -> values.forEach((field, v) -> {
            if (rules.tracks(field, v)) {
                tracked[0]++;
            }
        }));
        long[] stale = {0};
        new StaleScan(rules, now).dueCustomers(h, c -> stale[0] += c.fields().size());
        return new Staleness(tracked[0], stale[0]);
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

}
