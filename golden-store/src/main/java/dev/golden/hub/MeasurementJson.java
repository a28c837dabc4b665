package dev.golden.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A measurement as kept in a quality snapshot. Written field by field rather than by reflection,
 * so that renaming a Java component never silently changes stored history.
 */
final class MeasurementJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int FORMAT = 1;

    private MeasurementJson() {
    }

    static ObjectNode write(QualityMeasurement m) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("format", FORMAT);
        node.put("uniqueCustomers", m.uniqueCustomers());
        node.put("sourceRecords", m.sourceRecords());
        node.put("duplicateRate", m.duplicateRate());
        node.put("trackedValues", m.staleness().trackedValues());
        node.put("staleValues", m.staleness().staleValues());
        node.put("staleShare", m.staleShare());
        node.put("pendingChangeRequests", m.pendingChangeRequests());
        node.put("openReviewLinks", m.openReviewLinks());
        ArrayNode fields = node.putArray("fields");
        for (FieldQuality f : m.fields()) {
            fields.addObject()
                    .put("field", f.field())
                    .put("present", f.present())
                    .put("valid", f.valid())
                    .put("completeness", f.completeness())
                    .put("validity", f.validity());
        }
        return node;
    }

    static QualityMeasurement read(Instant takenAt, JsonNode node) {
        List<FieldQuality> fields = new ArrayList<>();
        for (JsonNode f : node.path("fields")) {
            fields.add(new FieldQuality(f.path("field").asText(), f.path("present").asLong(), f.path("valid").asLong(),
                    f.path("completeness").asDouble(), f.path("validity").asDouble()));
        }
        return new QualityMeasurement(takenAt, node.path("uniqueCustomers").asLong(),
                node.path("sourceRecords").asLong(), node.path("duplicateRate").asDouble(), fields,
                new Staleness(node.path("trackedValues").asLong(), node.path("staleValues").asLong()),
                node.path("pendingChangeRequests").asLong(), node.path("openReviewLinks").asLong());
    }
}
