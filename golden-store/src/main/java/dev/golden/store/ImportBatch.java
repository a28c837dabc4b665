package dev.golden.store;

import java.time.Instant;
import java.util.Optional;

/**
 * One run of an import over a file.
 *
 * @param lastCommittedRow the last row whose effects are committed; a resumed import starts after it
 * @param failure why the batch failed, when it did
 */
public record ImportBatch(long id, String source, String fileName, BatchStatus status, Instant startedAt,
        Optional<Instant> finishedAt, long rowsRead, long rowsLoaded, long rowsQuarantined, long lastCommittedRow,
        Optional<String> failure) {
}
