package dev.golden.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A golden record's values as the text of one {@code customer_values.field_values} cell: a JSON
 * object of field name → {@code [value, source record id or null, verified at or null]}, e.g.
 * {@code {"city":["edinburgh",17,"2026-11-23T22:57:42.123456Z"]}}. One row per customer instead of
 * one per value: an import writes a tenth of the rows, and of the index entries H2 updates twice
 * for each (on insert and on commit).
 */
public final class PackedValues {

    private static final JsonFactory JSON = new JsonFactory();

    private PackedValues() {
    }

    /** The values of a packed cell, in the order they were written. */
    public static Map<String, CustomerValue> read(String packed) {
        Map<String, CustomerValue> values = new LinkedHashMap<>();
        Timestamps timestamps = new Timestamps();
        try (JsonParser p = JSON.createParser(packed)) {
            expect(p.nextToken(), JsonToken.START_OBJECT);
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.getCurrentName();
                expect(p.nextToken(), JsonToken.START_ARRAY);
                expect(p.nextToken(), JsonToken.VALUE_STRING);
                String value = p.getText();
                Optional<Long> source = p.nextToken() == JsonToken.VALUE_NULL
                        ? Optional.empty() : Optional.of(p.getLongValue());
                Optional<Instant> verifiedAt = p.nextToken() == JsonToken.VALUE_NULL
                        ? Optional.empty() : Optional.of(timestamps.parse(p.getText()));
                expect(p.nextToken(), JsonToken.END_ARRAY);
                values.put(field, new CustomerValue(value, source, verifiedAt));
            }
        } catch (IOException | RuntimeException e) {
            throw new StoreException("stored customer values are corrupt: " + e.getMessage(), e);
        }
        return values;
    }

    /** The cell for these values. */
    static String write(Map<String, CustomerValue> values) {
        Writer writer = new Writer();
        values.forEach((field, v) -> writer.add(field, v.value(), v.sourceRecordId(), v.verifiedAt()));
        return writer.finish();
    }

    /**
     * When the least recently verified of these values was verified; empty when one never was (or
     * there are none). Kept beside the cell, indexed, so that a search for stale values reads only
     * the customers that may have one.
     */
    static Optional<Instant> oldestVerified(Map<String, CustomerValue> values) {
        Instant oldest = null;
        for (CustomerValue v : values.values()) {
            if (v.verifiedAt().isEmpty()) {
                return Optional.empty();
            }
            Instant at = v.verifiedAt().get();
            oldest = oldest == null || at.isBefore(oldest) ? at : oldest;
        }
        return Optional.ofNullable(oldest);
    }

    /** Builds cells value by value, one after another: {@link #add} the values, then {@link #finish} the cell. */
    static final class Writer {
        private final StringWriter text = new StringWriter(256);
        private JsonGenerator json;
        private Instant lastAt;
        private String lastAtText;

        Writer add(String field, String value, Optional<Long> sourceRecordId, Optional<Instant> verifiedAt) {
            try {
                if (json == null) {
                    json = JSON.createGenerator(text);
                    json.writeStartObject();
                }
                json.writeFieldName(field);
                json.writeStartArray();
                json.writeString(value);
                if (sourceRecordId.isPresent()) {
                    json.writeNumber(sourceRecordId.get());
                } else {
                    json.writeNull();
                }
                if (verifiedAt.isPresent()) {
                    json.writeString(format(verifiedAt.get()));
                } else {
                    json.writeNull();
                }
                json.writeEndArray();
            } catch (IOException e) {
                throw new StoreException("cannot write customer values", e);
            }
            return this;
        }

        /** The cell of the values added since the last one; {@code {}} for none. */
        String finish() {
            if (json == null) {
                return "{}";
            }
            try {
                json.writeEndObject();
                json.close();
                json = null;
                String cell = text.toString();
                text.getBuffer().setLength(0);
                return cell;
            } catch (IOException e) {
                throw new StoreException("cannot write customer values", e);
            }
        }

        /** Values mostly share one time (an import's): formatted once. */
        private String format(Instant at) {
            if (!at.equals(lastAt)) {
                lastAt = at;
                lastAtText = at.toString();
            }
            return lastAtText;
        }
    }

    /** Parses each distinct text once per cell: a customer's values mostly share one time. */
    private static final class Timestamps {
        private String lastText;
        private Instant last;

        Instant parse(String text) {
            if (!text.equals(lastText)) {
                last = Instant.parse(text);
                lastText = text;
            }
            return last;
        }
    }

    private static void expect(JsonToken actual, JsonToken expected) {
        if (actual != expected) {
            throw new IllegalStateException("expected " + expected + " but found " + actual);
        }
    }
}
