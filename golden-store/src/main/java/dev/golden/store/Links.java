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
 * Match links: one current decision per pair. A person's decision outranks the model's, so an
 * inferred link never replaces an asserted one; in particular "not the same" stays in force
 * until a person retracts it.
 */
public final class Links {

    static final String ENTITY = "match_link";

    private final Transactor tx;
    private final Clock clock;

    Links(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** A person's decision about the pair; replaces whatever was decided before. */
    public MatchLink decide(LinkSubject subject, long a, long b, LinkKind kind, String person) {
        return tx.run(h -> put(h, subject, a, b, kind, LinkStatus.ASSERTED, null, person, Clocks.now(clock)));
    }

    /**
     * The model's opinion about the pair. Empty, and nothing stored, when a person has decided
     * the pair: the model may refine its own links but never a person's.
     */
    public Optional<MatchLink> infer(LinkSubject subject, long a, long b, LinkKind kind, double probability,
            String model) {
        if (!(probability >= 0 && probability <= 1)) {
            throw new IllegalArgumentException("probability outside [0, 1]: " + probability);
        }
        return tx.run(h -> {
            Optional<MatchLink> current = find(h, subject, a, b, true);
            if (current.isPresent() && current.get().status() == LinkStatus.ASSERTED) {
                return Optional.empty();
            }
            return Optional.of(put(h, subject, a, b, kind, LinkStatus.INFERRED, probability, model,
                    Clocks.now(clock)));
        });
    }

    /** Withdraws a person's or the model's decision, opening the pair to inference again. */
    public MatchLink retract(LinkSubject subject, long a, long b, String person) {
        return tx.run(h -> {
            MatchLink before = find(h, subject, a, b, true)
                    .orElseThrow(() -> new StateConflictException("no link between " + subject + " " + a + " and " + b));
            Instant now = Clocks.now(clock);
            h.createUpdate("""
                    UPDATE match_link SET status = 'RETRACTED', decided_by = :by, decided_at = :now WHERE id = :id""")
                    .bind("by", person).bind("now", Sql.at(now)).bind("id", before.id()).execute();
            MatchLink after = byId(h, before.id());
            AuditLog.write(h, now, person, "retract", ENTITY, before.id(), json(before), json(after));
            return after;
        });
    }

    public Optional<MatchLink> find(LinkSubject subject, long a, long b) {
        return tx.run(h -> find(h, subject, a, b, false));
    }

    /** Whether a person decided the two are different. */
    public boolean keptApart(LinkSubject subject, long a, long b) {
        return find(subject, a, b).map(MatchLink::keepsApart).orElse(false);
    }

    public Optional<MatchLink> find(long linkId) {
        return tx.run(h -> h.createQuery("SELECT * FROM match_link WHERE id = :id").bind("id", linkId)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /**
     * The model's "possibly the same" links awaiting a person, the most uncertain first (probability
     * nearest one half), so a reviewer's time goes where the model knows least.
     */
    public Page<MatchLink> awaitingReview(LinkSubject subject, long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("""
                    SELECT COUNT(*) FROM match_link
                    WHERE subject = :subject AND kind = 'POSSIBLY_SAME' AND status = 'INFERRED'""")
                    .bind("subject", subject.name()).mapTo(Long.class).one();
            List<MatchLink> items = h.createQuery("""
                    SELECT * FROM match_link
                    WHERE subject = :subject AND kind = 'POSSIBLY_SAME' AND status = 'INFERRED'
                    ORDER BY ABS(COALESCE(probability, 0.5) - 0.5), id LIMIT :limit OFFSET :offset""")
                    .bind("subject", subject.name()).bind("limit", limit).bind("offset", offset)
                    .map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, offset, limit, total);
        });
    }

    /** Every link that involves {@code id}. */
    public List<MatchLink> of(LinkSubject subject, long id) {
        return tx.run(h -> h.createQuery("""
                SELECT * FROM match_link WHERE subject = :subject AND (left_id = :id OR right_id = :id) ORDER BY id""")
                .bind("subject", subject.name()).bind("id", id).map((rs, ctx) -> map(rs)).list());
    }

    static MatchLink put(Handle h, LinkSubject subject, long a, long b, LinkKind kind, LinkStatus status,
            Double probability, String decidedBy, Instant now) {
        if (a == b) {
            throw new IllegalArgumentException("a link needs two different ends: " + a);
        }
        Optional<MatchLink> before = find(h, subject, a, b, true);
        long id;
        if (before.isPresent()) {
            id = before.get().id();
            h.createUpdate("""
                    UPDATE match_link SET kind = :kind, status = :status, probability = :p, decided_by = :by,
                           decided_at = :now WHERE id = :id""")
                    .bind("kind", kind.name()).bind("status", status.name()).bind("p", probability)
                    .bind("by", decidedBy).bind("now", Sql.at(now)).bind("id", id).execute();
        } else {
            id = h.createUpdate("""
                    INSERT INTO match_link (subject, left_id, right_id, kind, status, probability, decided_by, decided_at)
                    VALUES (:subject, :left, :right, :kind, :status, :p, :by, :now)""")
                    .bind("subject", subject.name()).bind("left", Math.min(a, b)).bind("right", Math.max(a, b))
                    .bind("kind", kind.name()).bind("status", status.name()).bind("p", probability)
                    .bind("by", decidedBy).bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        }
        MatchLink after = byId(h, id);
        AuditLog.write(h, now, decidedBy, status == LinkStatus.ASSERTED ? "decide" : "infer", ENTITY, id,
                before.map(Links::json).orElse(null), json(after));
        return after;
    }

    static Optional<MatchLink> find(Handle h, LinkSubject subject, long a, long b, boolean forUpdate) {
        return h.createQuery("SELECT * FROM match_link WHERE subject = :subject AND left_id = :left AND right_id = :right"
                        + (forUpdate ? " FOR UPDATE" : ""))
                .bind("subject", subject.name()).bind("left", Math.min(a, b)).bind("right", Math.max(a, b))
                .map((rs, ctx) -> map(rs)).findOne();
    }

    private static MatchLink byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM match_link WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).one();
    }

    private static MatchLink map(ResultSet rs) throws SQLException {
        double p = rs.getDouble("probability");
        Optional<Double> probability = rs.wasNull() ? Optional.empty() : Optional.of(p);
        return new MatchLink(rs.getLong("id"), LinkSubject.valueOf(rs.getString("subject")), rs.getLong("left_id"),
                rs.getLong("right_id"), LinkKind.valueOf(rs.getString("kind")), LinkStatus.valueOf(rs.getString("status")),
                probability, rs.getString("decided_by"), Sql.instant(rs, "decided_at"));
    }

    static ObjectNode json(MatchLink link) {
        ObjectNode node = Json.object();
        node.put("id", link.id());
        node.put("subject", link.subject().name());
        node.put("leftId", link.leftId());
        node.put("rightId", link.rightId());
        node.put("kind", link.kind().name());
        node.put("status", link.status().name());
        link.probability().ifPresent(p -> node.put("probability", p));
        node.put("decidedBy", link.decidedBy());
        node.put("decidedAt", link.decidedAt().toString());
        return node;
    }
}
