package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Data-quality metrics over time. Measurements, not changes: they are not audited. */
public final class QualitySnapshots {

    private final Transactor tx;
    private final Clock clock;

    QualitySnapshots(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public QualitySnapshot take(JsonNode metrics) {
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("INSERT INTO quality_snapshot (taken_at, metrics) VALUES (:now, :metrics)")
                    .bind("now", Sql.at(now)).bind("metrics", Json.write(metrics))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            return new QualitySnapshot(id, now, metrics.deepCopy());
        });
    }

    public Optional<QualitySnapshot> latest() {
        return tx.run(h -> h.createQuery("SELECT * FROM quality_snapshot ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Snapshots taken in [from, to), oldest first. */
    public List<QualitySnapshot> between(Instant from, Instant to) {
        return tx.run(h -> h.createQuery("""
                SELECT * FROM quality_snapshot WHERE taken_at >= :from AND taken_at < :to ORDER BY taken_at, id""")
                .bind("from", Sql.at(from)).bind("to", Sql.at(to)).map((rs, ctx) -> map(rs)).list());
    }

    private static QualitySnapshot map(ResultSet rs) throws SQLException {
        return new QualitySnapshot(rs.getLong("id"), Sql.instant(rs, "taken_at"), Json.tree(rs.getString("metrics")));
    }
}
