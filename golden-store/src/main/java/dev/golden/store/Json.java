package dev.golden.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** JSON kept in TEXT columns: value maps, snapshots and audit payloads. */
final class Json {

    static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<LinkedHashMap<String, String>> STRING_MAP = new TypeReference<>() {
    };

    private Json() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new StoreException("cannot write JSON for " + value.getClass().getSimpleName(), e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is corrupt", e);
        }
    }

    /** An insertion-ordered, unmodifiable field → value map. */
    static Map<String, String> stringMap(String json) {
        try {
            return Collections.unmodifiableMap(MAPPER.readValue(json, STRING_MAP));
        } catch (JsonProcessingException e) {
            throw new StoreException("stored JSON is corrupt", e);
        }
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }
}
