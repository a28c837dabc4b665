package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Governed changes: requested, then approved (and applied) or rejected, once. */
public final class ChangeRequests {

    static final String ENTITY = "change_request";

    private final Transactor tx;
    private final Clock clock;

    ChangeRequests(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Asks for {@code field} of the customer to become {@code newValue}; nothing changes yet. */
    public ChangeRequest request(long customerId, String field, String newValue, String requestedBy) {
        return tx.run(h -> {
            Customer customer = Customers.load(h, customerId);
            if (!customer.isActive()) {
                throw new StateConflictException("customer " + customerId + " is " + customer.status());
            }
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO change_request (customer_id, field_name, old_value, new_value, requested_by,
                                                requested_at, status)
                    VALUES (:customer, :field, :old, :new, :by, :now, 'PENDING')""")
                    .bind("customer", customerId).bind("field", field)
                    .bind("old", customer.value(field).orElse(null)).bind("new", newValue)
                    .bind("by", requestedBy).bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            ChangeRequest created = byId(h, id);
            AuditLog.write(h, now, requestedBy, "request", ENTITY, id, null, json(created));
            return created;
        });
    }

    /**
     * Approves the request and applies it to the customer, in one transaction.
     *
     * @throws StateConflictException when it was decided already, or the field no longer holds
     *     the value the request was based on (someone changed it meanwhile)
     */
    public ChangeRequest approve(long id, String approver, String comment) {
        return tx.run(h -> {
            ChangeRequest before = pending(h, id);
            Customer locked = Customers.lockAny(h, before.customerId());
            if (!locked.value(before.field()).equals(before.oldValue())) {
                throw new StateConflictException("customer " + locked.id() + "'s " + before.field()
                        + " changed since the request was made");
            }
            Instant now = Clocks.now(clock);
            Map<String, CustomerValue> values = new LinkedHashMap<>(locked.values());
            values.put(before.field(), CustomerValue.of(before.newValue()).verifiedAt(now));
            Customers.touch(h, locked.id(), now);
            Customers.writeValues(h, locked.id(), values);
            AuditLog.write(h, now, approver, "apply change request " + id, Customers.ENTITY, locked.id(),
                    Customers.json(locked), Customers.json(Customers.load(h, locked.id())));
            return decide(h, before, ChangeStatus.APPROVED, approver, comment, now);
        });
    }

    public ChangeRequest reject(long id, String approver, String comment) {
        return tx.run(h -> decide(h, pending(h, id), ChangeStatus.REJECTED, approver, comment, Clocks.now(clock)));
    }

    public Optional<ChangeRequest> find(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM change_request WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Requests awaiting a decision, oldest first. */
    public Page<ChangeRequest> pending(long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM change_request WHERE status = 'PENDING'")
                    .mapTo(Long.class).one();
            List<ChangeRequest> items = h.createQuery("""
                    SELECT * FROM change_request WHERE status = 'PENDING' ORDER BY id LIMIT :limit OFFSET :offset""")
                    .bind("limit", limit).bind("offset", offset).map((rs, ctx) -> map(rs)).list();
            return new Page<>(items, offset, limit, total);
        });
    }

    public List<ChangeRequest> ofCustomer(long customerId) {
        return tx.run(h -> h.createQuery("SELECT * FROM change_request WHERE customer_id = :id ORDER BY id")
                .bind("id", customerId).map((rs, ctx) -> map(rs)).list());
    }

    private static ChangeRequest pending(Handle h, long id) {
        ChangeRequest request = h.createQuery("SELECT * FROM change_request WHERE id = :id FOR UPDATE").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne()
                .orElseThrow(() -> new EntityNotFoundException(ENTITY, id));
        if (request.status() != ChangeStatus.PENDING) {
            throw new StateConflictException("change request " + id + " is " + request.status() + " already");
        }
        return request;
    }

    private static ChangeRequest decide(Handle h, ChangeRequest before, ChangeStatus status, String approver,
            String comment, Instant now) {
        h.createUpdate("""
                UPDATE change_request SET status = :status, decided_by = :by, decided_at = :now,
                       decision_comment = :comment WHERE id = :id""")
                .bind("status", status.name()).bind("by", approver).bind("now", Sql.at(now))
                .bind("comment", Sql.text(comment).orElse(null)).bind("id", before.id()).execute();
        ChangeRequest after = byId(h, before.id());
        AuditLog.write(h, now, approver, status == ChangeStatus.APPROVED ? "approve" : "reject", ENTITY, before.id(),
                json(before), json(after));
        return after;
    }

    private static ChangeRequest byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM change_request WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).one();
    }

    private static ChangeRequest map(ResultSet rs) throws SQLException {
        return new ChangeRequest(rs.getLong("id"), rs.getLong("customer_id"), rs.getString("field_name"),
                Sql.optionalString(rs, "old_value"), rs.getString("new_value"), rs.getString("requested_by"),
                Sql.instant(rs, "requested_at"), ChangeStatus.valueOf(rs.getString("status")),
                Sql.optionalString(rs, "decided_by"), Sql.optionalInstant(rs, "decided_at"),
                Sql.optionalString(rs, "decision_comment"));
    }

    private static ObjectNode json(ChangeRequest r) {
        ObjectNode node = Json.object();
        node.put("id", r.id());
        node.put("customerId", r.customerId());
        node.put("field", r.field());
        r.oldValue().ifPresent(v -> node.put("oldValue", v));
        node.put("newValue", r.newValue());
        node.put("requestedBy", r.requestedBy());
        node.put("status", r.status().name());
        r.decidedBy().ifPresent(v -> node.put("decidedBy", v));
        r.comment().ifPresent(v -> node.put("comment", v));
        return node;
    }
}
