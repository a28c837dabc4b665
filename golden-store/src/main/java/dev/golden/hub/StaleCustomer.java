package dev.golden.hub;

import java.util.List;

/**
 * A customer with values due for re-verification.
 *
 * @param version the customer's version, to pass back to {@link Freshness#verify}
 * @param fields its stale values, the oldest first
 */
public record StaleCustomer(long customerId, long version, List<StaleField> fields) {

    public StaleCustomer {
        fields = List.copyOf(fields);
        if (fields.isEmpty()) {
            throw new IllegalArgumentException("customer " + customerId + " has no stale value");
        }
    }

    /** The stale value confirmed longest ago. */
    public StaleField oldest() {
        return fields.get(0);
    }
}
