package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** Data-quality metrics as measured at one moment. */
public record QualitySnapshot(long id, Instant takenAt, JsonNode metrics) {
}
