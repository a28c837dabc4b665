package dev.golden.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * H2 keeps an identity column's next value in its catalogue and, by default, writes it there
 * every 32 values; with {@code WRITE_DELAY=0} each such write stores every changed page of the
 * database at once, in the middle of the transaction that took the value. Entering a customer
 * takes four identity values (customer, source record, two audit entries), so a group commit
 * paid for about one extra store of the whole database every eight customers. A cache of
 * {@value #CACHE} values makes that rare. A process that dies skips the rest of its cached
 * values: ids get a gap, never a repeat. PostgreSQL's sequences are left as they are. (The
 * class name follows Flyway's convention for versioned migrations.)
 */
final class V5__H2IdentityCaches extends H2OnlyMigration {

    static final int CACHE = 1024;
    /** The tables whose ids entries and imports take, several per customer. */
    static final List<String> TABLES = List.of("customer", "source_record", "audit_log", "match_link");

    @Override
    public String getDescription() {
        return "larger identity caches on H2";
    }

    @Override
    public Integer getChecksum() {
        return 5;
    }

    @Override
    void migrateH2(Connection connection, Statement statement) throws SQLException {
        for (String table : TABLES) {
            statement.execute("ALTER TABLE " + table + " ALTER COLUMN id SET CACHE " + CACHE);
        }
    }
}
