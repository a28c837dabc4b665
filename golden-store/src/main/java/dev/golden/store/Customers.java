package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/** Golden records, with optimistic locking on every change. */
public final class Customers {

    static final String ENTITY = "customer";

    private final Transactor tx;
    private final Clock clock;

    Customers(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Customer create(Map<String, CustomerValue> values, String actor) {
        return tx.run(h -> {
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO customer (status, created_at, updated_at, version)
                    VALUES ('ACTIVE', :now, :now, 1)""")
                    .bind("now", Sql.at(now))
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            insertValues(h, id, values);
            // Built from what was written rather than read back: the values as a read returns
            // them (by field name, at the database's microsecond precision).
            Map<String, CustomerValue> stored = new LinkedHashMap<>();
            new TreeMap<>(values).forEach((field, v) -> stored.put(field, new CustomerValue(v.value(),
                    v.sourceRecordId(), v.verifiedAt().map(at -> at.truncatedTo(ChronoUnit.MICROS)))));
            Customer created = new Customer(id, CustomerStatus.ACTIVE, Optional.empty(), stored, now, now, 1);
            AuditLog.write(h, now, actor, "create", ENTITY, id, null, json(created));
            return created;
        });
    }

    public Optional<Customer> find(long id) {
        return tx.run(h -> find(h, id));
    }

    /**
     * The customers with these ids that exist, in the order asked: two queries for all of them
     * (e.g. the candidates of a duplicate check) instead of two per customer.
     */
    public List<Customer> findAll(List<Long> ids) {
        return ids.isEmpty() ? List.of() : tx.run(h -> loadAll(h, ids));
    }

    /**
     * Replaces the customer's values.
     *
     * @throws StaleVersionException when the customer is no longer at {@code expectedVersion}
     * @throws EntityNotFoundException when there is no such customer
     */
    public Customer update(long id, long expectedVersion, Map<String, CustomerValue> values, String actor) {
        return tx.run(h -> {
            Customer before = lock(h, id, expectedVersion);
            if (!before.isActive()) {
                throw new StateConflictException("customer " + id + " is " + before.status() + " and cannot be edited");
            }
            Instant now = Clocks.now(clock);
            touch(h, id, now);
            writeValues(h, id, values);
            Customer after = load(h, id);
            AuditLog.write(h, now, actor, "update", ENTITY, id, json(before), json(after));
            return after;
        });
    }

    /** Records that a person confirmed the field's current value today. */
    public Customer verify(long id, long expectedVersion, String field, String actor) {
        return tx.run(h -> {
            Customer before = lock(h, id, expectedVersion);
            if (!before.values().containsKey(field)) {
                throw new StateConflictException("customer " + id + " has no " + field + " to verify");
            }
            Instant now = Clocks.now(clock);
            touch(h, id, now);
            Map<String, CustomerValue> values = new LinkedHashMap<>(before.values());
            values.put(field, values.get(field).verifiedAt(now));
            writeValues(h, id, values);
            Customer after = load(h, id);
            AuditLog.write(h, now, actor, "verify", ENTITY, id, json(before), json(after));
            return after;
        });
    }

    public Customer retire(long id, long expectedVersion, String actor) {
        return tx.run(h -> {
            Customer before = lock(h, id, expectedVersion);
            if (!before.isActive()) {
                throw new StateConflictException("customer " + id + " is " + before.status());
            }
            Instant now = Clocks.now(clock);
            touch(h, id, now);
            h.createUpdate("UPDATE customer SET status = 'RETIRED' WHERE id = :id").bind("id", id).execute();
            Customer after = load(h, id);
            AuditLog.write(h, now, actor, "retire", ENTITY, id, json(before), json(after));
            return after;
        });
    }

    /** Active customers in id order. */
    public Page<Customer> active(long offset, int limit) {
        Page.check(offset, limit);
        return tx.run(h -> {
            long total = h.createQuery("SELECT COUNT(*) FROM customer WHERE status = 'ACTIVE'").mapTo(Long.class).one();
            List<Long> ids = h.createQuery("""
                    SELECT id FROM customer WHERE status = 'ACTIVE' ORDER BY id LIMIT :limit OFFSET :offset""")
                    .bind("limit", limit).bind("offset", offset).mapTo(Long.class).list();
            return new Page<>(loadAll(h, ids), offset, limit, total);
        });
    }

    /**
     * Up to {@code limit} active customers with ids above {@code afterId}, in id order: a walk
     * over all customers (e.g. to rebuild an index) that stays fast however far it has gone.
     */
    public List<Customer> activeAfter(long afterId, int limit) {
        Page.check(0, limit);
        return tx.run(h -> loadRange(h, h.createQuery("""
                SELECT id FROM customer WHERE status = 'ACTIVE' AND id > :after ORDER BY id LIMIT :limit""")
                .bind("after", afterId).bind("limit", limit).mapTo(Long.class).list()));
    }

    /**
     * {@link #loadAll} for ids in ascending order, as a page of a walk through the table: the values
     * are read as one range of the primary key rather than looked up one id at a time.
     */
    private static List<Customer> loadRange(Handle h, List<Long> ascendingIds) {
        if (ascendingIds.isEmpty()) {
            return List.of();
        }
        long first = ascendingIds.get(0);
        long last = ascendingIds.get(ascendingIds.size() - 1);
        Map<Long, Map<String, CustomerValue>> values = new HashMap<>();
        h.createQuery("""
                SELECT customer_id, field_values FROM customer_values WHERE customer_id BETWEEN :first AND :last""")
                .bind("first", first).bind("last", last)
                .map((rs, ctx) -> valueRow(rs))
                .forEach(row -> values.put(row.customerId(), row.values()));
        List<Customer> customers = new ArrayList<>(ascendingIds.size());
        h.createQuery("SELECT * FROM customer WHERE id BETWEEN :first AND :last AND status = 'ACTIVE' ORDER BY id")
                .bind("first", first).bind("last", last)
                .map((rs, ctx) -> customer(rs, values.getOrDefault(rs.getLong("id"), Map.of())))
                .forEach(customers::add);
        return customers;
    }

    private static Customer customer(ResultSet rs, Map<String, CustomerValue> values) throws SQLException {
        return new Customer(rs.getLong("id"), CustomerStatus.valueOf(rs.getString("status")),
                Sql.optionalLong(rs, "merged_into"), values, Sql.instant(rs, "created_at"),
                Sql.instant(rs, "updated_at"), rs.getLong("version"));
    }

    public long countActive() {
        return tx.run(h -> h.createQuery("SELECT COUNT(*) FROM customer WHERE status = 'ACTIVE'")
                .mapTo(Long.class).one());
    }

    /**
     * Values of active customers last verified before {@code cutoff} or never, the oldest first
     * (never verified before all). Reads only the customers whose least recently verified value
     * is older than the cutoff, or that have a value never verified.
     */
    public List<StaleValue> stale(String field, Instant cutoff, int limit) {
        Page.check(0, limit);
        return tx.run(h -> {
            List<StaleValue> found = new ArrayList<>();
            // Left joins, which H2 keeps in this order: inner ones it starts from all active customers.
            h.createQuery("""
                    SELECT v.customer_id, v.field_values
                    FROM customer_values v LEFT JOIN customer c ON c.id = v.customer_id
                    WHERE c.status = 'ACTIVE' AND v.oldest_verified_at < :cutoff
                    UNION ALL
                    SELECT v.customer_id, v.field_values
                    FROM customer_values v LEFT JOIN customer c ON c.id = v.customer_id
                    WHERE c.status = 'ACTIVE' AND v.oldest_verified_at IS NULL""")
                    .bind("cutoff", Sql.at(cutoff))
                    .map((rs, ctx) -> valueRow(rs))
                    .forEach(row -> {
                        CustomerValue v = row.values().get(field);
                        if (v != null && v.verifiedAt().map(at -> at.isBefore(cutoff)).orElse(true)) {
                            found.add(new StaleValue(row.customerId(), field, v.value(), v.verifiedAt()));
                        }
                    });
            found.sort(OLDEST_FIRST);
            return List.copyOf(found.subList(0, Math.min(limit, found.size())));
        });
    }

    private static final Comparator<StaleValue> OLDEST_FIRST = Comparator
            .comparing((StaleValue v) -> v.verifiedAt().orElse(Instant.MIN))
            .thenComparingLong(StaleValue::customerId);

    // ---- shared with the other repositories, on the caller's transaction ----

    static Optional<Customer> find(Handle h, long id) {
        List<Customer> found = loadAll(h, List.of(id));
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    static Customer load(Handle h, long id) {
        return find(h, id).orElseThrow(() -> new EntityNotFoundException(ENTITY, id));
    }

    /** Locks the customer's row for this transaction and checks the caller saw its latest version. */
    static Customer lock(Handle h, long id, long expectedVersion) {
        Optional<Long> version = h.createQuery("SELECT version FROM customer WHERE id = :id FOR UPDATE")
                .bind("id", id).mapTo(Long.class).findOne();
        if (version.isEmpty()) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        if (version.get() != expectedVersion) {
            throw new StaleVersionException(ENTITY, id, expectedVersion, version.get());
        }
        return load(h, id);
    }

    /** Locks the customer's row for this transaction, whatever its version. */
    static Customer lockAny(Handle h, long id) {
        h.createQuery("SELECT id FROM customer WHERE id = :id FOR UPDATE").bind("id", id).mapTo(Long.class).findOne()
                .orElseThrow(() -> new EntityNotFoundException(ENTITY, id));
        return load(h, id);
    }

    static void touch(Handle h, long id, Instant now) {
        h.createUpdate("UPDATE customer SET updated_at = :now, version = version + 1 WHERE id = :id")
                .bind("now", Sql.at(now)).bind("id", id).execute();
    }

    static void writeValues(Handle h, long id, Map<String, CustomerValue> values) {
        h.createUpdate("DELETE FROM customer_values WHERE customer_id = :id").bind("id", id).execute();
        insertValues(h, id, values);
    }

    private static void insertValues(Handle h, long id, Map<String, CustomerValue> values) {
        if (values.isEmpty()) {
            return;
        }
        h.createUpdate("""
                INSERT INTO customer_values (customer_id, field_values, oldest_verified_at)
                VALUES (:id, :values, :oldest)""")
                .bind("id", id).bind("values", PackedValues.write(new TreeMap<>(values)))
                .bind("oldest", Sql.at(PackedValues.oldestVerified(values)))
                .execute();
    }

    /** A customer's row and its packed values, by id: one statement whatever the number of ids. */
    private static final String LOAD_ALL = """
            SELECT c.id, c.status, c.merged_into, c.created_at, c.updated_at, c.version, v.field_values
            FROM customer c LEFT JOIN customer_values v ON v.customer_id = c.id
            WHERE c.id = ANY(?)""";

    /**
     * The customers with these ids that exist, in the order asked. One prepared statement of a
     * fixed text (the ids bound as one array) straight on the connection: it runs for every duplicate
     * check that finds candidates, where two statements per call through Jdbi cost more than the
     * reading itself.
     */
    static List<Customer> loadAll(Handle h, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Connection connection = h.getConnection();
        Map<Long, Customer> byId = new HashMap<>();
        try (PreparedStatement load = connection.prepareStatement(LOAD_ALL)) {
            load.setArray(1, connection.createArrayOf("bigint", ids.toArray()));
            try (ResultSet rs = load.executeQuery()) {
                while (rs.next()) {
                    String packed = rs.getString("field_values");
                    Customer c = customer(rs, packed == null ? Map.of() : PackedValues.read(packed));
                    byId.put(c.id(), c);
                }
            }
        } catch (SQLException e) {
            throw new StoreException("could not read customers " + ids + ": " + e.getMessage(), e);
        }
        List<Customer> ordered = new ArrayList<>(ids.size());
        for (long id : ids) {
            Customer c = byId.get(id);
            if (c != null) {
                ordered.add(c);
            }
        }
        return ordered;
    }

    private record ValueRow(long customerId, Map<String, CustomerValue> values) {
    }

    private static ValueRow valueRow(ResultSet rs) throws SQLException {
        return new ValueRow(rs.getLong("customer_id"), PackedValues.read(rs.getString("field_values")));
    }

    static ObjectNode json(Customer c) {
        ObjectNode node = Json.object();
        node.put("id", c.id());
        node.put("status", c.status().name());
        c.mergedInto().ifPresent(m -> node.put("mergedInto", m));
        node.put("createdAt", c.createdAt().toString());
        node.put("updatedAt", c.updatedAt().toString());
        node.put("version", c.version());
        node.set("values", valuesJson(c.values()));
        return node;
    }

    static ObjectNode valuesJson(Map<String, CustomerValue> values) {
        ObjectNode node = Json.object();
        values.forEach((field, v) -> {
            ObjectNode value = node.putObject(field);
            value.put("value", v.value());
            v.sourceRecordId().ifPresent(s -> value.put("sourceRecordId", s));
            v.verifiedAt().ifPresent(t -> value.put("verifiedAt", t.toString()));
        });
        return node;
    }

    static Map<String, CustomerValue> valuesFromJson(JsonNode node) {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            JsonNode v = e.getValue();
            values.put(e.getKey(), new CustomerValue(v.get("value").asText(),
                    v.has("sourceRecordId") ? Optional.of(v.get("sourceRecordId").asLong()) : Optional.empty(),
                    v.has("verifiedAt") ? Optional.of(Instant.parse(v.get("verifiedAt").asText())) : Optional.empty()));
        });
        return values;
    }
}
