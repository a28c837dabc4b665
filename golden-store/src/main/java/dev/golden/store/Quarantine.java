package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Rows that failed validation. A row is quarantined once per batch: a resumed import that
 * rejects it again finds it already there.
 */
public final class Quarantine {

    static final String ENTITY = "quarantine";

    private final Transactor tx;
    private final Clock clock;

    Quarantine(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Quarantines the row, or returns it as it is when this batch quarantined it before. */
    public QuarantinedRow add(long batchId, Rejection rejection, String actor) {
        return tx.run(h -> {
            Optional<QuarantinedRow> existing = h.createQuery(
                            "SELECT * FROM quarantine WHERE batch_id = :batch AND row_number = :row")
                    .bind("batch", batchId).bind("row", rejection.rowNumber()).map((rs, ctx) -> map(rs)).findOne();
            if (existing.isPresent()) {
                return existing.get();
            }
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO quarantine (batch_id, row_number, source_id, raw_values, field_name, reason, status,
                                            created_at)
                    VALUES (:batch, :row, :sourceId, :raw, :field, :reason, 'OPEN', :now)""")
                    .bind("batch", batchId).bind("row", rejection.rowNumber())
                    .bind("sourceId", rejection.sourceId().orElse(null)).bind("raw", Json.write(rejection.rawValues()))
                    .bind("field", rejection.field().orElse(null)).bind("reason", rejection.reason())
                    .bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            QuarantinedRow row = byId(h, id);
            AuditLog.write(h, now, actor, "quarantine", ENTITY, id, null, json(row));
            return row;
        });
    }

    /**
     * {@link #add} for the rejected rows of one chunk of an import: one JDBC batch and one audit
     * entry that summarises the chunk, instead of several statements and an entry per row. Rows
     * this batch quarantined before are left as they are.
     */
    public void addAll(long batchId, List<Rejection> rejections, String actor) {
        if (rejections.isEmpty()) {
            return;
        }
        tx.run(h -> {
            long first = rejections.stream().mapToLong(Rejection::rowNumber).min().orElseThrow();
            long last = rejections.stream().mapToLong(Rejection::rowNumber).max().orElseThrow();
            Set<Long> existing = new HashSet<>(h.createQuery("""
                            SELECT row_number FROM quarantine WHERE batch_id = :batch AND row_number BETWEEN :first AND :last""")
                    .bind("batch", batchId).bind("first", first).bind("last", last).mapTo(Long.class).list());
            Instant now = Clocks.now(clock);
            PreparedBatch insert = h.prepareBatch("""
                    INSERT INTO quarantine (batch_id, row_number, source_id, raw_values, field_name, reason, status,
                                            created_at)
                    VALUES (:batch, :row, :sourceId, :raw, :field, :reason, 'OPEN', :now)""");
            for (Rejection r : rejections) {
                if (!existing.contains(r.rowNumber())) {
                    insert.bind("batch", batchId).bind("row", r.rowNumber()).bind("sourceId", r.sourceId().orElse(null))
                            .bind("raw", Json.write(r.rawValues())).bind("field", r.field().orElse(null))
                            .bind("reason", r.reason()).bind("now", Sql.at(now)).add();
                }
            }
            int added = insert.size();
            if (added > 0) {
                insert.execute();
            }
            ObjectNode summary = Json.object();
            summary.put("importBatchId", batchId);
            summary.put("quarantined", added);
            summary.put("firstRow", first);
            summary.put("lastRow", last);
            AuditLog.write(h, now, actor, "bulk-quarantine", ENTITY, "batch:" + batchId, null, summary);
            return null;
        });
    }

    public Optional<QuarantinedRow> find(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM quarantine WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Open rows of every batch, oldest first. */
    public Page<QuarantinedRow> open(long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM quarantine WHERE status = 'OPEN'").mapTo(Long.class).one();
            List<QuarantinedRow> items = h.createQuery("""
                    SELECT * FROM quarantine WHERE status = 'OPEN' ORDER BY id LIMIT :limit OFFSET :offset""")
                    .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, offset, limit, total);
        });
    }

    /** The batch's rows in file order, whatever their status. */
    public List<QuarantinedRow> ofBatch(long batchId) {
        return tx.run(h -> h.createQuery("SELECT * FROM quarantine WHERE batch_id = :batch ORDER BY row_number")
                .bind("batch", batchId).map((rs, ctx) -> map(rs)).list());
    }

    /**
     * Marks the row as fixed and sent through the import again; the corrected values are kept in
     * the audit log next to the original ones.
     */
    public QuarantinedRow resubmit(long id, Map<String, String> correctedValues, String actor) {
        return tx.run(h -> resolve(h, id, QuarantineStatus.RESUBMITTED, Json.MAPPER.valueToTree(correctedValues), actor));
    }

    public QuarantinedRow discard(long id, String actor) {
        return tx.run(h -> resolve(h, id, QuarantineStatus.DISCARDED, null, actor));
    }

    private QuarantinedRow resolve(Handle h, long id, QuarantineStatus status,
            JsonNode corrected, String actor) {
        QuarantinedRow before = h.createQuery("SELECT * FROM quarantine WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne()
                .orElseThrow(() -> new EntityNotFoundException(ENTITY, id));
        if (before.status() != QuarantineStatus.OPEN) {
            throw new StateConflictException("quarantined row " + id + " is " + before.status() + " already");
        }
        Instant now = Clocks.now(clock);
        h.createUpdate("UPDATE quarantine SET status = :status, resolved_by = :by, resolved_at = :now WHERE id = :id")
                .bind("status", status.name()).bind("by", actor).bind("now", Sql.at(now)).bind("id", id).execute();
        QuarantinedRow after = byId(h, id);
        ObjectNode afterJson = json(after);
        if (corrected != null) {
            afterJson.set("correctedValues", corrected);
        }
        AuditLog.write(h, now, actor, status == QuarantineStatus.RESUBMITTED ? "resubmit" : "discard", ENTITY, id,
                json(before), afterJson);
        return after;
    }

    private static QuarantinedRow byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM quarantine WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).one();
    }

    private static QuarantinedRow map(ResultSet rs) throws SQLException {
        Rejection rejection = new Rejection(rs.getLong("row_number"), Sql.optionalString(rs, "source_id"),
                Json.stringMap(rs.getString("raw_values")), Sql.optionalString(rs, "field_name"),
                rs.getString("reason"));
        return new QuarantinedRow(rs.getLong("id"), rs.getLong("batch_id"), rejection,
                QuarantineStatus.valueOf(rs.getString("status")), Sql.instant(rs, "created_at"),
                Sql.optionalString(rs, "resolved_by"), Sql.optionalInstant(rs, "resolved_at"));
    }

    private static ObjectNode json(QuarantinedRow row) {
        ObjectNode node = Json.object();
        node.put("id", row.id());
        node.put("batchId", row.batchId());
        node.put("rowNumber", row.rejection().rowNumber());
        row.rejection().sourceId().ifPresent(s -> node.put("sourceId", s));
        node.set("rawValues", Json.MAPPER.valueToTree(row.rejection().rawValues()));
        row.rejection().field().ifPresent(f -> node.put("field", f));
        node.put("reason", row.rejection().reason());
        node.put("status", row.status().name());
        return node;
    }
}
