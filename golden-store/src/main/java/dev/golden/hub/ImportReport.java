package dev.golden.hub;

import dev.golden.store.Rejection;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What an import did.
 *
 * @param batchId the import batch in the store
 * @param mode how its records were matched
 * @param resumedAfterRow 0 for a fresh import, else the last row an earlier, interrupted run committed
 * @param rowsRead data rows in the file
 * @param created source records new to the store
 * @param updated source records re-imported with changed values
 * @param unchanged source records re-imported as they were
 * @param quarantined rows that failed validation; {@code rejections} lists the first of them
 * @param customersCreated golden records created
 * @param recordsAttached new records that joined a customer that existed before the import
 * @param reviewLinks possibly-same links left for a person to review
 * @param stages wall time per stage, in the order they ran
 * @param stageCpu process CPU time (all threads) per stage, in the same order; zero where the JVM cannot tell
 */
public record ImportReport(long batchId, Mode mode, long resumedAfterRow, long rowsRead, long created, long updated,
        long unchanged, long quarantined, List<Rejection> rejections, long customersCreated, long recordsAttached,
        long reviewLinks, Map<String, Duration> stages, Map<String, Duration> stageCpu) {

    /** How the records were matched. */
    public enum Mode {
        /** The store had no customers: the batch engine matched the file as a whole and trained a model. */
        BATCH,
        /** Each record was checked against the customers already in the store with the stored model. */
        INCREMENTAL
    }

    public ImportReport {
        rejections = List.copyOf(rejections);
        stages = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stages));
        stageCpu = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stageCpu));
    }

    public long loaded() {
        return created + updated + unchanged;
    }

    public Duration total() {
        return stages.values().stream().reduce(Duration.ZERO, Duration::plus);
    }
}
