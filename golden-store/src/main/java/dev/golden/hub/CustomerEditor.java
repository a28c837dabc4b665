package dev.golden.hub;

import dev.golden.dictionary.DataDictionary;
import dev.golden.dictionary.FieldDefinition;
import dev.golden.dictionary.Role;
import dev.golden.standardize.StandardValue;
import dev.golden.standardize.Standardization;
import dev.golden.standardize.StandardizeContext;
import dev.golden.store.ChangeRequest;
import dev.golden.store.Customer;
import dev.golden.store.CustomerValue;
import dev.golden.store.Customers;
import dev.golden.store.EntityNotFoundException;
import dev.golden.store.StaleVersionException;
import dev.golden.store.Store;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A person's edit of a golden record. Values are standardized and validated with the dictionary
 * first, all of them before anything is stored. Fields the dictionary marks protected (billing
 * address, service level, national id) are not changed but become change requests for an
 * approver, whoever asks: the four-eyes rule holds for every role. The other fields change at
 * once, marked verified now because a person just entered them.
 */
public final class CustomerEditor {

    private final Store store;
    private final Standardization standardization;
    private final Map<String, FieldDefinition> fields;
    private final String missingValue;
    private final List<FieldDefinition> countryFields;

    public CustomerEditor(Store store, Standardization standardization) {
        this.store = Objects.requireNonNull(store, "store");
        this.standardization = Objects.requireNonNull(standardization, "standardization");
        DataDictionary dictionary = standardization.dictionary();
        this.fields = dictionary.byName();
        this.missingValue = dictionary.missingValue();
        this.countryFields = dictionary.fieldsWith(Role.COUNTRY);
    }

    /**
     * Applies or requests the changes.
     *
     * @param changes field name → value as typed; a blank or placeholder value ("N/A", "不详")
     *     stores the dictionary's explicit missing value
     * @param expectedVersion the customer's version the person saw
     * @throws InvalidValueException when a field is unknown or a value invalid; nothing is stored
     * @throws StaleVersionException when the customer changed since the person read it
     * @throws EntityNotFoundException when there is no such customer
     */
    public Edit edit(long customerId, long expectedVersion, Map<String, String> changes, Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return store.inTransaction(repos -> {
            Customers customers = repos.customers();
            Customer current = customers.find(customerId)
                    .orElseThrow(() -> new EntityNotFoundException("customer", customerId));
            if (current.version() != expectedVersion) {
                throw new StaleVersionException("customer", customerId, expectedVersion, current.version());
            }
            Map<String, String> standardized = standardize(current, changes);

            Map<String, CustomerValue> values = new LinkedHashMap<>(current.values());
            Instant now = store.clock().instant().truncatedTo(ChronoUnit.MICROS);
            List<String> applied = new ArrayList<>();
            List<String> unchanged = new ArrayList<>();
            Map<String, String> protectedChanges = new TreeMap<>();
            standardized.forEach((field, value) -> {
                if (current.value(field).filter(value::equals).isPresent()) {
                    unchanged.add(field);
                } else if (fields.get(field).protectedField()) {
                    protectedChanges.put(field, value);
                } else {
                    values.put(field, CustomerValue.of(value).verifiedAt(now));
                    applied.add(field);
                }
            });

            Customer after = applied.isEmpty() ? current
                    : customers.update(customerId, expectedVersion, values, actor.name());
            List<ChangeRequest> requested = new ArrayList<>();
            protectedChanges.forEach((field, value) ->
                    requested.add(repos.changeRequests().request(customerId, field, value, actor.name())));
            return new Edit(after, applied, requested, unchanged);
        });
    }

    /** Field → canonical value, in field-name order; throws on the first field it cannot accept. */
    private Map<String, String> standardize(Customer current, Map<String, String> changes) {
        StandardizeContext context = contextOf(current, changes);
        Map<String, String> standardized = new TreeMap<>();
        new TreeMap<>(changes).forEach((name, raw) -> {
            FieldDefinition field = fields.get(name);
            if (field == null) {
                throw new InvalidValueException(name, String.valueOf(raw), List.of("is not a field of the dictionary"));
            }
            StandardValue value = standardization.standardize(field, raw, context);
            if (value instanceof StandardValue.Present present && !present.problems().isEmpty()) {
                throw new InvalidValueException(name, raw, present.problems());
            }
            standardized.put(name, value.canonicalValue().orElse(missingValue));
        });
        return standardized;
    }

    /** Phone numbers are read in the customer's country, the edited one if the edit changes it. */
    private StandardizeContext contextOf(Customer current, Map<String, String> changes) {
        StandardizeContext context = standardization.defaultContext();
        for (FieldDefinition country : countryFields) {
            String raw = changes.containsKey(country.name()) ? changes.get(country.name())
                    : current.value(country.name()).orElse("");
            StandardValue value = standardization.standardize(country, raw);
            if (value.isValid()) {
                return context.forCountry(value.canonicalValue().orElseThrow());
            }
        }
        return context;
    }
}
