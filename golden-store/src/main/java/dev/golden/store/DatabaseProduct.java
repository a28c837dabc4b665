package dev.golden.store;

import java.sql.Connection;
import java.sql.SQLException;

/** Which of the two supported databases a connection talks to, for the few writes that differ. */
final class DatabaseProduct {

    private DatabaseProduct() {
    }

    static boolean isH2(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("H2");
    }

    static boolean isPostgreSql(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().equals("PostgreSQL");
    }
}
