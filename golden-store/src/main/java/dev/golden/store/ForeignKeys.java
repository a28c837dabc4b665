package dev.golden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Foreign keys found by table and column, since the databases name them when V1 does not. */
final class ForeignKeys {

    private ForeignKeys() {
    }

    /** Drops every foreign key of the table on the column. */
    static void drop(Connection connection, String table, String column) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String name : names(connection, table, column)) {
                statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT \"" + name + "\"");
            }
        }
    }

    /** The names of the table's foreign keys on the column. */
    private static List<String> names(Connection connection, String table, String column) throws SQLException {
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
