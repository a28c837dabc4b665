package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Handle;

/**
 * The append-only record of every change. Repositories write their entry in the transaction
 * that makes the change, so the log never misses a committed change nor shows a rolled-back one.
 * There is deliberately no way to update or delete an entry.
 */
public final class AuditLog {

    private final Transactor tx;
    private final Clock clock;

    AuditLog(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Records an event that is not a change to a stored entity, e.g. a verification call or a login. */
    public AuditEntry record(String actor, String action, String entityType, String entityId, JsonNode details) {
        Objects.requireNonNull(details, "details");
        return tx.run(h -> {
            long id = write(h, Clocks.now(clock), actor, action, entityType, entityId, null, details);
            return h.createQuery("SELECT * FROM audit_log WHERE id = :id").bind("id", id)
                    .map((rs, ctx) -> map(rs)).one();
        });
    }

    /** The entity's history, oldest first. */
    public Page<AuditEntry> ofEntity(String entityType, String entityId, long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM audit_log WHERE entity_type = :type AND entity_id = :id")
                    .bind("type", entityType).bind("id", entityId).mapTo(Long.class).one();
            List<AuditEntry> items = h.createQuery("""
                    SELECT * FROM audit_log WHERE entity_type = :type AND entity_id = :id
                    ORDER BY id LIMIT :limit OFFSET :offset""")
                    .bind("type", entityType).bind("id", entityId).bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, offset, limit, total);
        });
    }

    /** The whole log, newest first. */
    public Page<AuditEntry> latest(long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM audit_log").mapTo(Long.class).one();
            List<AuditEntry> items = h.createQuery("SELECT * FROM audit_log ORDER BY id DESC LIMIT :limit OFFSET :offset")
                    .bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, offset, limit, total);
        });
    }

    /** Appends an entry on the caller's transaction; {@code before} or {@code after} may be null. */
    static long write(Handle h, java.time.Instant at, String actor, String action, String entityType, Object entityId,
            JsonNode before, JsonNode after) {
        return h.createUpdate("""
                INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_json, after_json)
                VALUES (:at, :actor, :action, :type, :entityId, :before, :after)""")
                .bind("at", Sql.at(at))
                .bind("actor", Objects.requireNonNull(actor, "actor"))
                .bind("action", action)
                .bind("type", entityType)
                .bind("entityId", String.valueOf(entityId))
                .bind("before", before == null ? null : Json.write(before))
                .bind("after", after == null ? null : Json.write(after))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
    }

    private static AuditEntry map(ResultSet rs) throws SQLException {
        return new AuditEntry(rs.getLong("id"), Sql.instant(rs, "at"), rs.getString("actor"), rs.getString("action"),
                rs.getString("entity_type"), rs.getString("entity_id"),
                Sql.optionalString(rs, "before_json").map(Json::tree),
                Sql.optionalString(rs, "after_json").map(Json::tree));
    }
}
