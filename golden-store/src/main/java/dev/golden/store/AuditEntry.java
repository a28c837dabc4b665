package dev.golden.store;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the audit log: who did what to which entity, and the entity before and after.
 *
 * @param entityType {@code customer}, {@code source_record}, {@code match_link}, {@code merge_event},
 *     {@code change_request}, {@code import_batch}, {@code quarantine}, {@code app_user},
 *     {@code api_token}, {@code account}, {@code contact}, {@code match_model} or a caller's own
 * @param before the entity before the change; empty when it was created
 * @param after the entity after the change; empty when it was removed
 */
public record AuditEntry(long id, Instant at, String actor, String action, String entityType, String entityId,
        Optional<JsonNode> before, Optional<JsonNode> after) {
}
