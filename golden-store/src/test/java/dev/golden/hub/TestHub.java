package dev.golden.hub;

import dev.golden.store.TestClock;
import dev.golden.dictionary.DataDictionary;
import dev.golden.standardize.Standardization;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.Role;
import dev.golden.store.Store;
import java.util.LinkedHashMap;
import java.util.Map;

/** A fresh store with the hub's services on it, on a clock the test moves. */
record TestHub(Store store, ReadPool reads, TestClock clock) {

    static final DataDictionary DICTIONARY = DataDictionary.defaults();
    static final Standardization STANDARDIZATION = Standardization.of(DICTIONARY);

    static final Actor AGENT = new Actor("li.na", Role.AGENT);
    static final Actor STEWARD = new Actor("sam.steward", Role.STEWARD);
    static final Actor APPROVER = new Actor("wang.fang", Role.APPROVER);
    static final Actor OTHER_APPROVER = new Actor("chen.jie", Role.APPROVER);

    CustomerEditor editor() {
        return new CustomerEditor(store, STANDARDIZATION);
    }

    ChangeApprovals approvals() {
        return new ChangeApprovals(store);
    }

    Freshness freshness() {
        return new Freshness(store, reads, DICTIONARY);
    }

    QualityMetrics metrics() {
        return new QualityMetrics(store, reads, DICTIONARY);
    }

    /** A customer whose values were all verified now; pairs of field name and value. */
    Customer customer(String... fieldsAndValues) {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndValues.length; i += 2) {
            values.put(fieldsAndValues[i], CustomerValue.of(fieldsAndValues[i + 1]).verifiedAt(clock.instant()));
        }
        return store.customers().create(values, "import");
    }
}
