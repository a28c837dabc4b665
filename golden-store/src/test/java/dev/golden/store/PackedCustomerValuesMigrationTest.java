package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.DisplayName;

class PackedCustomerValuesMigrationTest {

    @StoreTest
    @DisplayName("V4 packs the values of a store kept one row per value, lineage and verification included")
    void copiesValuesKeptRowByRow(Store store, StoreConfig config) throws SQLException {
        long kept = store.customers().create(Map.of("company_name", CustomerValue.of("placeholder")), "import").id();
        long bare = store.customers().create(Map.of(), "import").id();
        long record = store.sourceRecords().receive(new IncomingRecord("crm", "C-7",
                Map.of("Phone", "2345 6789"), Map.of("phone", "+85223456789")), "import").record().id();
        try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             Statement sql = connection.createStatement()) {
            // The schema as V1 left it, holding a customer's values the old way.
            sql.execute("DROP TABLE customer_values");
            sql.execute("""
                    CREATE TABLE customer_value (
                        customer_id BIGINT NOT NULL, field_name VARCHAR(100) NOT NULL,
                        field_value VARCHAR(4000) NOT NULL, source_record_id BIGINT,
                        verified_at TIMESTAMP WITH TIME ZONE, PRIMARY KEY (customer_id, field_name))""");
            sql.execute("INSERT INTO customer_value VALUES (" + kept + ", 'phone', '+85223456789', " + record
                    + ", TIMESTAMP WITH TIME ZONE '2025-03-01 08:00:00.123456+00')");
            sql.execute("INSERT INTO customer_value VALUES (" + kept
                    + ", 'company_name', 'Acme \"HK\" Ltd', NULL, NULL)");

            new V4__PackedCustomerValues().migrate(context(connection));
        }

        Customer migrated = store.customers().find(kept).orElseThrow();
        assertThat(migrated.values()).containsExactly(
                Map.entry("company_name", CustomerValue.of("Acme \"HK\" Ltd")),
                Map.entry("phone", new CustomerValue("+85223456789", Optional.of(record),
                        Optional.of(Instant.parse("2025-03-01T08:00:00.123456Z")))));
        assertThat(store.customers().find(bare).orElseThrow().values()).isEmpty();
        assertThat(store.customers().stale("company_name", Instant.parse("2026-01-01T00:00:00Z"), 10))
                .extracting(StaleValue::customerId).containsExactly(kept);
    }

    private static Context context(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                throw new UnsupportedOperationException("V4 needs only the connection");
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
