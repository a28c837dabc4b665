package dev.golden.hub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.golden.store.LinkKind;
import dev.golden.store.QuarantinedRow;
import dev.golden.store.Store;
import dev.golden.store.StoreConfig;
import dev.golden.synth.SyntheticCustomers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.io.TempDir;

class ImporterTest {

    @TempDir
    Path dir;

    private Path write(String name, String... lines) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, List.of(lines), StandardCharsets.UTF_8);
        return file;
    }

    private Path synthetic(int people) {
        Path file = dir.resolve("customers-" + people + ".csv");
        SyntheticCustomers.builder().people(people).seed(7).build().write(file, dir.resolve("truth-" + people + ".csv"));
        return file;
    }

    @HubTest
    @DisplayName("a row that breaks a dictionary rule is quarantined with the row, source id and field; the rest loads")
    void quarantinesInvalidRows(Store store) throws IOException {
        Path file = write("crm.csv",
                "customer_id,full_name,phone,email,country,gender",
                "C1,王小明,+86 138 0013 8000,xiaoming@example.cn,CN,male",
                "C2,Mary Jones,+44 20 7946 0958,mary@example.co.uk,GB,female",
                "C3,John Smith,+1 415 555 0100,john@example.com,US,undecided",
                "C4,李伟,+86 21 5555 1234,li.wei@example.cn,CN,male");

        ImportReport report = Importer.builder(store).build().importFile(file, "crm");

        assertThat(report.rowsRead()).isEqualTo(4);
        assertThat(report.created()).isEqualTo(3);
        assertThat(report.quarantined()).isEqualTo(1);
        List<QuarantinedRow> quarantined = store.quarantine().ofBatch(report.batchId());
        assertThat(quarantined).singleElement().satisfies(row -> {
            assertThat(row.rejection().rowNumber()).isEqualTo(3);
            assertThat(row.rejection().sourceId()).contains("C3");
            assertThat(row.rejection().field()).contains("gender");
            assertThat(row.rejection().reason()).contains("row 3", "C3", "gender", "undecided");
            assertThat(row.rejection().rawValues()).containsEntry("full_name", "John Smith");
        });
        assertThat(store.sourceRecords().find("crm", "C3")).isEmpty();
        assertThat(store.sourceRecords().find("crm", "C1")).get()
                .satisfies(r -> assertThat(r.customerId()).isPresent());
        assertThat(store.customers().countActive()).isEqualTo(3);
    }

    @HubTest
    @DisplayName("the batch engine turns a file of duplicates into one customer per person, with lineage and links")
    void batchImportClustersDuplicates(Store store) throws IOException {
        Path file = synthetic(400);

        ImportReport report = Importer.builder(store).chunkSize(150).build().importFile(file, "crm");

        assertThat(report.mode()).isEqualTo(ImportReport.Mode.BATCH);
        assertThat(report.quarantined()).isLessThan(report.rowsRead() / 2);
        assertThat(report.customersCreated()).isLessThan(report.loaded()).isGreaterThan(300);
        assertThat(store.customers().countActive()).isEqualTo(report.customersCreated());
        assertThat(store.models().latest()).isPresent();
        var customer = store.customers().activeAfter(0, 1000).stream()
                .filter(c -> store.sourceRecords().ofCustomer(c.id()).size() > 1).findFirst().orElseThrow();
        var lineage = store.sourceRecords().ofCustomer(customer.id());
        var lineageIds = lineage.stream().map(r -> r.id()).collect(Collectors.toSet());
        assertThat(customer.values().values()).allSatisfy(v -> assertThat(lineageIds).contains(v.sourceRecordId().orElseThrow()));
        assertThat(store.links().of(dev.golden.store.LinkSubject.RECORD, lineage.get(0).id()))
                .anySatisfy(l -> assertThat(l.kind()).isEqualTo(LinkKind.SAME));
    }

    @HubTest
    @DisplayName("an import stopped after a chunk resumes where it stopped and ends as an uninterrupted one")
    void resumesAfterCrash(Store store, StoreConfig config) throws IOException {
        Path file = synthetic(300);
        Importer crashing = Importer.builder(store).chunkSize(100).listener((chunk, lastRow) -> {
            if (chunk == 2) {
                throw new SimulatedCrash();
            }
        }).build();
        assertThatThrownBy(() -> crashing.importFile(file, "crm")).isInstanceOf(SimulatedCrash.class);
        long committed = store.importBatches().resumable("crm", file.toAbsolutePath().toString()).orElseThrow()
                .lastCommittedRow();
        assertThat(committed).isEqualTo(200);

        ImportReport resumed = Importer.builder(store).chunkSize(100).build().importFile(file, "crm");

        assertThat(resumed.resumedAfterRow()).isEqualTo(200);
        assertThat(store.importBatches().find(resumed.batchId()).orElseThrow().status())
                .isEqualTo(dev.golden.store.BatchStatus.DONE);
        try (Store fresh = Store.open(StoreConfig.embedded(dir.resolve("fresh")))) {
            ImportReport straight = Importer.builder(fresh).chunkSize(100).build().importFile(file, "crm");
            assertThat(store.customers().countActive()).isEqualTo(fresh.customers().countActive());
            assertThat(clusters(store, "crm")).isEqualTo(clusters(fresh, "crm"));
            assertThat(resumed.rowsRead()).isEqualTo(straight.rowsRead());
        }
    }

    @HubTest
    @DisplayName("an import stopped while writing customers resumes without writing a record twice")
    void resumesAfterCrashWhileWritingCustomers(Store store) throws IOException {
        Path file = synthetic(300);
        Importer crashing = Importer.builder(store).chunkSize(100).listener(crashAfterWriting(2)).build();
        assertThatThrownBy(() -> crashing.importFile(file, "crm")).isInstanceOf(SimulatedCrash.class);
        long customersBeforeCrash = store.customers().countActive();
        assertThat(customersBeforeCrash).isPositive();
        var written = store.bulkLoads().recordsOf("crm");
        assertThat(written).isNotEmpty().allSatisfy(r -> assertThat(r.customerId()).isPresent());

        ImportReport resumed = Importer.builder(store).chunkSize(100).build().importFile(file, "crm");

        assertThat(resumed.customersCreated()).isPositive();
        try (Store fresh = Store.open(StoreConfig.embedded(dir.resolve("fresh")))) {
            ImportReport straight = Importer.builder(fresh).chunkSize(100).build().importFile(file, "crm");
            assertThat(store.customers().countActive()).isEqualTo(fresh.customers().countActive());
            assertThat(clusters(store, "crm")).isEqualTo(clusters(fresh, "crm"));
            assertThat(store.importBatches().find(resumed.batchId()).orElseThrow().rowsLoaded())
                    .isEqualTo(straight.loaded());
        }
    }

    @HubTest
    @DisplayName("an import with the store to itself, writing its commits late, stores what any import stores, "
            + "also when it stops while writing customers and resumes")
    void importWithTheStoreToItself(Store store) throws IOException {
        Path file = synthetic(300);
        Importer crashing = Importer.builder(store).chunkSize(100).exclusiveStore().listener(crashAfterWriting(2)).build();
        assertThatThrownBy(() -> crashing.importFile(file, "crm")).isInstanceOf(SimulatedCrash.class);

        ImportReport resumed = Importer.builder(store).chunkSize(100).exclusiveStore().build().importFile(file, "crm");

        try (Store fresh = Store.open(StoreConfig.embedded(dir.resolve("fresh")))) {
            ImportReport straight = Importer.builder(fresh).chunkSize(100).build().importFile(file, "crm");
            assertThat(clusters(store, "crm")).isEqualTo(clusters(fresh, "crm"));
            assertThat(store.importBatches().find(resumed.batchId()).orElseThrow().rowsLoaded())
                    .isEqualTo(straight.loaded());
            assertThat(store.quarantine().ofBatch(resumed.batchId())).hasSize((int) straight.quarantined());
        }
    }

    @HubTest
    @DisplayName("re-importing the same ids updates records and golden values instead of adding duplicates")
    void reimportUpdatesInPlace(Store store) throws IOException {
        Path file = write("crm.csv",
                "customer_id,full_name,email,city,country",
                "C1,王小明,xiaoming@example.cn,北京,CN",
                "C2,Mary Jones,mary@example.co.uk,London,GB");
        Importer importer = Importer.builder(store).build();
        importer.importFile(file, "crm");
        long customers = store.customers().countActive();

        write("crm.csv",
                "customer_id,full_name,email,city,country",
                "C1,王小明,xiaoming@example.cn,上海,CN",
                "C2,Mary Jones,mary@example.co.uk,London,GB");
        ImportReport again = importer.importFile(file, "crm");

        assertThat(again.mode()).isEqualTo(ImportReport.Mode.INCREMENTAL);
        assertThat(again.created()).isZero();
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(1);
        assertThat(store.customers().countActive()).isEqualTo(customers);
        var record = store.sourceRecords().find("crm", "C1").orElseThrow();
        assertThat(record.version()).isEqualTo(2);
        assertThat(record.rawValues()).containsEntry("city", "上海");
        var customer = store.customers().find(record.customerId().orElseThrow()).orElseThrow();
        assertThat(customer.value("city")).hasValueSatisfying(city -> assertThat(city).contains("上海"));
    }

    @HubTest
    @DisplayName("a second file is matched against the store: its copies of known customers join them")
    void incrementalImportAttachesDuplicatesToExistingCustomers(Store store) throws IOException {
        Path first = synthetic(300);
        Importer importer = Importer.builder(store).indexFolder(dir.resolve("index-" + System.nanoTime())).build();
        importer.importFile(first, "crm");
        long customersBefore = store.customers().countActive();
        List<String> lines = Files.readAllLines(first, StandardCharsets.UTF_8);
        List<String> copies = new java.util.ArrayList<>();
        copies.add(lines.get(0));
        for (int i = 1; i <= 30; i++) {
            copies.add("shop-" + lines.get(i * 7)); // the id column comes first: a new id, the same person
        }
        Path second = write("shop.csv", copies.toArray(String[]::new));

        ImportReport report = importer.importFile(second, "shop");

        assertThat(report.mode()).isEqualTo(ImportReport.Mode.INCREMENTAL);
        assertThat(report.recordsAttached()).isGreaterThanOrEqualTo(report.loaded() * 8 / 10);
        assertThat(store.customers().countActive()).isEqualTo(customersBefore + report.customersCreated());
        String original = lines.get(7).substring(0, lines.get(7).indexOf(','));
        var crm = store.sourceRecords().find("crm", original);
        var shop = store.sourceRecords().find("shop", "shop-" + original);
        if (crm.isPresent() && shop.isPresent()) {
            assertThat(shop.get().customerId()).isEqualTo(crm.get().customerId());
        }
    }

    /** Each customer as the set of its records' source ids: equal stores give equal sets. */
    private static java.util.Set<java.util.Set<String>> clusters(Store store, String source) {
        return store.customers().activeAfter(0, 10_000).stream()
                .map(c -> store.sourceRecords().ofCustomer(c.id()).stream().map(r -> r.sourceId())
                        .collect(Collectors.toSet()))
                .collect(Collectors.toSet());
    }

    /** Stops an import the way a crash would, right after it wrote the customers of the given chunk. */
    private static Importer.ChunkListener crashAfterWriting(int chunkToCrashAfter) {
        return new Importer.ChunkListener() {
            @Override
            public void committed(int chunk, long lastRow) {
            }

            @Override
            public void wrote(int chunk) {
                if (chunk == chunkToCrashAfter) {
                    throw new SimulatedCrash();
                }
            }
        };
    }

    private static final class SimulatedCrash extends RuntimeException {
    }
}
