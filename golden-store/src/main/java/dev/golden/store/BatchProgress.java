package dev.golden.store;

/**
 * How far a batch got, as totals since it started.
 *
 * @param lastCommittedRow the last row (1-based) whose effects are committed with this progress
 */
public record BatchProgress(long rowsRead, long rowsLoaded, long rowsQuarantined, long lastCommittedRow) {

    public BatchProgress {
        if (rowsRead < 0 || rowsLoaded < 0 || rowsQuarantined < 0 || lastCommittedRow < 0) {
            throw new IllegalArgumentException("negative progress: " + rowsRead + ", " + rowsLoaded + ", "
                    + rowsQuarantined + ", " + lastCommittedRow);
        }
    }
}
