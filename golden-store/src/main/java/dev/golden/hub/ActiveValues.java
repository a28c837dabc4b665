package dev.golden.hub;

import dev.golden.store.CustomerValue;
import dev.golden.store.PackedValues;
import java.util.Map;
import java.util.function.Consumer;
import org.jdbi.v3.core.Handle;

/** The golden values of every active customer, one customer at a time: for figures over all of them. */
final class ActiveValues {

    private ActiveValues() {
    }

    static void forEach(Handle h, Consumer<Map<String, CustomerValue>> visitor) {
        h.createQuery("""
                SELECT v.field_values FROM customer_values v JOIN customer c ON c.id = v.customer_id
                WHERE c.status = 'ACTIVE'""")
                .map((rs, ctx) -> PackedValues.read(rs.getString(1)))
                .forEach(visitor);
    }
}
