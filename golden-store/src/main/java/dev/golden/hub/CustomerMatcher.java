package dev.golden.hub;

import dev.golden.store.SourceRecord;
import java.util.Map;
import java.util.Optional;

/** Finds the existing customer a new record most likely belongs to, and learns of new customers. */
interface CustomerMatcher {

    /** The best existing customer for the record, with its match probability. */
    record Match(long customerId, double probability) {
    }

    Optional<Match> best(SourceRecord record);

    /** The customer now has these standardized values (it was created or changed). */
    void customerChanged(long customerId, Map<String, String> values);

    /** The thresholds of the model in use: at or above {@code match} joins, from {@code review} asks a person. */
    double matchThreshold();

    double reviewThreshold();

    String modelName();

    /** Knows no customer: every record starts a customer of its own. */
    CustomerMatcher NONE = new CustomerMatcher() {
        @Override
        public Optional<Match> best(SourceRecord record) {
            return Optional.empty();
        }

        @Override
        public void customerChanged(long customerId, Map<String, String> values) {
        }

        @Override
        public double matchThreshold() {
            return 1;
        }

        @Override
        public double reviewThreshold() {
            return 1;
        }

        @Override
        public String modelName() {
            return "none";
        }
    };
}
