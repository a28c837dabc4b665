package dev.golden.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Function;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The hub's database: opened, migrated to the current schema and ready. Each repository call
 * made through the store runs in a transaction of its own; {@link #inTransaction} groups calls
 * into one. Every change writes its audit entry in the transaction that makes it.
 *
 * <pre>{@code
 * try (Store store = Store.open(StoreConfig.embedded(home))) {
 *     Customer c = store.customers().create(values, "alice");
 *     store.inTransaction(tx -> tx.merges().merge(c.id(), List.of(otherId), "alice"));
 * }
 * }</pre>
 */
public final class Store implements Repositories, AutoCloseable {

    private final HikariDataSource dataSource;
    private final Jdbi jdbi;
    private final Clock clock;
    private final BoundRepositories repositories;

    private Store(HikariDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.jdbi = Jdbi.create(dataSource);
        this.clock = clock;
        this.repositories = new BoundRepositories(Transactor.perCall(jdbi), clock);
    }

    /** Opens the store on the system clock. */
    public static Store open(StoreConfig config) {
        return open(config, Clock.systemUTC());
    }

    /** Opens the store, migrating its schema first; {@code clock} stamps every row and audit entry. */
    public static Store open(StoreConfig config, Clock clock) {
        Objects.requireNonNull(clock, "clock");
        HikariDataSource dataSource = new HikariDataSource(poolConfig(config));
        try {
            Flyway.configure()
                    .dataSource(dataSource)
                    .locations("classpath:db/migration")
                    .javaMigrations(new V3__LeanerH2Writes(), new V4__PackedCustomerValues(),
                            new V5__H2IdentityCaches())
                    .load()
                    .migrate();
            return new Store(dataSource, clock);
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
    }

    private static HikariConfig poolConfig(StoreConfig config) {
        HikariConfig hikari = new HikariConfig();
        hikari.setPoolName("golden-store");
        hikari.setJdbcUrl(config.jdbcUrl());
        hikari.setUsername(config.user());
        hikari.setPassword(config.password());
        hikari.setMaximumPoolSize(config.maxPoolSize());
        hikari.setMinimumIdle(1);
        if (config.jdbcUrl().startsWith("jdbc:postgresql:")) {
            // One multi-row INSERT per JDBC batch instead of a statement per row.
            hikari.addDataSourceProperty("reWriteBatchedInserts", "true");
        }
        return hikari;
    }

    /** Runs {@code work} in one transaction: all of it commits, or none of it when it throws. */
    public <T> T inTransaction(Function<Repositories, T> work) {
        return jdbi.inTransaction(handle -> work.apply(new BoundRepositories(Transactor.bound(handle), clock)));
    }

    /** {@link #inTransaction} for work without a result. */
    public void useTransaction(Consumer<Repositories> work) {
        jdbi.useTransaction(handle -> work.accept(new BoundRepositories(Transactor.bound(handle), clock)));
    }

    public Clock clock() {
        return clock;
    }

    @Override
    public SourceRecords sourceRecords() {
        return repositories.sourceRecords();
    }

    @Override
    public Customers customers() {
        return repositories.customers();
    }

    @Override
    public NewCustomers newCustomers() {
        return repositories.newCustomers();
    }

    @Override
    public Links links() {
        return repositories.links();
    }

    @Override
    public Merges merges() {
        return repositories.merges();
    }

    @Override
    public AuditLog auditLog() {
        return repositories.auditLog();
    }

    @Override
    public ChangeRequests changeRequests() {
        return repositories.changeRequests();
    }

    @Override
    public ImportBatches importBatches() {
        return repositories.importBatches();
    }

    @Override
    public Quarantine quarantine() {
        return repositories.quarantine();
    }

    @Override
    public UserRepository users() {
        return repositories.users();
    }

    @Override
    public Accounts accounts() {
        return repositories.accounts();
    }

    @Override
    public QualitySnapshots qualitySnapshots() {
        return repositories.qualitySnapshots();
    }

    @Override
    public Models models() {
        return repositories.models();
    }

    @Override
    public BulkLoads bulkLoads() {
        return repositories.bulkLoads();
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
