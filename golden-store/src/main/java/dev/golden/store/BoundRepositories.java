package dev.golden.store;

import java.time.Clock;

/** All repositories on one {@link Transactor}. Cheap: repositories hold no state of their own. */
final class BoundRepositories implements Repositories {

    private final SourceRecords sourceRecords;
    private final Customers customers;
    private final NewCustomers newCustomers;
    private final Links links;
    private final Merges merges;
    private final AuditLog auditLog;
    private final ChangeRequests changeRequests;
    private final ImportBatches importBatches;
    private final Quarantine quarantine;
    private final UserRepository users;
    private final Accounts accounts;
    private final QualitySnapshots qualitySnapshots;
    private final Models models;
    private final BulkLoads bulkLoads;

    BoundRepositories(Transactor tx, Clock clock) {
        sourceRecords = new SourceRecords(tx, clock);
        customers = new Customers(tx, clock);
        newCustomers = new NewCustomers(tx, clock);
        links = new Links(tx, clock);
        merges = new Merges(tx, clock);
        auditLog = new AuditLog(tx, clock);
        changeRequests = new ChangeRequests(tx, clock);
        importBatches = new ImportBatches(tx, clock);
        quarantine = new Quarantine(tx, clock);
        users = new JdbiUserRepository(tx, clock);
        accounts = new Accounts(tx, clock);
        qualitySnapshots = new QualitySnapshots(tx, clock);
        models = new Models(tx, clock);
        bulkLoads = new BulkLoads(tx, clock);
    }

    @Override
    public SourceRecords sourceRecords() {
        return sourceRecords;
    }

    @Override
    public Customers customers() {
        return customers;
    }

    @Override
    public NewCustomers newCustomers() {
        return newCustomers;
    }

    @Override
    public Links links() {
        return links;
    }

    @Override
    public Merges merges() {
        return merges;
    }

    @Override
    public AuditLog auditLog() {
        return auditLog;
    }

    @Override
    public ChangeRequests changeRequests() {
        return changeRequests;
    }

    @Override
    public ImportBatches importBatches() {
        return importBatches;
    }

    @Override
    public Quarantine quarantine() {
        return quarantine;
    }

    @Override
    public UserRepository users() {
        return users;
    }

    @Override
    public Accounts accounts() {
        return accounts;
    }

    @Override
    public QualitySnapshots qualitySnapshots() {
        return qualitySnapshots;
    }

    @Override
    public Models models() {
        return models;
    }

    @Override
    public BulkLoads bulkLoads() {
        return bulkLoads;
    }
}
