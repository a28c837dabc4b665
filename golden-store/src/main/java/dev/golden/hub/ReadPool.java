package dev.golden.hub;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.golden.store.StoreConfig;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * A small read-only connection pool on the store's database, for the reads over all customers of
 * {@link Freshness} and {@link QualityMetrics}, which the store's repositories do not offer. Open it on the same
 * {@link StoreConfig} as the store, after the store (which migrates the schema).
 */
public final class ReadPool implements AutoCloseable {

    private static final int CONNECTIONS = 2;

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private ReadPool(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
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
            return new ReadPool(dataSource);
        } catch (SQLException | RuntimeException e) {
            dataSource.close();
            throw new IllegalStateException("cannot open a read connection on " + config, e);
        }
    }

    /** Runs the queries on one snapshot of the database, so figures measured together agree. */
    <T> T read(HandleCallback<T, RuntimeException> work) {
        return jdbi.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, work);
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
