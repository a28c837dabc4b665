package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.store.CustomerValue;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The dictionary's freshness intervals: a value is due when it was last confirmed (verified,
 * else received with its source record, else when the customer was created) longer ago than its
 * field's interval. Placeholder values are not checked: there is nothing to confirm.
 */
final class FreshnessRules {

    private final Map<String, Period> freshFor;
    private final String missingValue;

    private FreshnessRules(Map<String, Period> freshFor, String missingValue) {
        this.freshFor = Map.copyOf(freshFor);
        this.missingValue = missingValue;
    }

    static FreshnessRules of(DataDictionary dictionary) {
        Map<String, Period> freshFor = new HashMap<>();
        for (FieldDefinition f : dictionary.fields()) {
            if (!f.freshFor().isZero()) {
                freshFor.put(f.name(), f.freshFor());
            }
        }
        return new FreshnessRules(freshFor, dictionary.missingValue());
    }

    boolean isEmpty() {
        return freshFor.isEmpty();
    }

    /** True for a value of a field with an interval, unless it is the placeholder for a missing value. */
    boolean tracks(String field, CustomerValue value) {
        return freshFor.containsKey(field) && !value.value().equals(missingValue);
    }

    /** Per tracked field, the moment before which a confirmation is too old at {@code now}. */
    Map<String, Instant> cutoffs(Instant now) {
        Map<String, Instant> cutoffs = new HashMap<>();
        freshFor.forEach((field, period) -> cutoffs.put(field, cutoff(period, now)));
        return cutoffs;
    }

    /** The latest of the cutoffs: a customer whose values were all verified since has none due. */
    static Optional<Instant> latest(Map<String, Instant> cutoffs) {
        return cutoffs.values().stream().max(Instant::compareTo);
    }

    /** Calendar arithmetic in UTC: a year-long interval is a year whatever its length in days. */
    static Instant cutoff(Period freshFor, Instant now) {
        return now.atOffset(ZoneOffset.UTC).minus(freshFor).toInstant();
    }
}
