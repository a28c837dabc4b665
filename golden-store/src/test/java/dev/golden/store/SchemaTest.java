package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;

class SchemaTest {

    @StoreTest
    @DisplayName("migrating an empty database creates every table, empty")
    void migratesAnEmptyDatabase(Store store) {
        assertThat(store.customers().countActive()).isZero();
        assertThat(store.users().count()).isZero();
        assertThat(store.auditLog().latest(0, 10).total()).isZero();
        assertThat(store.quarantine().open(0, 10).total()).isZero();
        assertThat(store.changeRequests().pending(0, 10).total()).isZero();
        assertThat(store.importBatches().recent(10)).isEmpty();
        assertThat(store.qualitySnapshots().latest()).isEmpty();
        assertThat(store.models().latest()).isEmpty();
    }

    @StoreTest
    @DisplayName("opening a migrated store again leaves its schema and data alone")
    void reopensWithoutMigratingAgain(Store store, StoreConfig config, TestClock clock) {
        Customer created = store.customers().create(Map.of("name", CustomerValue.of("Acme Ltd")), "alice");
        try (Store again = Store.open(config, clock)) {
            assertThat(again.customers().find(created.id())).contains(created);
        }
    }

    @StoreTest
    @DisplayName("work done in one transaction is rolled back whole when it fails")
    void rollsBackAFailedTransaction(Store store) {
        Customer kept = store.customers().create(Map.of("name", CustomerValue.of("Kept")), "alice");
        try {
            store.useTransaction(tx -> {
                tx.customers().create(Map.of("name", CustomerValue.of("Lost")), "alice");
                tx.customers().update(kept.id(), kept.version() + 7, Map.of(), "alice");
            });
        } catch (StaleVersionException expected) {
            // the update fails, so the create must not survive either
        }
        assertThat(store.customers().active(0, 10).items()).extracting(Customer::id).isEqualTo(List.of(kept.id()));
        assertThat(store.auditLog().latest(0, 10).items()).extracting(AuditEntry::entityId)
                .containsExactly(String.valueOf(kept.id()));
    }
}
