package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName("H2 identity values: cached, so a group commit does not store the database again every 32 ids")
class H2IdentityCacheTest {

    @Test
    void theTablesEveryEntryWritesCacheTheirIdentityValues(@TempDir Path home) throws SQLException {
        StoreConfig config = StoreConfig.embedded(home);
        try (Store store = Store.open(config);
             Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.user(), config.password());
             PreparedStatement cache = connection.prepareStatement(
                     "SELECT identity_cache FROM information_schema.columns WHERE table_name = ? AND column_name = 'id'")) {
            for (String table : List.of("customer", "source_record", "audit_log", "match_link")) {
                cache.setString(1, table);
                try (ResultSet rs = cache.executeQuery()) {
                    assertThat(rs.next()).as(table).isTrue();
                    assertThat(rs.getLong(1)).as(table).isEqualTo(V5__H2IdentityCaches.CACHE);
                }
            }
        }
    }

    @Test
    void idsKeepGrowingAfterTheStoreIsOpenedAgain(@TempDir Path home) {
        StoreConfig config = StoreConfig.embedded(home);
        long first;
        try (Store store = Store.open(config)) {
            first = store.customers().create(Map.of("name", CustomerValue.of("Acme Ltd")), "alice").id();
        }
        try (Store again = Store.open(config)) {
            long second = again.customers().create(Map.of("name", CustomerValue.of("Globex")), "alice").id();
            assertThat(second).isGreaterThan(first);
            assertThat(again.auditLog().latest(0, 10).items()).extracting(AuditEntry::id).doesNotHaveDuplicates();
        }
    }
}
