package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/** Trained match models; the newest one is the one in use. */
public final class Models {

    static final String ENTITY = "match_model";

    private final Transactor tx;
    private final Clock clock;

    Models(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public StoredModel save(String modelJson, String actor) {
        Json.tree(modelJson); // refuse what is not JSON before it is stored
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("INSERT INTO match_model (created_at, created_by, model) VALUES (:now, :by, :model)")
                    .bind("now", Sql.at(now)).bind("by", actor).bind("model", modelJson)
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ObjectNode after = Json.object();
            after.put("id", id);
            after.put("bytes", modelJson.length());
            AuditLog.write(h, now, actor, "save", ENTITY, id, null, after);
            return new StoredModel(id, now, actor, modelJson);
        });
    }

    public Optional<StoredModel> latest() {
        return tx.run(h -> h.createQuery("SELECT * FROM match_model ORDER BY id DESC LIMIT 1")
                .map((rs, ctx) -> map(rs)).findOne());
    }

    public Optional<StoredModel> find(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM match_model WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    private static StoredModel map(ResultSet rs) throws SQLException {
        return new StoredModel(rs.getLong("id"), Sql.instant(rs, "created_at"), rs.getString("created_by"),
                rs.getString("model"));
    }
}
