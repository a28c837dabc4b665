package dev.golden.hub;

import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.LinkKind;
import dev.golden.store.LinkSubject;
import dev.golden.store.Received;
import dev.golden.store.Repositories;
import dev.golden.store.SourceRecord;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Matches the records of a chunk one by one against the customers already in the store, in the
 * chunk's transaction: a record that matches joins its customer (whose golden values are
 * rebuilt), one in the review band starts a customer linked to the candidate as possibly the
 * same, any other starts a customer of its own. A re-imported record whose values changed
 * refreshes its customer's golden values.
 */
final class IncrementalMatching {

    /** What matching a chunk did. */
    record Outcome(long customersCreated, long recordsAttached, long reviewLinks) {
    }

    private final CustomerMatcher matcher;
    private final Lineage lineage;
    private final Clock clock;
    private final String actor;

    IncrementalMatching(CustomerMatcher matcher, Lineage lineage, Clock clock, String actor) {
        this.matcher = matcher;
        this.lineage = lineage;
        this.clock = clock;
        this.actor = actor;
    }

    Outcome apply(Repositories tx, List<Received> received) {
        long created = 0;
        long attached = 0;
        long review = 0;
        for (Received r : received) {
            SourceRecord record = r.record();
            if (record.customerId().isPresent()) {
                if (r.outcome() == Received.Outcome.UPDATED) {
                    refresh(tx, record.customerId().get());
                }
                continue;
            }
            Optional<CustomerMatcher.Match> best = matcher.best(record);
            if (best.isPresent() && best.get().probability() >= matcher.matchThreshold()
                    && tx.customers().find(best.get().customerId()).map(Customer::isActive).orElse(false)) {
                tx.sourceRecords().attach(record.id(), best.get().customerId(), actor);
                refresh(tx, best.get().customerId());
                attached++;
                continue;
            }
            Customer customer = tx.customers().create(lineage.goldenValues(List.of(record), clock.instant()), actor);
            tx.sourceRecords().attach(record.id(), customer.id(), actor);
            matcher.customerChanged(customer.id(), plain(customer.values()));
            created++;
            if (best.isPresent() && best.get().probability() >= matcher.reviewThreshold()) {
                tx.links().infer(LinkSubject.CUSTOMER, customer.id(), best.get().customerId(), LinkKind.POSSIBLY_SAME,
                        best.get().probability(), matcher.modelName());
                review++;
            }
        }
        return new Outcome(created, attached, review);
    }

    private void refresh(Repositories tx, long customerId) {
        Customer before = tx.customers().find(customerId).orElseThrow();
        if (!before.isActive()) {
            return;
        }
        Map<String, CustomerValue> values = lineage.goldenValues(tx.sourceRecords().ofCustomer(customerId),
                clock.instant());
        Customer after = tx.customers().update(customerId, before.version(), values, actor);
        matcher.customerChanged(customerId, plain(after.values()));
    }

    private static Map<String, String> plain(Map<String, CustomerValue> values) {
        Map<String, String> plain = new LinkedHashMap<>();
        values.forEach((field, v) -> plain.put(field, v.value()));
        return plain;
    }
}
