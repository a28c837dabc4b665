package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Records as received from source systems. A record is identified by its source and source id,
 * so re-importing it updates it in place instead of adding a duplicate.
 */
public final class SourceRecords {

    static final String ENTITY = "source_record";

    private final Transactor tx;
    private final Clock clock;

    SourceRecords(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Keeps the record: creates it, updates it if its values changed, or leaves it as it is. */
    public Received receive(IncomingRecord incoming, String actor) {
        return tx.run(h -> receive(h, incoming, null, actor));
    }

    /** {@link #receive(IncomingRecord, String)} for a row of an import batch. */
    public Received receive(IncomingRecord incoming, long importBatchId, String actor) {
        return tx.run(h -> receive(h, incoming, importBatchId, actor));
    }

    public Optional<SourceRecord> find(long id) {
        return tx.run(h -> find(h, id));
    }

    public Optional<SourceRecord> find(String source, String sourceId) {
        return tx.run(h -> h.createQuery("SELECT * FROM source_record WHERE source_system = :source AND source_id = :id")
                .bind("source", source).bind("id", sourceId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** The customer's lineage: every source record that belongs to it, in id order. */
    public List<SourceRecord> ofCustomer(long customerId) {
        return tx.run(h -> h.createQuery("SELECT * FROM source_record WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).map((rs, ctx) -> map(rs)).list());
    }

    /** Makes the record part of the customer. */
    public SourceRecord attach(long recordId, long customerId, String actor) {
        return tx.run(h -> {
            SourceRecord before = find(h, recordId).orElseThrow(() -> new EntityNotFoundException(ENTITY, recordId));
            String status = h.createQuery("SELECT status FROM customer WHERE id = :id").bind("id", customerId)
                    .mapTo(String.class).findOne()
                    .orElseThrow(() -> new EntityNotFoundException(Customers.ENTITY, customerId));
            if (!status.equals(CustomerStatus.ACTIVE.name())) {
                throw new StateConflictException("customer " + customerId + " is " + status);
            }
            h.createUpdate("UPDATE source_record SET customer_id = :customer WHERE id = :id")
                    .bind("customer", customerId).bind("id", recordId).execute();
            SourceRecord after = new SourceRecord(before.id(), before.source(), before.sourceId(), before.receivedAt(),
                    before.rawValues(), before.standardizedValues(), Optional.of(customerId), before.version());
            AuditLog.write(h, Clocks.now(clock), actor, "attach", ENTITY, recordId, json(before), json(after));
            return after;
        });
    }

    private Received receive(Handle h, IncomingRecord in, Long batchId, String actor) {
        Instant now = Clocks.now(clock);
        String raw = Json.write(in.rawValues());
        String standardized = Json.write(in.standardizedValues());
        Optional<SourceRecord> existing = h.createQuery("""
                SELECT * FROM source_record WHERE source_system = :source AND source_id = :id FOR UPDATE""")
                .bind("source", in.source()).bind("id", in.sourceId())
                .map((rs, ctx) -> map(rs)).findOne();
        if (existing.isEmpty()) {
            long id = h.createUpdate("""
                    INSERT INTO source_record (source_system, source_id, received_at, raw_values, standard_values,
                                               import_batch_id, version)
                    VALUES (:source, :sourceId, :now, :raw, :standardized, :batch, 1)""")
                    .bind("source", in.source()).bind("sourceId", in.sourceId()).bind("now", Sql.at(now))
                    .bind("raw", raw).bind("standardized", standardized).bind("batch", batchId)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            SourceRecord created = find(h, id).orElseThrow();
            AuditLog.write(h, now, actor, "receive", ENTITY, id, null, json(created));
            return new Received(created, Received.Outcome.CREATED);
        }
        SourceRecord before = existing.get();
        if (before.rawValues().equals(in.rawValues()) && before.standardizedValues().equals(in.standardizedValues())) {
            return new Received(before, Received.Outcome.UNCHANGED);
        }
        h.createUpdate("""
                UPDATE source_record SET received_at = :now, raw_values = :raw, standard_values = :standardized,
                       import_batch_id = COALESCE(:batch, import_batch_id), version = version + 1
                WHERE id = :id""")
                .bind("now", Sql.at(now)).bind("raw", raw).bind("standardized", standardized)
                .bind("batch", batchId).bind("id", before.id()).execute();
        SourceRecord after = find(h, before.id()).orElseThrow();
        AuditLog.write(h, now, actor, "re-receive", ENTITY, before.id(), json(before), json(after));
        return new Received(after, Received.Outcome.UPDATED);
    }

    static Optional<SourceRecord> find(Handle h, long id) {
        return h.createQuery("SELECT * FROM source_record WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne();
    }

    static List<Long> idsOfCustomer(Handle h, long customerId) {
        return h.createQuery("SELECT id FROM source_record WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).mapTo(Long.class).list();
    }

    static SourceRecord map(ResultSet rs) throws SQLException {
        return new SourceRecord(rs.getLong("id"), rs.getString("source_system"), rs.getString("source_id"),
                Sql.instant(rs, "received_at"), Json.stringMap(rs.getString("raw_values")),
                Json.stringMap(rs.getString("standard_values")), Sql.optionalLong(rs, "customer_id"),
                rs.getLong("version"));
    }

    static ObjectNode json(SourceRecord r) {
        ObjectNode node = Json.object();
        node.put("id", r.id());
        node.put("source", r.source());
        node.put("sourceId", r.sourceId());
        node.put("receivedAt", r.receivedAt().toString());
        node.set("rawValues", Json.MAPPER.valueToTree(r.rawValues()));
        node.set("standardizedValues", Json.MAPPER.valueToTree(r.standardizedValues()));
        r.customerId().ifPresent(c -> node.put("customerId", c));
        node.put("version", r.version());
        return node;
    }
}
