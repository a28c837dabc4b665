package dev.golden.store;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A golden record: the hub's one view of a customer.
 *
 * @param values field name → value, in field-name order
 * @param version increases with every change; pass it back to {@link Customers#update} so that
 *     a concurrent change is detected instead of overwritten
 */
public record Customer(long id, CustomerStatus status, Optional<Long> mergedInto, Map<String, CustomerValue> values,
        Instant createdAt, Instant updatedAt, long version) {

    public Customer {
        values = Collections.unmodifiableMap(new TreeMap<>(values));
    }

    public Optional<String> value(String field) {
        return Optional.ofNullable(values.get(field)).map(CustomerValue::value);
    }

    public boolean isActive() {
        return status == CustomerStatus.ACTIVE;
    }
}
