package dev.golden.store;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The audit payloads of a group commit's new customers, written straight as text: the same text as
 * {@link Json#write} of {@link SourceRecords#json} and {@link Customers#json}, without building a
 * tree of every record and customer first (a record's values twice, once as a map and once as
 * nodes) on the single thread that writes every group.
 */
final class AuditText {

    private AuditText() {
    }

    /**
     * A source record, its raw and standardized values given as the JSON text already written for
     * its row (by {@link Json#write}, so the same characters).
     */
    static String of(SourceRecord r, String rawValuesJson, String standardizedValuesJson) {
        StringWriter text = new StringWriter(rawValuesJson.length() + standardizedValuesJson.length() + 160);
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("id", r.id());
            json.writeStringField("source", r.source());
            json.writeStringField("sourceId", r.sourceId());
            json.writeStringField("receivedAt", r.receivedAt().toString());
            json.writeFieldName("rawValues");
            json.writeRawValue(rawValuesJson);
            json.writeFieldName("standardizedValues");
            json.writeRawValue(standardizedValuesJson);
            if (r.customerId().isPresent()) {
                json.writeNumberField("customerId", r.customerId().get());
            }
            json.writeNumberField("version", r.version());
            json.writeEndObject();
        } catch (IOException e) {
            throw new StoreException("cannot write the audit entry of source record " + r.id(), e);
        }
        return text.toString();
    }

    static String of(Customer c) {
        StringWriter text = new StringWriter(200 + 80 * c.values().size());
        try (JsonGenerator json = Json.MAPPER.getFactory().createGenerator(text)) {
            json.writeStartObject();
            json.writeNumberField("id", c.id());
            json.writeStringField("status", c.status().name());
            if (c.mergedInto().isPresent()) {
                json.writeNumberField("mergedInto", c.mergedInto().get());
            }
            json.writeStringField("createdAt", c.createdAt().toString());
            json.writeStringField("updatedAt", c.updatedAt().toString());
            json.writeNumberField("version", c.version());
            json.writeObjectFieldStart("values");
            for (Map.Entry<String, CustomerValue> entry : c.values().entrySet()) {
                CustomerValue v = entry.getValue();
                json.writeObjectFieldStart(entry.getKey());
                json.writeStringField("value", v.value());
                if (v.sourceRecordId().isPresent()) {
                    json.writeNumberField("sourceRecordId", v.sourceRecordId().get());
                }
                if (v.verifiedAt().isPresent()) {
                    json.writeStringField("verifiedAt", v.verifiedAt().get().toString());
                }
                json.writeEndObject();
            }
            json.writeEndObject();
            json.writeEndObject();
        } catch (IOException e) {
            throw new StoreException("cannot write the audit entry of customer " + c.id(), e);
        }
        return text.toString();
    }
}
