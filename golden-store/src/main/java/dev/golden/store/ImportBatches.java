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
 * Import runs and their progress. An importer commits each chunk of rows together with
 * {@link #checkpoint}, so after a crash {@link #resumable} tells it where to carry on.
 */
public final class ImportBatches {

    static final String ENTITY = "import_batch";

    private final Transactor tx;
    private final Clock clock;

    ImportBatches(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public ImportBatch start(String source, String fileName, String actor) {
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO import_batch (source_system, file_name, status, started_at, rows_read, rows_loaded,
                                              rows_quarantined, last_committed_row)
                    VALUES (:source, :file, 'RUNNING', :now, 0, 0, 0, 0)""")
                    .bind("source", source).bind("file", fileName).bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ImportBatch batch = byId(h, id);
            AuditLog.write(h, now, actor, "start", ENTITY, id, null, json(batch));
            return batch;
        });
    }

    /**
     * Records progress. Not audited line by line: the batch's start and end are, and each record
     * it loads is audited on its own.
     */
    public ImportBatch checkpoint(long id, BatchProgress progress) {
        return tx.run(h -> {
            running(h, id);
            h.createUpdate("""
                    UPDATE import_batch SET rows_read = :read, rows_loaded = :loaded, rows_quarantined = :quarantined,
                           last_committed_row = :last WHERE id = :id""")
                    .bind("read", progress.rowsRead()).bind("loaded", progress.rowsLoaded())
                    .bind("quarantined", progress.rowsQuarantined()).bind("last", progress.lastCommittedRow())
                    .bind("id", id).execute();
            return byId(h, id);
        });
    }

    public ImportBatch finish(long id, BatchProgress progress, String actor) {
        return tx.run(h -> end(h, id, BatchStatus.DONE, progress, null, actor));
    }

    public ImportBatch fail(long id, BatchProgress progress, String reason, String actor) {
        return tx.run(h -> end(h, id, BatchStatus.FAILED, progress, reason, actor));
    }

    public Optional<ImportBatch> find(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM import_batch WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** The newest batch over this file that never finished (its process died), if any. */
    public Optional<ImportBatch> resumable(String source, String fileName) {
        return tx.run(h -> h.createQuery("""
                SELECT * FROM import_batch WHERE source_system = :source AND file_name = :file AND status = 'RUNNING'
                ORDER BY id DESC LIMIT 1""")
                .bind("source", source).bind("file", fileName).map((rs, ctx) -> map(rs)).findOne());
    }

    /** The newest batches first. */
    public List<ImportBatch> recent(int limit) {
        Page.check(0, limit);
        return tx.run(h -> h.createQuery("SELECT * FROM import_batch ORDER BY id DESC LIMIT :limit")
                .bind("limit", limit).map((rs, ctx) -> map(rs)).list());
    }

    private ImportBatch end(Handle h, long id, BatchStatus status, BatchProgress progress, String reason,
            String actor) {
        ImportBatch before = running(h, id);
        Instant now = Clocks.now(clock);
        h.createUpdate("""
                UPDATE import_batch SET status = :status, finished_at = :now, rows_read = :read, rows_loaded = :loaded,
                       rows_quarantined = :quarantined, last_committed_row = :last, failure = :failure
                WHERE id = :id""")
                .bind("status", status.name()).bind("now", Sql.at(now))
                .bind("read", progress.rowsRead()).bind("loaded", progress.rowsLoaded())
                .bind("quarantined", progress.rowsQuarantined()).bind("last", progress.lastCommittedRow())
                .bind("failure", reason).bind("id", id).execute();
        ImportBatch after = byId(h, id);
        AuditLog.write(h, now, actor, status == BatchStatus.DONE ? "finish" : "fail", ENTITY, id, json(before),
                json(after));
        return after;
    }

    private static ImportBatch running(Handle h, long id) {
        ImportBatch batch = h.createQuery("SELECT * FROM import_batch WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne()
                .orElseThrow(() -> new EntityNotFoundException(ENTITY, id));
        if (batch.status() != BatchStatus.RUNNING) {
            throw new StateConflictException("import batch " + id + " is " + batch.status());
        }
        return batch;
    }

    private static ImportBatch byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM import_batch WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).one();
    }

    private static ImportBatch map(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong("id"), rs.getString("source_system"), rs.getString("file_name"),
                BatchStatus.valueOf(rs.getString("status")), Sql.instant(rs, "started_at"),
                Sql.optionalInstant(rs, "finished_at"), rs.getLong("rows_read"), rs.getLong("rows_loaded"),
                rs.getLong("rows_quarantined"), rs.getLong("last_committed_row"), Sql.optionalString(rs, "failure"));
    }

    private static ObjectNode json(ImportBatch b) {
        ObjectNode node = Json.object();
        node.put("id", b.id());
        node.put("source", b.source());
        node.put("fileName", b.fileName());
        node.put("status", b.status().name());
        node.put("rowsRead", b.rowsRead());
        node.put("rowsLoaded", b.rowsLoaded());
        node.put("rowsQuarantined", b.rowsQuarantined());
        node.put("lastCommittedRow", b.lastCommittedRow());
        b.failure().ifPresent(f -> node.put("failure", f));
        return node;
    }
}
