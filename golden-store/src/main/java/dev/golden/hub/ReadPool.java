package dev.golden.hub;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.golden.store.StoreConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A small read-only connection pool on the store's database, for the aggregate queries of
 * {@link Freshness} and {@link QualityMetrics}: counting a million values is the database's job,
 * and the store's repositories only offer row-by-row access. Open it on the same
 * {@link StoreConfig} as the store, after the store (which migrates the schema).
 */
public final class ReadPool implements AutoCloseable {

    private static final int CONNECTIONS = 2;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Dialect dialect;

    private ReadPool(HikariDataSource dataSource, Dialect dialect) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.dialect = dialect;
    }

    public static ReadPool open(StoreConfig config) {
        Objects.requireNonNull(config, "config");
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("golden-read");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(Math.min(CONNECTIONS, config.maxPoolSize()));
        hikari.setMinimumIdle(1);
        hikari.setReadOnly(true);
        HikariDataSource dataSource = new HikariDataSource(hikari);
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
            return new ReadPool(dataSource, product.contains("postgres") ? Dialect.POSTGRESQL : Dialect.H2);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("cannot open a read connection on " + config, e);
        }
    }

    /** Runs the queries on one snapshot of the database, so figures measured together agree. */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
    }

    Dialect dialect() {
        return dialect;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    /** Where the two databases' SQL differs. */
    enum Dialect {
        H2 {
            @Override
            String matches(String column, String patternParameter) {
                return "REGEXP_LIKE(" + column + ", :" + patternParameter + ")";
            }
        },
        POSTGRESQL {
            @Override
            String matches(String column, String patternParameter) {
                return column + " ~ :" + patternParameter;
            }
        };

        /** A condition true when the column matches the regular expression bound to the parameter. */
        abstract String matches(String column, String patternParameter);

        /** The parameter's value for a dictionary pattern, which must match the whole value. */
        static String wholeValue(String pattern) {
            return "^(?:" + pattern + ")$";
        }
    }
}
