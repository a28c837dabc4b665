package dev.golden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Replaces customer_value (a row per golden value) with customer_values (a row per customer, its
 * values packed as {@link PackedValues}). A golden record has about eleven values: on H2 each row
 * updated three B-trees (the hidden row ids, the (customer_id, field_name) key and the freshness
 * index), three quarters of the work of an import. Now the customer id is the row's own key, and
 * one more index, on when the least recently verified value was verified, leads a search for stale
 * values to the customers that may have one. The existing values are copied over.
 *
 * <p>On H2 the table has no foreign key to customer, which would cost an index of its own: values
 * are only ever written by the store together with their customer (as under V3). For the same
 * reason source_record loses its foreign key to import_batch on H2: no query looks records up by
 * their batch alone, and only an import sets it, to the batch it runs in.
 */
final class V4__PackedCustomerValues extends BaseJavaMigration {

    private static final int BATCH = 1000;

    @Override
    public String getDescription() {
        return "golden values packed per customer";
    }

    @Override
    public Integer getChecksum() {
        return 4;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = DatabaseProduct.isH2(connection);
        try (Statement statement = connection.createStatement()) {
            statement.execute("""
                    CREATE TABLE customer_values (
                        customer_id        BIGINT PRIMARY KEY%s,
                        field_values       TEXT NOT NULL,
                        oldest_verified_at TIMESTAMP WITH TIME ZONE
                    )""".formatted(h2 ? "" : " REFERENCES customer (id)"));
            statement.execute("CREATE INDEX customer_values_verified ON customer_values (oldest_verified_at)");
            copy(connection);
            statement.execute("DROP TABLE customer_value");
            if (h2) {
                ForeignKeys.drop(connection, "source_record", "import_batch_id");
            }
        }
    }

    private static void copy(Connection connection) throws SQLException {
        try (Statement read = connection.createStatement();
             ResultSet rs = read.executeQuery("""
                     SELECT customer_id, field_name, field_value, source_record_id, verified_at
                     FROM customer_value ORDER BY customer_id, field_name""");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO customer_values (customer_id, field_values, oldest_verified_at) VALUES (?, ?, ?)")) {
            long customer = -1;
            Map<String, CustomerValue> values = new LinkedHashMap<>();
            int pending = 0;
            while (rs.next()) {
                long id = rs.getLong("customer_id");
                if (id != customer && !values.isEmpty()) {
                    pending = add(insert, customer, values, pending);
                }
                customer = id;
                long source = rs.getLong("source_record_id");
                Optional<Long> sourceId = rs.wasNull() ? Optional.empty() : Optional.of(source);
                OffsetDateTime at = rs.getObject("verified_at", OffsetDateTime.class);
                values.put(rs.getString("field_name"), new CustomerValue(rs.getString("field_value"), sourceId,
                        Optional.ofNullable(at).map(OffsetDateTime::toInstant)));
            }
            if (!values.isEmpty()) {
                add(insert, customer, values, pending);
            }
            insert.executeBatch();
        }
    }

    private static int add(PreparedStatement insert, long customer, Map<String, CustomerValue> values, int pending)
            throws SQLException {
        insert.setLong(1, customer);
        insert.setString(2, PackedValues.write(values));
        Optional<Instant> oldest = PackedValues.oldestVerified(values);
        insert.setObject(3, oldest.map(at -> at.atOffset(ZoneOffset.UTC)).orElse(null), Types.TIMESTAMP_WITH_TIMEZONE);
        insert.addBatch();
        values.clear();
        if (pending + 1 == BATCH) {
            insert.executeBatch();
            return 0;
        }
        return pending + 1;
    }
}
