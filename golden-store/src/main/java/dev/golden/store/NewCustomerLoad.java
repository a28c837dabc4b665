package dev.golden.store;

import dev.golden.store.BulkLoads.Loaded;
import dev.golden.store.BulkLoads.NewCustomer;
import dev.golden.store.BulkLoads.NewLink;
import dev.golden.store.BulkLoads.NewRecord;
import dev.golden.store.BulkLoads.NewValue;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Writes customers made of records new to the store, each row once: customers first, then their
 * source records already carrying the customer's id, then each customer's golden values with their
 * lineage (one packed row) and the records' links. Two ways to do it, chosen by the database: JDBC
 * batches that read the identity columns' keys back (H2), and COPY with ids drawn from the identity
 * sequences in one query (PostgreSQL).
 */
abstract sealed class NewCustomerLoad {

    /** Rows per JDBC batch: large enough to save round trips, small enough for every driver. */
    static final int BATCH = 4000;

    static NewCustomerLoad of(Connection connection) throws SQLException {
        return DatabaseProduct.isPostgreSql(connection)
                ? new Copy(connection) : new Batches(connection);
    }

    final Connection connection;

    NewCustomerLoad(Connection connection) {
        this.connection = connection;
    }

    /** Writes the customers; their ids and their records' ids come back in input order. */
    final List<Loaded> load(long batchId, String source, List<NewCustomer> customers, String model, Instant now)
            throws SQLException {
        beforeLoad();
        long[] customerIds = insertCustomers(customers.size(), now);
        long[][] recordIds = insertRecords(batchId, source, customers, customerIds, now);
        attach(customers, customerIds);
        insertValues(customers, customerIds, recordIds, now);
        insertLinks(customers, recordIds, model, now);
        List<Loaded> loaded = new ArrayList<>(customers.size());
        for (int i = 0; i < customers.size(); i++) {
            loaded.add(new Loaded(customerIds[i], recordIds[i]));
        }
        return loaded;
    }

    /** Prepares the transaction the customers are written in. */
    void beforeLoad() throws SQLException {
    }

    abstract long[] insertCustomers(int count, Instant now) throws SQLException;

    /** The ids of each customer's records: its new ones, then those it attaches. */
    abstract long[][] insertRecords(long batchId, String source, List<NewCustomer> customers, long[] customerIds,
            Instant now) throws SQLException;

    abstract void insertValues(List<NewCustomer> customers, long[] customerIds, long[][] recordIds, Instant now)
            throws SQLException;

    abstract void insertLinks(List<NewCustomer> customers, long[][] recordIds, String model, Instant now)
            throws SQLException;

    /** Records the store had before, without a customer: rare, so one plain batch. */
    private void attach(List<NewCustomer> customers, long[] customerIds) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE source_record SET customer_id = ? WHERE id = ?")) {
            RowBatch rows = new RowBatch(update);
            for (int i = 0; i < customers.size(); i++) {
                for (long record : customers.get(i).attached()) {
                    update.setLong(1, customerIds[i]);
                    update.setLong(2, record);
                    rows.add();
                }
            }
            rows.finish();
        }
    }

    static long[][] recordIdsWithAttached(List<NewCustomer> customers, long[] newIds) {
        long[][] ids = new long[customers.size()][];
        int next = 0;
        for (int i = 0; i < customers.size(); i++) {
            NewCustomer c = customers.get(i);
            long[] own = new long[c.records().size() + c.attached().length];
            for (int r = 0; r < c.records().size(); r++) {
                own[r] = newIds[next++];
            }
            System.arraycopy(c.attached(), 0, own, c.records().size(), c.attached().length);
            ids[i] = own;
        }
        return ids;
    }

    /** Rows added to a prepared statement, sent to the database every {@link #BATCH} rows and at the end. */
    static final class RowBatch {
        private final PreparedStatement statement;
        private int pending;

        RowBatch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add() throws SQLException {
            statement.addBatch();
            if (++pending == BATCH) {
                finish();
            }
        }

        void finish() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }
    }

    /** The customer's golden values as one cell, each with the id of its record, all verified now. */
    static String packedValues(PackedValues.Writer cell, NewCustomer customer, long[] recordIds, Instant now) {
        Optional<Instant> verifiedAt = Optional.of(now);
        for (NewValue v : customer.values()) {
            cell.add(v.field(), v.value(), Optional.of(recordIds[v.record()]), verifiedAt);
        }
        return cell.finish();
    }

    static int newRecordCount(List<NewCustomer> customers) {
        int n = 0;
        for (NewCustomer c : customers) {
            n += c.records().size();
        }
        return n;
    }

    /** JDBC batches; the identity columns' keys read back from each batch. */
    static final class Batches extends NewCustomerLoad {

        Batches(Connection connection) {
            super(connection);
        }

        @Override
        long[] insertCustomers(int count, Instant now) throws SQLException {
            long[] ids = new long[count];
            OffsetDateTime at = at(now);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO customer (status, created_at, updated_at, version) VALUES ('ACTIVE', ?, ?, 1)",
                    new String[] {"id"})) {
                int done = 0;
                for (int i = 0; i < count; i++) {
                    insert.setObject(1, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.setObject(2, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    insert.addBatch();
                    if (i + 1 - done == BATCH || i + 1 == count) {
                        insert.executeBatch();
                        done = keys(insert, ids, done);
                    }
                }
            }
            return ids;
        }

        @Override
        long[][] insertRecords(long batchId, String source, List<NewCustomer> customers, long[] customerIds,
                Instant now) throws SQLException {
            int count = newRecordCount(customers);
            long[] ids = new long[count];
            OffsetDateTime at = at(now);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO source_record (source_system, source_id, received_at, raw_values, standard_values,
                                               customer_id, import_batch_id, version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, 1)""", new String[] {"id"})) {
                int added = 0;
                int done = 0;
                for (int i = 0; i < customers.size(); i++) {
                    for (NewRecord r : customers.get(i).records()) {
                        insert.setString(1, source);
                        insert.setString(2, r.sourceId());
                        insert.setObject(3, at, Types.TIMESTAMP_WITH_TIMEZONE);
                        insert.setString(4, r.rawJson());
                        insert.setString(5, r.standardizedJson());
                        insert.setLong(6, customerIds[i]);
                        insert.setLong(7, batchId);
                        insert.addBatch();
                        if (++added - done == BATCH || added == count) {
                            insert.executeBatch();
                            done = keys(insert, ids, done);
                        }
                    }
                }
            }
            return recordIdsWithAttached(customers, ids);
        }

        @Override
        void insertValues(List<NewCustomer> customers, long[] customerIds, long[][] recordIds, Instant now)
                throws SQLException {
            OffsetDateTime at = at(now);
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO customer_values (customer_id, field_values, oldest_verified_at) VALUES (?, ?, ?)")) {
                RowBatch rows = new RowBatch(insert);
                PackedValues.Writer cell = new PackedValues.Writer();
                for (int i = 0; i < customers.size(); i++) {
                    if (customers.get(i).values().isEmpty()) {
                        continue;
                    }
                    insert.setLong(1, customerIds[i]);
                    insert.setString(2, packedValues(cell, customers.get(i), recordIds[i], now));
                    insert.setObject(3, at, Types.TIMESTAMP_WITH_TIMEZONE);
                    rows.add();
                }
                rows.finish();
            }
        }

        @Override
        void insertLinks(List<NewCustomer> customers, long[][] recordIds, String model, Instant now)
                throws SQLException {
            OffsetDateTime at = at(now);
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO match_link (subject, left_id, right_id, kind, status, probability, decided_by, decided_at)
                    VALUES ('RECORD', ?, ?, 'SAME', 'INFERRED', ?, ?, ?)""")) {
                RowBatch rows = new RowBatch(insert);
                for (int i = 0; i < customers.size(); i++) {
                    for (NewLink link : customers.get(i).links()) {
                        long a = recordIds[i][link.left()];
                        long b = recordIds[i][link.right()];
                        insert.setLong(1, Math.min(a, b));
                        insert.setLong(2, Math.max(a, b));
                        insert.setDouble(3, link.probability());
                        insert.setString(4, model);
                        insert.setObject(5, at, Types.TIMESTAMP_WITH_TIMEZONE);
                        rows.add();
                    }
                }
                rows.finish();
            }
        }

        /** Copies the keys of the batch just run into {@code ids} from {@code from}; returns where they end. */
        private static int keys(Statement statement, long[] ids, int from) throws SQLException {
            int next = from;
            try (ResultSet keys = statement.getGeneratedKeys()) {
                while (keys.next()) {
                    ids[next++] = keys.getLong(1);
                }
            }
            return next;
        }
    }

    /**
     * PostgreSQL's COPY: one stream per table instead of a statement per row. COPY reads no keys
     * back, so the ids come first, drawn in one query from the identity columns' own sequences,
     * which keeps them apart from any row another connection inserts meanwhile.
     */
    static final class Copy extends NewCustomerLoad {

        private final org.postgresql.copy.CopyManager copy;

        Copy(Connection connection) throws SQLException {
            super(connection);
            this.copy = connection.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        }

        /**
         * The commit returns before the server flushes it to disk: a server crash may take the
         * last chunks an import committed, never part of one, and with them their checkpoint, so
         * the import resumes before them. Only this transaction is affected.
         */
        @Override
        void beforeLoad() throws SQLException {
            try (Statement set = connection.createStatement()) {
                set.execute("SET LOCAL synchronous_commit TO OFF");
            }
        }

        @Override
        long[] insertCustomers(int count, Instant now) throws SQLException {
            long[] ids = ids("customer", count);
            String at = CopyText.timestamp(now);
            CopyText rows = new CopyText();
            for (long id : ids) {
                rows.add(id).add("ACTIVE").add(at).add(at).add(1).end();
            }
            rows.copyInto(copy, "customer (id, status, created_at, updated_at, version)");
            return ids;
        }

        @Override
        long[][] insertRecords(long batchId, String source, List<NewCustomer> customers, long[] customerIds,
                Instant now) throws SQLException {
            long[] ids = ids("source_record", newRecordCount(customers));
            String at = CopyText.timestamp(now);
            CopyText rows = new CopyText();
            int next = 0;
            for (int i = 0; i < customers.size(); i++) {
                for (NewRecord r : customers.get(i).records()) {
                    rows.add(ids[next++]).add(source).add(r.sourceId()).add(at).add(r.rawJson())
                            .add(r.standardizedJson()).add(customerIds[i]).add(batchId).add(1).end();
                }
            }
            rows.copyInto(copy, "source_record (id, source_system, source_id, received_at, raw_values, "
                    + "standard_values, customer_id, import_batch_id, version)");
            return recordIdsWithAttached(customers, ids);
        }

        @Override
        void insertValues(List<NewCustomer> customers, long[] customerIds, long[][] recordIds, Instant now)
                throws SQLException {
            String at = CopyText.timestamp(now);
            CopyText rows = new CopyText();
            PackedValues.Writer cell = new PackedValues.Writer();
            for (int i = 0; i < customers.size(); i++) {
                if (!customers.get(i).values().isEmpty()) {
                    rows.add(customerIds[i]).add(packedValues(cell, customers.get(i), recordIds[i], now)).add(at).end();
                }
            }
            rows.copyInto(copy, "customer_values (customer_id, field_values, oldest_verified_at)");
        }

        @Override
        void insertLinks(List<NewCustomer> customers, long[][] recordIds, String model, Instant now)
                throws SQLException {
            String at = CopyText.timestamp(now);
            CopyText rows = new CopyText();
            for (int i = 0; i < customers.size(); i++) {
                for (NewLink link : customers.get(i).links()) {
                    long a = recordIds[i][link.left()];
                    long b = recordIds[i][link.right()];
                    rows.add("RECORD").add(Math.min(a, b)).add(Math.max(a, b)).add("SAME").add("INFERRED")
                            .add(link.probability()).add(model).add(at).end();
                }
            }
            rows.copyInto(copy, "match_link (subject, left_id, right_id, kind, status, probability, decided_by, "
                    + "decided_at)");
        }

        /** {@code count} fresh ids of the table's identity column, in ascending order. */
        private long[] ids(String table, int count) throws SQLException {
            long[] ids = new long[count];
            if (count == 0) {
                return ids;
            }
            try (PreparedStatement query = connection.prepareStatement(
                    "SELECT nextval(pg_get_serial_sequence(?, 'id')) FROM generate_series(1, ?)")) {
                query.setString(1, table);
                query.setInt(2, count);
                try (ResultSet rs = query.executeQuery()) {
                    int next = 0;
                    while (rs.next()) {
                        ids[next++] = rs.getLong(1);
                    }
                }
            }
            java.util.Arrays.sort(ids);
            return ids;
        }
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
