package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Set-at-a-time writes for imports of many records: JDBC batches (COPY on PostgreSQL for
 * {@link #loadCustomers}) instead of one statement (and one audit entry) per row. Each call writes one audit entry that summarises what it did and
 * says that it stands for a bulk load, so the log stays complete without doubling the work of a
 * million-row import. Use inside {@link Store#inTransaction} together with the batch's checkpoint.
 */
public final class BulkLoads {

    /** Keeps IN lists and JDBC batches to a size every driver handles well. */
    private static final int SLICE = 1000;

    /** See {@link #recordsPerTransaction}. */
    static final int H2_RECORDS_PER_LOAD = 500;

    private final Transactor tx;
    private final Clock clock;

    BulkLoads(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A source record's id, its source id and its customer, enough to match and attach it. */
    public record RecordRef(long id, String sourceId, Optional<Long> customerId) {
    }

    /** An inferred link to write unless the pair has one already. */
    public record InferredLink(LinkSubject subject, long a, long b, LinkKind kind, double probability) {

        public InferredLink {
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(kind, "kind");
            if (a == b) {
                throw new IllegalArgumentException("a link needs two different ends: " + a);
            }
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
            }
        }
    }

    /** A record an import receives for the first time, already in the store's JSON form. */
    public record NewRecord(String sourceId, String rawJson, String standardizedJson) {

        public NewRecord {
            Objects.requireNonNull(sourceId, "sourceId");
            Objects.requireNonNull(rawJson, "rawJson");
            Objects.requireNonNull(standardizedJson, "standardizedJson");
        }

        /** Writes the record's values as JSON: costly, so callers do it on their own threads. */
        public static NewRecord of(IncomingRecord record) {
            return new NewRecord(record.sourceId(), Json.write(record.rawValues()),
                    Json.write(record.standardizedValues()));
        }
    }

    /** A golden value and its lineage: the position of the record it came from among its customer's records. */
    public record NewValue(String field, String value, int record) {
    }

    /** The model's "same" link between two of a customer's records, given by their positions. */
    public record NewLink(int left, int right, double probability) {
    }

    /**
     * A customer to create from records: {@code records} new to the store and, rarely, records the
     * store holds without a customer ({@code attached}, by id). Positions count the new records
     * first, then the attached ones.
     */
    public record NewCustomer(List<NewRecord> records, long[] attached, List<NewValue> values, List<NewLink> links) {

        public int recordCount() {
            return records.size() + attached.length;
        }
    }

    /** The ids a {@link NewCustomer} was given: its own and its records', by position. */
    public record Loaded(long customerId, long[] recordIds) {
    }

    /**
     * Creates customers together with their records, each row written once (a record carries its
     * customer from the start), their golden values and the links between their records, with one
     * audit entry for all of it. The ids come back in input order.
     *
     * @param model who decided the links, e.g. {@code model:7}
     */
    public List<Loaded> loadCustomers(long batchId, String source, List<NewCustomer> customers, String model,
            String actor) {
        if (customers.isEmpty()) {
            return List.of();
        }
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            List<Loaded> loaded;
            try {
                loaded = NewCustomerLoad.of(h.getConnection()).load(batchId, source, customers, model, now);
            } catch (java.sql.SQLException e) {
                throw new StoreException("loading " + customers.size() + " customers failed: " + e.getMessage(), e);
            }
            long records = 0;
            long values = 0;
            long links = 0;
            for (NewCustomer c : customers) {
                records += c.records().size();
                values += c.values().size();
                links += c.links().size();
            }
            ObjectNode summary = summary(batchId);
            summary.put("customersCreated", loaded.size());
            summary.put("firstCustomerId", loaded.get(0).customerId());
            summary.put("lastCustomerId", loaded.get(loaded.size() - 1).customerId());
            summary.put("recordsCreated", records);
            summary.put("recordsAttached", customers.stream().mapToLong(c -> c.attached().length).sum());
            summary.put("values", values);
            summary.put("links", links);
            AuditLog.write(h, now, actor, "bulk-load", Customers.ENTITY, "batch:" + batchId, null, summary);
            return loaded;
        });
    }

    /**
     * {@link SourceRecords#receive} for many records of one import batch: creates the new ones,
     * updates those whose values changed, leaves the rest. The outcomes come back in input order.
     */
    public List<Received> receiveAll(long batchId, List<IncomingRecord> records, String actor) {
        if (records.isEmpty()) {
            return List.of();
        }
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            Map<String, SourceRecord> existing = existing(h, records);
            List<IncomingRecord> created = new ArrayList<>();
            List<SourceRecord> updated = new ArrayList<>();
            Received[] outcomes = new Received[records.size()];
            PreparedBatch update = h.prepareBatch("""
                    UPDATE source_record SET received_at = :now, raw_values = :raw, standard_values = :standardized,
                           import_batch_id = :batch, version = version + 1
                    WHERE id = :id""");
            for (int i = 0; i < records.size(); i++) {
                IncomingRecord in = records.get(i);
                SourceRecord before = existing.get(key(in.source(), in.sourceId()));
                if (before == null) {
                    created.add(in);
                } else if (before.rawValues().equals(in.rawValues())
                        && before.standardizedValues().equals(in.standardizedValues())) {
                    outcomes[i] = new Received(before, Received.Outcome.UNCHANGED);
                } else {
                    update.bind("now", Sql.at(now)).bind("raw", Json.write(in.rawValues()))
                            .bind("standardized", Json.write(in.standardizedValues())).bind("batch", batchId)
                            .bind("id", before.id()).add();
                    SourceRecord after = new SourceRecord(before.id(), in.source(), in.sourceId(), now,
                            in.rawValues(), in.standardizedValues(), before.customerId(), before.version() + 1);
                    updated.add(after);
                    outcomes[i] = new Received(after, Received.Outcome.UPDATED);
                }
            }
            if (update.size() > 0) {
                update.execute();
            }
            List<Long> ids = insert(h, created, batchId, now);
            int next = 0;
            for (int i = 0; i < records.size(); i++) {
                if (outcomes[i] == null) {
                    IncomingRecord in = records.get(i);
                    outcomes[i] = new Received(new SourceRecord(ids.get(next++), in.source(), in.sourceId(), now,
                            in.rawValues(), in.standardizedValues(), Optional.empty(), 1), Received.Outcome.CREATED);
                }
            }
            ObjectNode summary = summary(batchId);
            summary.put("created", created.size());
            summary.put("updated", updated.size());
            summary.put("unchanged", records.size() - created.size() - updated.size());
            summary.put("firstSourceId", records.get(0).sourceId());
            summary.put("lastSourceId", records.get(records.size() - 1).sourceId());
            AuditLog.write(h, now, actor, "bulk-receive", SourceRecords.ENTITY, "batch:" + batchId, null, summary);
            return List.of(outcomes);
        });
    }

    /**
     * Writes the model's links for pairs that have none yet; a pair already decided (by a person
     * or an earlier run) keeps its decision. Returns how many links were written.
     */
    public int inferAll(long batchId, List<InferredLink> links, String model) {
        if (links.isEmpty()) {
            return 0;
        }
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO match_link (subject, left_id, right_id, kind, status, probability, decided_by, decided_at)
                    SELECT :subject, :left, :right, :kind, 'INFERRED', :p, :by, :now
                    WHERE NOT EXISTS (SELECT 1 FROM match_link
                                      WHERE subject = :subject AND left_id = :left AND right_id = :right)""");
            int written = 0;
            for (InferredLink link : links) {
                insert.bind("subject", link.subject().name()).bind("left", Math.min(link.a(), link.b()))
                        .bind("right", Math.max(link.a(), link.b())).bind("kind", link.kind().name())
                        .bind("p", link.probability()).bind("by", model).bind("now", Sql.at(now)).add();
                if (insert.size() >= SLICE * 4) {
                    written += sum(insert.execute());
                }
            }
            if (insert.size() > 0) {
                written += sum(insert.execute());
            }
            ObjectNode summary = summary(batchId);
            summary.put("links", written);
            AuditLog.write(h, now, model, "bulk-infer", Links.ENTITY, "batch:" + batchId, null, summary);
            return written;
        });
    }

    /**
     * How many records to give {@link #loadCustomers} per transaction for an import whose chunks
     * hold {@code chunkSize} rows: the chunk size, but at most {@value #H2_RECORDS_PER_LOAD} on H2.
     * An H2 transaction that outgrows what H2 keeps in memory until its commit has its pages
     * written twice, first with the uncommitted rows and again after the commit, which also reads
     * them back: 700,000 golden values took about a third less CPU in transactions of 1,000 to
     * 5,000 rows than in ones of 50,000. PostgreSQL's COPY prefers the larger chunks.
     */
    public int recordsPerTransaction(int chunkSize) {
        return tx.run(BulkLoads::isH2) ? Math.min(chunkSize, H2_RECORDS_PER_LOAD) : chunkSize;
    }

    /**
     * Lets the database write committed transactions to disk in groups, up to {@code delay} after
     * their commit, until the returned handle is closed; closing restores the database's own delay,
     * and the next commit writes everything at once. Only for a database that nothing else uses
     * meanwhile (an import from the command line, which opens the embedded database itself): a
     * crash loses the transactions of the last moments although they had committed. An import
     * affords that because each chunk commits together with its checkpoint, so a resumed run redoes
     * exactly the chunks the crash took. On H2, where every commit otherwise writes the file (and so
     * does every 32nd id an identity column hands out); PostgreSQL is left as it is. H2 applies the
     * settings of a connection's URL whenever one connects, so a connection the pool opens meanwhile
     * may set the database's own delay again: the import is then only slower.
     */
    public DelayedWrites delayWrites(Duration delay) {
        long millis = delay.toMillis();
        if (millis < 1) {
            throw new IllegalArgumentException("a write delay of at least a millisecond: " + delay);
        }
        return tx.run(h -> {
            if (!isH2(h)) {
                return DelayedWrites.NONE;
            }
            long before = h.createQuery(
                            "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")
                    .mapTo(String.class).findOne().map(Long::parseLong).orElse(0L);
            h.execute("SET WRITE_DELAY " + millis);
            return () -> tx.run(back -> back.execute("SET WRITE_DELAY " + before));
        });
    }

    /** Ends {@link #delayWrites}. */
    @FunctionalInterface
    public interface DelayedWrites extends AutoCloseable {

        DelayedWrites NONE = () -> { };

        @Override
        void close();
    }

    /** Every record of the source, in id order. */
    public List<RecordRef> recordsOf(String source) {
        return tx.run(h -> h.createQuery(
                        "SELECT id, source_id, customer_id FROM source_record WHERE source_system = :source ORDER BY id")
                .bind("source", source)
                .map((rs, ctx) -> new RecordRef(rs.getLong("id"), rs.getString("source_id"),
                        Sql.optionalLong(rs, "customer_id")))
                .list());
    }

    /**
     * Active customers that no record of this batch belongs to: the ones an import has to match
     * against, rather than build from scratch.
     */
    public long customersOutside(long batchId) {
        return tx.run(h -> h.createQuery("""
                SELECT COUNT(*) FROM customer c WHERE c.status = 'ACTIVE' AND NOT EXISTS (
                    SELECT 1 FROM source_record s WHERE s.customer_id = c.id AND s.import_batch_id = :batch)""")
                .bind("batch", batchId).mapTo(Long.class).one());
    }

    private static Map<String, SourceRecord> existing(Handle h, List<IncomingRecord> records) {
        Map<String, List<String>> idsBySource = new HashMap<>();
        for (IncomingRecord r : records) {
            idsBySource.computeIfAbsent(r.source(), s -> new ArrayList<>()).add(r.sourceId());
        }
        Map<String, SourceRecord> found = new HashMap<>();
        idsBySource.forEach((source, ids) -> {
            for (int from = 0; from < ids.size(); from += SLICE) {
                List<String> slice = ids.subList(from, Math.min(ids.size(), from + SLICE));
                // A row-value IN list: H2 looks each pair up in the unique key's index, where
                // "source_system = ? AND source_id IN (...)" would scan the whole source.
                StringBuilder sql = new StringBuilder(
                        "SELECT * FROM source_record WHERE (source_system, source_id) IN (");
                for (int i = 0; i < slice.size(); i++) {
                    sql.append(i == 0 ? "" : ", ").append("(:source, :id").append(i).append(')');
                }
                var query = h.createQuery(sql.append(')').toString()).bind("source", source);
                for (int i = 0; i < slice.size(); i++) {
                    query.bind("id" + i, slice.get(i));
                }
                query.map((rs, ctx) -> SourceRecords.map(rs)).forEach(r -> found.put(key(r.source(), r.sourceId()), r));
            }
        });
        return found;
    }

    private static List<Long> insert(Handle h, List<IncomingRecord> created, long batchId, Instant now) {
        List<Long> ids = new ArrayList<>(created.size());
        for (int from = 0; from < created.size(); from += SLICE) {
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO source_record (source_system, source_id, received_at, raw_values, standard_values,
                                               import_batch_id, version)
                    VALUES (:source, :sourceId, :now, :raw, :standardized, :batch, 1)""");
            for (IncomingRecord in : created.subList(from, Math.min(created.size(), from + SLICE))) {
                insert.bind("source", in.source()).bind("sourceId", in.sourceId()).bind("now", Sql.at(now))
                        .bind("raw", Json.write(in.rawValues())).bind("standardized", Json.write(in.standardizedValues()))
                        .bind("batch", batchId).add();
            }
            ids.addAll(insert.executePreparedBatch("id").mapTo(Long.class).list());
        }
        return ids;
    }

    private static boolean isH2(Handle h) {
        try {
            return DatabaseProduct.isH2(h.getConnection());
        } catch (java.sql.SQLException e) {
            throw new StoreException("cannot tell the database's product: " + e.getMessage(), e);
        }
    }

    private static ObjectNode summary(long batchId) {
        ObjectNode node = Json.object();
        node.put("importBatchId", batchId);
        node.put("bulk", "one audit entry for the whole chunk of an import, not one per row");
        return node;
    }

    private static String key(String source, String sourceId) {
        return source + '\u0000' + sourceId;
    }

    private static int sum(int[] counts) {
        int total = 0;
        for (int c : counts) {
            total += Math.max(c, 0);
        }
        return total;
    }
}
