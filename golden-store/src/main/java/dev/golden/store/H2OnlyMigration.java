package dev.golden.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * A versioned migration that changes H2's schema only, for costs that H2 has and PostgreSQL has
 * not: on PostgreSQL it is recorded as applied and does nothing.
 */
abstract class H2OnlyMigration extends BaseJavaMigration {

    @Override
    public final void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        if (!DatabaseProduct.isH2(connection)) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            migrateH2(connection, statement);
        }
    }

    abstract void migrateH2(Connection connection, Statement statement) throws SQLException;
}
