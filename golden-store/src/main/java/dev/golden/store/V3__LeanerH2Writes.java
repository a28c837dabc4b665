package dev.golden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

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
final class V3__LeanerH2Writes extends BaseJavaMigration {

    @Override
    public String getDescription() {
        return "leaner writes on H2";
    }

    @Override
    public Integer getChecksum() {
        return 3;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!DatabaseProduct.isH2(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            for (String fk : foreignKeys(connection, "customer_value", "customer_id")) {
                statement.execute("ALTER TABLE customer_value DROP CONSTRAINT \"" + fk + "\"");
            }
            for (String fk : foreignKeys(connection, "customer_value", "source_record_id")) {
                statement.execute("ALTER TABLE customer_value DROP CONSTRAINT \"" + fk + "\"");
            }
            for (String fk : foreignKeys(connection, "source_record", "customer_id")) {
                statement.execute("ALTER TABLE source_record DROP CONSTRAINT \"" + fk + "\"");
            }
            statement.execute("ALTER TABLE source_record ADD CONSTRAINT source_record_customer_fk "
                    + "FOREIGN KEY (customer_id) REFERENCES customer (id)");
        }
    }

    /** The names of the table's foreign keys on the column. */
    static List<String> foreignKeys(Connection connection, String table, String column) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT tc.constraint_name FROM information_schema.table_constraints tc
                JOIN information_schema.key_column_usage k
                  ON k.constraint_schema = tc.constraint_schema AND k.constraint_name = tc.constraint_name
                WHERE tc.table_schema = CURRENT_SCHEMA AND tc.table_name = ? AND tc.constraint_type = 'FOREIGN KEY'
                  AND k.column_name = ?""")) {
            query.setString(1, table);
            query.setString(2, column);
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
