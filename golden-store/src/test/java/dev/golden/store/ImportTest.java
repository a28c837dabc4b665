package dev.golden.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;

class ImportTest {

    private static Rejection badPhone(long row) {
        return new Rejection(row, Optional.of("C-" + row), Map.of("name", "张三", "phone", "12ab"),
                Optional.of("phone"), "not a phone number");
    }

    @StoreTest
    @DisplayName("an interrupted batch can be found and resumed after its last committed row")
    void interruptedBatchResumes(Store store) {
        ImportBatch batch = store.importBatches().start("crm", "customers-2025-03.csv", "import");
        store.useTransaction(tx -> {
            for (int row = 1; row <= 3; row++) {
                tx.sourceRecords().receive(new IncomingRecord("crm", "C-" + row, Map.of("n", "x" + row),
                        Map.of("n", "x" + row)), batch.id(), "import");
            }
            tx.importBatches().checkpoint(batch.id(), new BatchProgress(3, 3, 0, 3));
        });

        ImportBatch resumable = store.importBatches().resumable("crm", "customers-2025-03.csv").orElseThrow();
        assertThat(resumable.id()).isEqualTo(batch.id());
        assertThat(resumable.lastCommittedRow()).isEqualTo(3);

        ImportBatch done = store.importBatches().finish(batch.id(), new BatchProgress(5, 4, 1, 5), "import");
        assertThat(done.status()).isEqualTo(BatchStatus.DONE);
        assertThat(done.finishedAt()).isPresent();
        assertThat(store.importBatches().resumable("crm", "customers-2025-03.csv")).isEmpty();
        assertThatThrownBy(() -> store.importBatches().checkpoint(batch.id(), new BatchProgress(6, 5, 1, 6)))
                .isInstanceOf(StateConflictException.class);
    }

    @StoreTest
    @DisplayName("a failed batch keeps its reason")
    void failedBatch(Store store) {
        ImportBatch batch = store.importBatches().start("crm", "broken.csv", "import");
        ImportBatch failed = store.importBatches().fail(batch.id(), new BatchProgress(0, 0, 0, 0),
                "unreadable header", "import");
        assertThat(failed.status()).isEqualTo(BatchStatus.FAILED);
        assertThat(failed.failure()).contains("unreadable header");
    }

    @StoreTest
    @DisplayName("a rejected row is quarantined once with its reason, even when a resumed import rejects it again")
    void quarantineOncePerRow(Store store) {
        ImportBatch batch = store.importBatches().start("crm", "customers.csv", "import");

        QuarantinedRow first = store.quarantine().add(batch.id(), badPhone(17), "import");
        QuarantinedRow again = store.quarantine().add(batch.id(), badPhone(17), "import");

        assertThat(again).isEqualTo(first);
        assertThat(first.status()).isEqualTo(QuarantineStatus.OPEN);
        assertThat(first.rejection()).isEqualTo(badPhone(17));
        assertThat(store.quarantine().open(0, 10).items()).containsExactly(first);
        assertThat(store.quarantine().ofBatch(batch.id())).containsExactly(first);
    }

    @StoreTest
    @DisplayName("a chunk's rejected rows are quarantined together; rows an earlier run quarantined stay as they were")
    void quarantineChunkOnce(Store store) {
        ImportBatch batch = store.importBatches().start("crm", "customers.csv", "import");
        QuarantinedRow earlier = store.quarantine().add(batch.id(), badPhone(5), "import");

        store.quarantine().addAll(batch.id(), java.util.List.of(badPhone(5), badPhone(9), badPhone(12)), "import");
        store.quarantine().addAll(batch.id(), java.util.List.of(badPhone(9), badPhone(12)), "import");

        assertThat(store.quarantine().ofBatch(batch.id())).extracting(r -> r.rejection().rowNumber())
                .containsExactlyInAnyOrder(5L, 9L, 12L);
        assertThat(store.quarantine().find(earlier.id())).contains(earlier);
        assertThat(store.quarantine().ofBatch(batch.id())).filteredOn(r -> r.rejection().rowNumber() == 9)
                .singleElement().satisfies(r -> assertThat(r.rejection()).isEqualTo(badPhone(9)));
    }

    @StoreTest
    @DisplayName("a quarantined row is resubmitted with corrected values or discarded, once")
    void quarantineResolution(Store store) {
        ImportBatch batch = store.importBatches().start("crm", "customers.csv", "import");
        QuarantinedRow fixable = store.quarantine().add(batch.id(), badPhone(3), "import");
        QuarantinedRow hopeless = store.quarantine().add(batch.id(), badPhone(4), "import");

        QuarantinedRow resubmitted = store.quarantine().resubmit(fixable.id(),
                Map.of("name", "张三", "phone", "+8613912345678"), "steward");
        QuarantinedRow discarded = store.quarantine().discard(hopeless.id(), "steward");

        assertThat(resubmitted.status()).isEqualTo(QuarantineStatus.RESUBMITTED);
        assertThat(resubmitted.resolvedBy()).contains("steward");
        assertThat(discarded.status()).isEqualTo(QuarantineStatus.DISCARDED);
        assertThat(store.quarantine().open(0, 10).total()).isZero();
        assertThatThrownBy(() -> store.quarantine().discard(fixable.id(), "steward"))
                .isInstanceOf(StateConflictException.class);
        AuditEntry audit = store.auditLog().ofEntity("quarantine", String.valueOf(fixable.id()), 0, 10).items().get(1);
        assertThat(audit.after().orElseThrow().at("/correctedValues/phone").asText()).isEqualTo("+8613912345678");
    }
    @StoreTest
    @DisplayName("with delayed writes H2 writes commits up to the delay late, and as soon as they end again; "
            + "transactions commit meanwhile on either database")
    void delayedWrites(Store store, StoreConfig config) throws SQLException {
        try (BulkLoads.DelayedWrites delayed = store.bulkLoads().delayWrites(Duration.ofSeconds(2))) {
            if (isH2(config)) {
                assertThat(writeDelay(config)).isEqualTo(2000);
            }
            ImportBatch batch = store.importBatches().start("crm", "customers.csv", "import");
            assertThat(store.importBatches().find(batch.id())).isPresent();
        }
        if (isH2(config)) {
            assertThat(writeDelay(config)).isZero();
        }
    }

    @StoreTest
    @DisplayName("customers are loaded in transactions of at most 500 records on H2, of an import's chunk on PostgreSQL")
    void recordsPerTransaction(Store store, StoreConfig config) {
        assertThat(store.bulkLoads().recordsPerTransaction(100)).isEqualTo(100);
        assertThat(store.bulkLoads().recordsPerTransaction(5_000)).isEqualTo(isH2(config) ? 500 : 5_000);
    }

    private static boolean isH2(StoreConfig config) {
        return config.jdbcUrl().startsWith("jdbc:h2:");
    }

    /** Asked on a connection of its own, whose URL must not set the delay itself (H2 applies a URL's settings on connecting). */
    private static long writeDelay(StoreConfig config) throws SQLException {
        String url = config.jdbcUrl().replace(";WRITE_DELAY=0", "");
        try (Connection connection = DriverManager.getConnection(url, config.user(), config.password());
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(
                     "SELECT setting_value FROM information_schema.settings WHERE setting_name = 'WRITE_DELAY'")) {
            assertThat(rs.next()).isTrue();
            return Long.parseLong(rs.getString(1));
        }
    }
}
