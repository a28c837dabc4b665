package dev.golden.store;

/**
 * The store's repositories. From {@link Store} each call runs in its own transaction; inside
 * {@link Store#inTransaction} they all share the caller's one.
 */
public interface Repositories {

    SourceRecords sourceRecords();

    Customers customers();

    /** Entered records that become new customers, many per transaction. */
    NewCustomers newCustomers();

    Links links();

    Merges merges();

    AuditLog auditLog();

    ChangeRequests changeRequests();

    ImportBatches importBatches();

    Quarantine quarantine();

    UserRepository users();

    Accounts accounts();

    QualitySnapshots qualitySnapshots();

    Models models();

    /** Set-at-a-time writes for large imports. */
    BulkLoads bulkLoads();
}
