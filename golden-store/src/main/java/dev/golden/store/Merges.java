package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Reversible merges. A merge snapshots every golden record it touches and which source records
 * each held; unmerge puts the records, their values and their source records back as they were.
 */
public final class Merges {

    static final String ENTITY = "merge_event";

    private final Transactor tx;
    private final Clock clock;

    Merges(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /**
     * Folds {@code others} into {@code survivor}: their source records move to the survivor, they
     * become {@link CustomerStatus#MERGED}, and the survivor keeps its values and takes the
     * fields it lacks from the others, in the order given.
     *
     * @throws StateConflictException when a customer is not active, or a person decided that two
     *     of them are different
     */
    public MergeEvent merge(long survivorId, List<Long> otherIds, String actor) {
        return tx.run(h -> {
            List<Customer> customers = lockActive(h, survivorId, otherIds);
            Map<String, CustomerValue> values = new LinkedHashMap<>();
            for (Customer c : customers) {
                c.values().forEach(values::putIfAbsent);
            }
            return merge(h, customers, values, actor);
        });
    }

    /** {@link #merge(long, List, String)} with the survivor's values chosen by the caller. */
    public MergeEvent merge(long survivorId, List<Long> otherIds, Map<String, CustomerValue> survivorValues,
            String actor) {
        return tx.run(h -> merge(h, lockActive(h, survivorId, otherIds), survivorValues, actor));
    }

    /**
     * Undoes a merge: the survivor and the merged customers get back their status, values and
     * lineage as they were before it. Source records that arrived at the survivor after the merge
     * stay with it. Versions move on, so an edit based on the merged state is refused as stale.
     *
     * @param keepApart also record a person's "different" decision between the survivor and each
     *     restored customer, so that no automatic run merges them again
     * @return the restored customers, survivor first
     * @throws StateConflictException when the merge was undone already or later merges build on it
     */
    public List<Customer> unmerge(long mergeEventId, String actor, boolean keepApart) {
        return tx.run(h -> {
            MergeEvent event = h.createQuery("SELECT * FROM merge_event WHERE id = :id FOR UPDATE")
                    .bind("id", mergeEventId).map((rs, ctx) -> map(rs)).findOne()
                    .orElseThrow(() -> new EntityNotFoundException(ENTITY, mergeEventId));
            if (event.isUndone()) {
                throw new StateConflictException("merge " + mergeEventId + " was undone already");
            }
            long later = h.createQuery("""
                    SELECT COUNT(*) FROM merge_event WHERE survivor_id = :survivor AND id > :id AND undone_at IS NULL""")
                    .bind("survivor", event.survivorId()).bind("id", mergeEventId).mapTo(Long.class).one();
            if (later > 0) {
                throw new StateConflictException("customer " + event.survivorId()
                        + " took part in later merges: undo those first");
            }
            Customer survivor = Customers.lockAny(h, event.survivorId());
            if (!survivor.isActive()) {
                throw new StateConflictException("customer " + survivor.id() + " is " + survivor.status());
            }
            for (long id : event.mergedIds()) {
                Customer merged = Customers.lockAny(h, id);
                if (merged.status() != CustomerStatus.MERGED || !merged.mergedInto().equals(Optional.of(survivor.id()))) {
                    throw new StateConflictException("customer " + id + " is no longer merged into " + survivor.id());
                }
            }
            Instant now = Clocks.now(clock);
            JsonNode snapshot = Json.tree(h.createQuery("SELECT snapshot FROM merge_event WHERE id = :id")
                    .bind("id", mergeEventId).mapTo(String.class).one());
            List<Customer> restored = new ArrayList<>();
            for (JsonNode entry : snapshot.get("customers")) {
                restored.add(restore(h, entry, survivor.id(), now, actor));
            }
            h.createUpdate("UPDATE merge_event SET undone_by = :by, undone_at = :now WHERE id = :id")
                    .bind("by", actor).bind("now", Sql.at(now)).bind("id", mergeEventId).execute();
            AuditLog.write(h, now, actor, "unmerge", ENTITY, mergeEventId, json(event), json(byId(h, mergeEventId)));
            if (keepApart) {
                for (long id : event.mergedIds()) {
                    Links.put(h, LinkSubject.CUSTOMER, survivor.id(), id, LinkKind.DIFFERENT, LinkStatus.ASSERTED,
                            null, actor, now);
                }
            }
            return List.copyOf(restored);
        });
    }

    public Optional<MergeEvent> find(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM merge_event WHERE id = :id").bind("id", id)
                .map((rs, ctx) -> map(rs)).findOne());
    }

    /** Merges the customer survived, newest first. */
    public List<MergeEvent> ofSurvivor(long customerId) {
        return tx.run(h -> h.createQuery("SELECT * FROM merge_event WHERE survivor_id = :id ORDER BY id DESC")
                .bind("id", customerId).map((rs, ctx) -> map(rs)).list());
    }

    private MergeEvent merge(Handle h, List<Customer> customers, Map<String, CustomerValue> survivorValues,
            String actor) {
        Customer survivor = customers.get(0);
        List<Customer> others = customers.subList(1, customers.size());
        Instant now = Clocks.now(clock);

        ObjectNode snapshot = Json.object();
        ArrayNode snapshotCustomers = snapshot.putArray("customers");
        for (Customer c : customers) {
            ObjectNode entry = Customers.json(c);
            ArrayNode records = entry.putArray("sourceRecordIds");
            SourceRecords.idsOfCustomer(h, c.id()).forEach(records::add);
            snapshotCustomers.add(entry);
        }
        List<Long> otherIds = others.stream().map(Customer::id).toList();

        h.createUpdate("UPDATE source_record SET customer_id = :survivor WHERE customer_id IN (<others>)")
                .bind("survivor", survivor.id()).bindList("others", otherIds).execute();
        for (Customer other : others) {
            Customers.touch(h, other.id(), now);
            h.createUpdate("UPDATE customer SET status = 'MERGED', merged_into = :survivor WHERE id = :id")
                    .bind("survivor", survivor.id()).bind("id", other.id()).execute();
            AuditLog.write(h, now, actor, "merge", Customers.ENTITY, other.id(), Customers.json(other),
                    Customers.json(Customers.load(h, other.id())));
        }
        Customers.touch(h, survivor.id(), now);
        Customers.writeValues(h, survivor.id(), survivorValues);
        AuditLog.write(h, now, actor, "merge", Customers.ENTITY, survivor.id(), Customers.json(survivor),
                Customers.json(Customers.load(h, survivor.id())));

        long id = h.createUpdate("""
                INSERT INTO merge_event (survivor_id, merged_ids, snapshot, merged_by, merged_at)
                VALUES (:survivor, :merged, :snapshot, :by, :now)""")
                .bind("survivor", survivor.id()).bind("merged", Json.write(otherIds))
                .bind("snapshot", Json.write(snapshot)).bind("by", actor).bind("now", Sql.at(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        MergeEvent event = byId(h, id);
        AuditLog.write(h, now, actor, "merge", ENTITY, id, null, json(event));
        return event;
    }

    private static List<Customer> lockActive(Handle h, long survivorId, List<Long> otherIds) {
        LinkedHashSet<Long> ids = new LinkedHashSet<>();
        ids.add(survivorId);
        ids.addAll(otherIds);
        if (otherIds.isEmpty() || ids.size() != otherIds.size() + 1) {
            throw new IllegalArgumentException("a merge needs distinct customers other than the survivor " + survivorId
                    + ": " + otherIds);
        }
        List<Customer> customers = new ArrayList<>();
        for (long id : ids) {
            Customer c = Customers.lockAny(h, id);
            if (!c.isActive()) {
                throw new StateConflictException("customer " + id + " is " + c.status() + " and cannot be merged");
            }
            customers.add(c);
        }
        for (int i = 0; i < customers.size(); i++) {
            for (int j = i + 1; j < customers.size(); j++) {
                long a = customers.get(i).id();
                long b = customers.get(j).id();
                if (Links.find(h, LinkSubject.CUSTOMER, a, b, false).map(MatchLink::keepsApart).orElse(false)) {
                    throw new StateConflictException("a person decided customers " + a + " and " + b
                            + " are different; retract that decision before merging them");
                }
            }
        }
        return customers;
    }

    private static Customer restore(Handle h, JsonNode entry, long survivorId, Instant now, String actor) {
        long id = entry.get("id").asLong();
        Customer before = Customers.load(h, id);
        Customers.touch(h, id, now);
        h.createUpdate("UPDATE customer SET status = :status, merged_into = :mergedInto WHERE id = :id")
                .bind("status", entry.get("status").asText())
                .bind("mergedInto", entry.has("mergedInto") ? entry.get("mergedInto").asLong() : null)
                .bind("id", id).execute();
        Customers.writeValues(h, id, Customers.valuesFromJson(entry.get("values")));
        if (id != survivorId) {
            List<Long> records = new ArrayList<>();
            entry.get("sourceRecordIds").forEach(r -> records.add(r.asLong()));
            if (!records.isEmpty()) {
                h.createUpdate("""
                        UPDATE source_record SET customer_id = :id WHERE id IN (<records>) AND customer_id = :survivor""")
                        .bind("id", id).bindList("records", records).bind("survivor", survivorId).execute();
            }
        }
        Customer after = Customers.load(h, id);
        AuditLog.write(h, now, actor, "unmerge", Customers.ENTITY, id, Customers.json(before), Customers.json(after));
        return after;
    }

    private static MergeEvent byId(Handle h, long id) {
        return h.createQuery("SELECT * FROM merge_event WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).one();
    }

    private static MergeEvent map(ResultSet rs) throws SQLException {
        List<Long> merged = new ArrayList<>();
        Json.tree(rs.getString("merged_ids")).forEach(n -> merged.add(n.asLong()));
        return new MergeEvent(rs.getLong("id"), rs.getLong("survivor_id"), merged, rs.getString("merged_by"),
                Sql.instant(rs, "merged_at"), Sql.optionalString(rs, "undone_by"), Sql.optionalInstant(rs, "undone_at"));
    }

    private static ObjectNode json(MergeEvent e) {
        ObjectNode node = Json.object();
        node.put("id", e.id());
        node.put("survivorId", e.survivorId());
        ArrayNode merged = node.putArray("mergedIds");
        e.mergedIds().forEach(merged::add);
        node.put("mergedBy", e.mergedBy());
        node.put("mergedAt", e.mergedAt().toString());
        e.undoneBy().ifPresent(b -> node.put("undoneBy", b));
        e.undoneAt().ifPresent(t -> node.put("undoneAt", t.toString()));
        return node;
    }
}
