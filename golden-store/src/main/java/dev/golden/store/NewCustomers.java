package dev.golden.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Records entered one at a time (by a person or a system) that become new customers: each its
 * source record, its golden record with the record's values, and their audit entries, all in the
 * caller's transaction. Made for many entries per transaction (a group commit): a handful of
 * prepared statements per entry plus one JDBC batch of values and one of audit entries for all,
 * instead of the dozen statements the general repositories would run per entry.
 */
public final class NewCustomers {

    /**
     * A record to become a new customer.
     *
     * @param record the record as received; its source is who entered it
     * @param keptApartFrom customers the person was shown and said this one is not
     * @param actor who entered it
     */
    public record Entry(IncomingRecord record, List<Long> keptApartFrom, String actor) {
        public Entry {
            Objects.requireNonNull(record, "record");
            keptApartFrom = List.copyOf(keptApartFrom);
            Objects.requireNonNull(actor, "actor");
        }
    }

    /** What an entry became: the customer and its source record, as a read would return them. */
    public record Created(Customer customer, SourceRecord record) {}

    private final Transactor tx;
    private final Clock clock;

    NewCustomers(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    /** Creates a customer for each entry, in order, in one transaction. */
    public List<Created> createAll(List<Entry> entries) {
        return tx.run(h -> {
            try {
                return write(h, entries);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create " + entries.size() + " customers: " + e.getMessage(), e);
            }
        });
    }

    private List<Created> write(Handle h, List<Entry> entries) throws SQLException {
        Instant now = Clocks.now(clock);
        Connection connection = h.getConnection();
        List<Created> created = new ArrayList<>(entries.size());
        Set<String> taken = new HashSet<>();
        try (PreparedStatement known = connection.prepareStatement(
                     "SELECT 1 FROM source_record WHERE source_system = ? AND source_id = ?");
             PreparedStatement customer = connection.prepareStatement("""
                     INSERT INTO customer (status, created_at, updated_at, version) VALUES ('ACTIVE', ?, ?, 1)""",
                     new String[] {"id"});
             PreparedStatement record = connection.prepareStatement("""
                     INSERT INTO source_record (source_system, source_id, received_at, raw_values, standard_values,
                                                customer_id, version)
                     VALUES (?, ?, ?, ?, ?, ?, 1)""", new String[] {"id"});
             PreparedStatement values = connection.prepareStatement("""
                     INSERT INTO customer_values (customer_id, field_values, oldest_verified_at) VALUES (?, ?, ?)""");
             PreparedStatement audit = connection.prepareStatement("""
                     INSERT INTO audit_log (at, actor, action, entity_type, entity_id, before_json, after_json)
                     VALUES (?, ?, ?, ?, ?, NULL, ?)""")) {
            for (Entry entry : entries) {
                IncomingRecord in = entry.record();
                if (!taken.add(in.source() + '\u0000' + in.sourceId()) || exists(known, in)) {
                    // The source already sent this id: it is received again, which updates it.
                    created.add(recreate(h, entry));
                    continue;
                }
                long customerId = insertCustomer(customer, now);
                long recordId = insertRecord(record, in, customerId, now);
                SourceRecord kept = new SourceRecord(recordId, in.source(), in.sourceId(), now, in.rawValues(),
                        in.standardizedValues(), Optional.of(customerId), 1);
                Map<String, CustomerValue> stored = new LinkedHashMap<>();
                new TreeMap<>(in.standardizedValues()).forEach((field, value) ->
                        stored.put(field, CustomerValue.fromRecord(value, recordId, now)));
                addValues(values, customerId, stored, now);
                Customer golden = new Customer(customerId, CustomerStatus.ACTIVE, Optional.empty(), stored, now, now, 1);
                addAudit(audit, now, entry.actor(), "receive", SourceRecords.ENTITY, recordId,
                        Json.write(SourceRecords.json(kept)));
                addAudit(audit, now, entry.actor(), "create", Customers.ENTITY, customerId,
                        Json.write(Customers.json(golden)));
                created.add(new Created(golden, kept));
            }
            values.executeBatch();
            audit.executeBatch();
        }
        keepApart(h, entries, created);
        return created;
    }

    private static boolean exists(PreparedStatement known, IncomingRecord in) throws SQLException {
        known.setString(1, in.source());
        known.setString(2, in.sourceId());
        try (ResultSet rs = known.executeQuery()) {
            return rs.next();
        }
    }

    /** The general way, statement by statement, for a record whose source id the store already has. */
    private Created recreate(Handle h, Entry entry) {
        Repositories repos = new BoundRepositories(Transactor.bound(h), clock);
        SourceRecord record = repos.sourceRecords().receive(entry.record(), entry.actor()).record();
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        entry.record().standardizedValues().forEach((field, value) ->
                values.put(field, CustomerValue.fromRecord(value, record.id(), record.receivedAt())));
        Customer customer = repos.customers().create(values, entry.actor());
        return new Created(customer, repos.sourceRecords().attach(record.id(), customer.id(), entry.actor()));
    }

    private void keepApart(Handle h, List<Entry> entries, List<Created> created) {
        Links links = new Links(Transactor.bound(h), clock);
        for (int i = 0; i < entries.size(); i++) {
            long id = created.get(i).customer().id();
            for (long other : entries.get(i).keptApartFrom()) {
                links.decide(LinkSubject.CUSTOMER, id, other, LinkKind.DIFFERENT, entries.get(i).actor());
            }
        }
    }

    private static long insertCustomer(PreparedStatement customer, Instant now) throws SQLException {
        setTime(customer, 1, now);
        setTime(customer, 2, now);
        customer.executeUpdate();
        return generatedId(customer);
    }

    private static long insertRecord(PreparedStatement record, IncomingRecord in, long customerId, Instant now)
            throws SQLException {
        record.setString(1, in.source());
        record.setString(2, in.sourceId());
        setTime(record, 3, now);
        record.setString(4, Json.write(in.rawValues()));
        record.setString(5, Json.write(in.standardizedValues()));
        record.setLong(6, customerId);
        record.executeUpdate();
        return generatedId(record);
    }

    private static void addValues(PreparedStatement values, long customerId, Map<String, CustomerValue> stored,
            Instant verifiedAt) throws SQLException {
        if (stored.isEmpty()) {
            return;
        }
        values.setLong(1, customerId);
        values.setString(2, PackedValues.write(stored));
        setTime(values, 3, verifiedAt);
        values.addBatch();
    }

    private static void addAudit(PreparedStatement audit, Instant at, String actor, String action, String entityType,
            long entityId, String after) throws SQLException {
        setTime(audit, 1, at);
        audit.setString(2, actor);
        audit.setString(3, action);
        audit.setString(4, entityType);
        audit.setString(5, Long.toString(entityId));
        audit.setString(6, after);
        audit.addBatch();
    }

    private static void setTime(PreparedStatement statement, int index, Instant at) throws SQLException {
        statement.setObject(index, at.atOffset(ZoneOffset.UTC), Types.TIMESTAMP_WITH_TIMEZONE);
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new IllegalStateException("the database returned no generated id");
            }
            return keys.getLong(1);
        }
    }
}
