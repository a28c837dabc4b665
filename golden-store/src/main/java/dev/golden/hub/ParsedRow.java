package dev.golden.hub;

import dev.golden.record.Attribute;
import dev.golden.store.IncomingRecord;
import dev.golden.store.Rejection;
import java.util.Map;

/** A row of an import file after standardization and validation: to load, or to quarantine. */
sealed interface ParsedRow {

    /** 1-based position among the file's data rows; an import's checkpoints count these. */
    long row();

    String sourceId();

    /** @param features the record's comparable attributes, for matching */
    record Loadable(long row, IncomingRecord record, Map<Attribute, String> features) implements ParsedRow {
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
