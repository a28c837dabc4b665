package dev.golden.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * H2 gives every foreign key an index of its own, even when another index already starts with
 * its column, and every index costs an extra write (and another at commit) for each row: an
 * import of a million customers writes several million values. On H2 this migration therefore
 *
 * <ul>
 *   <li>drops customer_value's foreign keys (to its customer and its source record): values are
 *       only ever written by the store together with the customer and records they belong to,
 *       and nothing looks values up by source record;</li>
 *   <li>re-creates source_record's foreign key to its customer so that it uses the existing
 *       {@code source_record_customer} index instead of a second one on the same column.</li>
 * </ul>
 *
 * PostgreSQL creates no index for a foreign key, so there the schema stays as it is. (The class
 * name follows Flyway's convention for versioned migrations.)
 */
final class V3__LeanerH2Writes extends H2OnlyMigration {

    @Override
    public String getDescription() {
        return "leaner writes on H2";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    void migrateH2(Connection connection, Statement statement) throws SQLException {
        ForeignKeys.drop(connection, "customer_value", "customer_id");
        ForeignKeys.drop(connection, "customer_value", "source_record_id");
        ForeignKeys.drop(connection, "source_record", "customer_id");
        statement.execute("ALTER TABLE source_record ADD CONSTRAINT source_record_customer_fk "
                + "FOREIGN KEY (customer_id) REFERENCES customer (id)");
    }
}
