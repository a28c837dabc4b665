package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.index.CandidateIndex;
import dev.golden.index.DuplicateCheck;
import dev.golden.record.Attribute;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refills the candidate index from the store, which is the truth: every active customer,
 * walked in id order a page at a time. Also how the importer keeps single customers in step.
 */
public final class IndexRebuild {

    private static final int PAGE = 5_000;

    private final CandidateIndex index;
    private final DuplicateCheck features;
    private final Set<String> fields;

    /** @param features the duplicate check whose {@link DuplicateCheck#features} the index is searched with */
    public IndexRebuild(CandidateIndex index, DuplicateCheck features, DataDictionary dictionary) {
        this.index = index;
        this.features = features;
        this.fields = dictionary.byName().keySet();
    }

    /** Empties the index and indexes every active customer; returns how many. */
    public long rebuild(Store store) {
        index.deleteAll();
        long after = 0;
        long indexed = 0;
        while (true) {
            List<Customer> page = store.customers().activeAfter(after, PAGE);
            if (page.isEmpty()) {
                break;
            }
            // Deriving the attributes standardizes every value: the costly part, done on all cores.
            // The index was emptied, so each customer is added without looking for an older copy.
            page.parallelStream().forEach(customer -> index.add(Long.toString(customer.id()),
                    features.features(known(plain(customer.values())))));
            indexed += page.size();
            after = page.get(page.size() - 1).id();
        }
        index.commit();
        return indexed;
    }

    /** Whether the index holds as many customers as the store has active ones. */
    public boolean inStep(Store store) {
        return index.size() == store.customers().countActive();
    }

    /** Indexes the customer as the store has it: upserted when active, removed otherwise. */
    public void refresh(Customer customer) {
        if (customer.isActive()) {
            upsert(customer.id(), plain(customer.values()));
        } else {
            index.delete(Long.toString(customer.id()));
        }
    }

    /** Indexes the customer with these field → standardized values. */
    void upsert(long customerId, Map<String, String> values) {
        index.upsert(Long.toString(customerId), features.features(known(values)));
    }

    /** The attributes to index for a customer with these field → standardized values; thread-safe. */
    Map<Attribute, String> featuresOf(Map<String, String> values) {
        return features.features(known(values));
    }

    /**
     * Indexes a customer the index is known not to hold, e.g. one just created by an import into
     * an empty store, with attributes from {@link #featuresOf}.
     */
    void add(long customerId, Map<Attribute, String> features) {
        index.add(Long.toString(customerId), features);
    }

    /** The values of fields the dictionary has; a field it no longer has is left out. */
    private Map<String, String> known(Map<String, String> values) {
        Map<String, String> known = new HashMap<>();
        values.forEach((field, value) -> {
            if (fields.contains(field)) {
                known.put(field, value);
            }
        });
        return known;
    }

    static Map<String, String> plain(Map<String, CustomerValue> values) {
        Map<String, String> plain = new HashMap<>();
        values.forEach((field, v) -> plain.put(field, v.value()));
        return plain;
    }
}
