package dev.golden.hub;

import dev.golden.store.IncomingRecord;
import dev.golden.store.Rejection;

/** A row of an import file after standardization and validation: to load, or to quarantine. */
sealed interface ParsedRow {

    /** 1-based position among the file's data rows; an import's checkpoints count these. */
    long row();

    String sourceId();

    record Loadable(long row, IncomingRecord record) implements ParsedRow {
        @Override
        public String sourceId() {
            return record.sourceId();
        }
    }

    record Rejected(long row, Rejection rejection) implements ParsedRow {
        @Override
        public String sourceId() {
            return rejection.sourceId().orElse("");
        }
    }
}
