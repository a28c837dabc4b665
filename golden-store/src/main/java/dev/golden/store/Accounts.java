package dev.golden.store;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Accounts in their hierarchy, and their contacts. A parent is set when an account is created
 * and never changes, so the hierarchy cannot form a cycle.
 */
public final class Accounts {

    static final String ENTITY = "account";
    static final String CONTACT = "contact";

    /** The accounts at or under {@code :id} with their depth below it, for a query to join. */
    private static final String SUBTREE = """
            WITH RECURSIVE subtree (id, depth) AS (
                SELECT id, 0 FROM account WHERE id = :id
                UNION ALL
                SELECT a.id, s.depth + 1 FROM account a JOIN subtree s ON a.parent_account_id = s.id)
            """;

    private final Transactor tx;
    private final Clock clock;

    Accounts(Transactor tx, Clock clock) {
        this.tx = tx;
        this.clock = clock;
    }

    public Account create(String name, String actor) {
        return tx.run(h -> insert(h, name, null, actor));
    }

    /** An account under {@code parentId}, e.g. a branch plant of a factory. */
    public Account createUnder(long parentId, String name, String actor) {
        return tx.run(h -> {
            account(h, parentId).orElseThrow(() -> new EntityNotFoundException(ENTITY, parentId));
            return insert(h, name, parentId, actor);
        });
    }

    public Optional<Account> find(long id) {
        return tx.run(h -> account(h, id));
    }

    public List<Account> children(long id) {
        return tx.run(h -> h.createQuery("SELECT * FROM account WHERE parent_account_id = :id ORDER BY id")
                .bind("id", id).map((rs, ctx) -> map(rs)).list());
    }

    /** The account and its parents up to the top, nearest first. */
    public List<Account> lineage(long id) {
        return tx.run(h -> {
            List<Account> chain = new ArrayList<>();
            Optional<Account> next = account(h, id);
            while (next.isPresent()) {
                chain.add(next.get());
                next = next.get().parentId().flatMap(parent -> account(h, parent));
            }
            return chain;
        });
    }

    /**
     * The account and every account under it, level by level (a parent before its branches),
     * each level in id order. Pass the top of a {@link #lineage} for the whole hierarchy.
     */
    public List<Account> subtree(long id) {
        return tx.run(h -> h.createQuery(SUBTREE + """
                SELECT account.* FROM account JOIN subtree ON account.id = subtree.id
                ORDER BY subtree.depth, account.id""")
                .bind("id", id).map((rs, ctx) -> map(rs)).list());
    }

    /** At most {@code limit} contacts at the account and at the accounts under it, in id order. */
    public List<Contact> contactsUnder(long id, int limit) {
        return tx.run(h -> h.createQuery(SUBTREE + """
                SELECT contact.* FROM contact JOIN subtree ON contact.account_id = subtree.id
                ORDER BY contact.id FETCH FIRST :limit ROWS ONLY""")
                .bind("id", id).bind("limit", limit).map((rs, ctx) -> mapContact(rs)).list());
    }

    /**
     * The person's contacts: those linked to the customer, and those linked to customers merged
     * into it (a merge leaves contacts where they are; undoing it shows them apart again).
     */
    public List<Contact> contactsOfCustomer(long customerId) {
        return tx.run(h -> h.createQuery("""
                SELECT * FROM contact WHERE customer_id = :id
                   OR customer_id IN (SELECT id FROM customer WHERE merged_into = :id)
                ORDER BY id""")
                .bind("id", customerId).map((rs, ctx) -> mapContact(rs)).list());
    }

    /** A contact at the account; a blank job title means none. */
    public Contact addContact(long accountId, String name, String jobTitle, String actor) {
        return tx.run(h -> {
            account(h, accountId).orElseThrow(() -> new EntityNotFoundException(ENTITY, accountId));
            Instant now = Clocks.now(clock);
            long id = h.createUpdate("""
                    INSERT INTO contact (account_id, name, job_title, created_at) VALUES (:account, :name, :title, :now)""")
                    .bind("account", accountId).bind("name", name).bind("title", Sql.text(jobTitle).orElse(null))
                    .bind("now", Sql.at(now)).executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Contact contact = contact(h, id);
            AuditLog.write(h, now, actor, "create", CONTACT, id, null, json(contact));
            return contact;
        });
    }

    /** Links the contact to the person's golden record. */
    public Contact linkContact(long contactId, long customerId, String actor) {
        return tx.run(h -> {
            Contact before = contact(h, contactId);
            Customers.load(h, customerId);
            Instant now = Clocks.now(clock);
            h.createUpdate("UPDATE contact SET customer_id = :customer WHERE id = :id")
                    .bind("customer", customerId).bind("id", contactId).execute();
            Contact after = contact(h, contactId);
            AuditLog.write(h, now, actor, "link", CONTACT, contactId, json(before), json(after));
            return after;
        });
    }

    public List<Contact> contacts(long accountId) {
        return tx.run(h -> h.createQuery("SELECT * FROM contact WHERE account_id = :id ORDER BY id")
                .bind("id", accountId).map((rs, ctx) -> mapContact(rs)).list());
    }

    private Account insert(Handle h, String name, Long parentId, String actor) {
        Instant now = Clocks.now(clock);
        long id = h.createUpdate("INSERT INTO account (name, parent_account_id, created_at) VALUES (:name, :parent, :now)")
                .bind("name", name).bind("parent", parentId).bind("now", Sql.at(now))
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        Account account = account(h, id).orElseThrow();
        ObjectNode after = Json.object();
        after.put("id", id);
        after.put("name", name);
        account.parentId().ifPresent(p -> after.put("parentId", p));
        AuditLog.write(h, now, actor, "create", ENTITY, id, null, after);
        return account;
    }

    private static Optional<Account> account(Handle h, long id) {
        return h.createQuery("SELECT * FROM account WHERE id = :id").bind("id", id).map((rs, ctx) -> map(rs)).findOne();
    }

    private static Contact contact(Handle h, long id) {
        return h.createQuery("SELECT * FROM contact WHERE id = :id").bind("id", id).map((rs, ctx) -> mapContact(rs))
                .findOne().orElseThrow(() -> new EntityNotFoundException(CONTACT, id));
    }

    private static Account map(ResultSet rs) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("name"), Sql.optionalLong(rs, "parent_account_id"),
                Sql.instant(rs, "created_at"));
    }

    private static Contact mapContact(ResultSet rs) throws SQLException {
        return new Contact(rs.getLong("id"), rs.getLong("account_id"), Sql.optionalLong(rs, "customer_id"),
                rs.getString("name"), Sql.optionalString(rs, "job_title"), Sql.instant(rs, "created_at"));
    }

    private static ObjectNode json(Contact c) {
        ObjectNode node = Json.object();
        node.put("id", c.id());
        node.put("accountId", c.accountId());
        c.customerId().ifPresent(v -> node.put("customerId", v));
        node.put("name", c.name());
        c.jobTitle().ifPresent(v -> node.put("jobTitle", v));
        return node;
    }
}
