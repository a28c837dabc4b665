package dev.golden.store;

import java.time.Instant;

/** A trained match model, as the JSON its trainer wrote. */
public record StoredModel(long id, Instant createdAt, String createdBy, String modelJson) {
}
