package io.articlex.batch;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;

/**
 * Picks the article text and the id out of one JSON Lines record with Jackson's streaming parser:
 * only the two top-level members are kept, every other member is skipped without building a tree.
 *
 * @param textField the member holding the article (must be a string)
 * @param idField   the member naming the record (a string or a number; optional)
 */
public record RecordFields(String textField, String idField, long maxBytes) {

    /** Factories by string limit: one per run in practice, made once. */
    private static final java.util.Map<Long, JsonFactory> FACTORIES = new java.util.concurrent.ConcurrentHashMap<>();

    /** Strings up to the default {@code --max-bytes}. */
    public RecordFields(String textField, String idField) {
        this(textField, idField, io.articlex.input.InputFiles.DEFAULT_MAX_BYTES);
    }

    /**
     * Jackson refuses strings over 20 million characters by default, whatever {@code --max-bytes}
     * allows; a record's text can be as long as the record, so the limit follows {@code maxBytes}.
     */
    private JsonFactory factory() {
        return FACTORIES.computeIfAbsent(maxBytes, n -> JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxStringLength((int) Math.min(Integer.MAX_VALUE - 16, Math.max(n, 1))).build())
                .build());
    }

    /** What one record holds. {@code id} is null when the record has none. */
    public record Fields(String id, String text) {
    }

    /** A record that cannot be parsed; the message is the error sentence of its output line. */
    public static final class BadRecord extends Exception {
        private final String id;

        BadRecord(String id, String message) {
            super(message, null, false, false);
            this.id = id;
        }

        /** The record's id when it could be read before the problem, else null. */
        public String id() {
            return id;
        }
    }

    public Fields read(String json) throws BadRecord {
        String id = null;
        String text = null;
        boolean textSeen = false;
        try (JsonParser p = factory().createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new BadRecord(null, "record is not a JSON object");
            }
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken v = p.nextToken();
                if (field.equals(textField)) {
                    textSeen = true;
                    if (v == JsonToken.VALUE_STRING) {
                        text = p.getText();
                    } else if (v != JsonToken.VALUE_NULL) {
                        p.skipChildren();
                        throw new BadRecord(id, "member \"" + textField + "\" is not a string");
                    }
                } else if (field.equals(idField) && (v == JsonToken.VALUE_STRING || v.isNumeric())) {
                    id = p.getText();
                } else {
                    p.skipChildren();
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw new BadRecord(id, "record is not a JSON object");
            }
            if (p.nextToken() != null) {
                throw new BadRecord(id, "text after the JSON object");
            }
        } catch (JsonProcessingException e) {
            throw new BadRecord(id, "not valid JSON: " + Problems.oneLine(
                    new IllegalArgumentException(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new BadRecord(id, "not valid JSON: " + Problems.oneLine(e));
        }
        if (text == null) {
            throw new BadRecord(id, textSeen ? "member \"" + textField + "\" is null"
                    : "no member \"" + textField + "\"");
        }
        return new Fields(id, text);
    }
}
