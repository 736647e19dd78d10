package io.articlex.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a JSON document into plain Java values ({@code Map<String, Object>} in member order,
 * {@code List<Object>}, String, Long/Double, Boolean, null) with jackson-core's streaming parser.
 *
 * <p>Why not databind's {@code ObjectMapper.readTree}: building the first ObjectMapper initialises
 * several hundred databind classes, about 60 ms of every run's start-up measured on the 2-core dev
 * machine (more than half of a one-article parse once class-data sharing is on). The rules files
 * are small trees read once; this reader needs only jackson-core, which the output writer loads anyway.
 */
public final class JsonTree {

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonTree() {
    }

    /**
     * @throws JsonProcessingException when the bytes are not one JSON value (trailing text included)
     * @throws IOException             when the stream cannot be read
     */
    public static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(in)) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonParseException(p, "no JSON value");
            }
            Object v = value(p, t);
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "text after the JSON value");
            }
            return v;
        }
    }

    public static Object read(String json) throws IOException {
        return read(new java.io.ByteArrayInputStream(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }

    private static Object value(JsonParser p, JsonToken t) throws IOException {
        switch (t) {
            case START_OBJECT: {
                Map<String, Object> m = new LinkedHashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    m.put(name, value(p, p.nextToken()));
                }
                return Collections.unmodifiableMap(m);
            }
            case START_ARRAY: {
                List<Object> l = new ArrayList<>();
                JsonToken e;
                while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                    l.add(value(p, e));
                }
                return Collections.unmodifiableList(l);
            }
            case VALUE_STRING:
                return p.getText();
            case VALUE_NUMBER_INT:
                return p.getLongValue();
            case VALUE_NUMBER_FLOAT:
                return p.getDoubleValue();
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default:
                throw new IOException("unexpected " + t);
        }
    }

    /** The member of an object, or null when {@code node} is not an object or lacks it. */
    public static Object get(Object node, String member) {
        return node instanceof Map<?, ?> m ? m.get(member) : null;
    }

    /** The elements of an array; empty for anything else (null, a missing member). */
    public static List<?> elements(Object node) {
        return node instanceof List<?> l ? l : List.of();
    }

    /** A scalar as text (numbers and booleans as written), null for null, objects and arrays. */
    public static String text(Object node) {
        return node instanceof String || node instanceof Number || node instanceof Boolean ? String.valueOf(node) : null;
    }
}
