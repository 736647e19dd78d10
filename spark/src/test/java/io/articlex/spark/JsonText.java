package io.articlex.spark;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.UncheckedIOException;

/** Small JSON helpers for the tests (Spark's own Jackson is on the test class path). */
final class JsonText {

    static final ObjectMapper MAPPER = new ObjectMapper();

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String record(String idField, String id, String textField, String text) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put(idField, id);
        if (text != null) {
            o.put(textField, text);
        }
        return o.toString();
    }

    private JsonText() {
    }
}
