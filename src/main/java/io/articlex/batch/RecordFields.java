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
                        .maxStringLength(maxStringLength()).build())
                .build());
    }

    private int maxStringLength() {
        return (int) Math.min(Integer.MAX_VALUE - 16, Math.max(maxBytes, 1));
    }

    /**
     * The usual record read without a parser: one object whose members are all strings
     * ({@code {"id": "...", "text": "..."}}), read from a char array reused per thread. Creating a
     * Jackson parser, its context and text buffer for every record, then copying the text out of it,
     * was ~4% of a JSON Lines batch of short stories (C1 code). Anything else (a number, null, a nested
     * value, an escape or character JSON does not allow, a record longer than the string limit, a
     * member name over {@link #MAX_NAME}) gives null, and the record goes to Jackson, which reads it or
     * gives the error: this reader accepts a subset of what Jackson accepts and reads it as Jackson does
     * ({@code RecordFieldsTest} compares the two).
     *
     * <p>A record whose chars are all Latin-1 (the usual line of escaped JSON is ASCII) is read from its
     * bytes ({@link #recordBytes}) and its strings made from bytes: read as chars, each record was
     * inflated into a char array, walked, and its text compressed back into a Latin-1 String: three
     * loops per char in the C1 code a batch runs, for every record of a file of short stories. Any
     * other record is read as chars ({@link #recordChars}).
     */
    static final class Plain {
        /** Far below Jackson's own limit on member names: a longer one goes to Jackson. */
        static final int MAX_NAME = 1000;
        private static final ThreadLocal<Plain> PER_THREAD = ThreadLocal.withInitial(Plain::new);

        private char[] in = new char[4096];
        private char[] out = new char[4096];
        private byte[] outBytes = new byte[4096];
        /** The record being read from bytes ({@link #recordBytes}): what a {@code ?} byte stood for. */
        private String json;
        private int at;
        private int end;
        private int outLen;
        private long nonAscii;
        /** Chars of the last string that are controls other than a line feed, or DEL (escaped, or DEL as is). */
        private long unplain;

        static Fields read(String json, String textField, String idField) {
            Plain p = PER_THREAD.get();
            try {
                return p.record(json, textField, idField);
            } finally {
                p.json = null;
                if (p.in.length > 1 << 20 || p.outBytes.length > 1 << 20) {
                    p.in = new char[4096]; // one huge record does not pin its buffers for the rest of the run
                    p.out = new char[4096];
                    p.outBytes = new byte[4096];
                }
            }
        }

        private Fields record(String json, String textField, String idField) {
            Fields f = recordBytes(json, textField, idField);
            return f != null ? f : recordChars(json, textField, idField);
        }

        /**
         * The record read from its Latin-1 bytes, as {@link #recordChars} reads it; null when it cannot be
         * read that way (then {@link #recordChars} decides). {@code getBytes(ISO_8859_1)} of a Latin-1
         * String is one copy; a char past U+00FF becomes {@code ?}, so a {@code ?} inside a string is
         * taken only where the record has one, and one outside a string is refused anyway: a record read
         * to its end this way had no char past U+00FF, and its bytes are its chars.
         */
        private Fields recordBytes(String json, String textField, String idField) {
            byte[] b = json.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            this.json = json;
            at = 0;
            end = b.length;
            skipSpace(b);
            if (at >= end || b[at++] != '{') {
                return null;
            }
            String id = null;
            String text = null;
            long textNonAscii = 0;
            boolean textPlain = false;
            skipSpace(b);
            while (true) {
                if (at >= end || b[at] != '"') {
                    return null;
                }
                at++;
                if (!string(b) || outLen > MAX_NAME) {
                    return null;
                }
                boolean isText = equalsOutBytes(textField);
                boolean isId = !isText && equalsOutBytes(idField);
                skipSpace(b);
                if (at >= end || b[at++] != ':') {
                    return null;
                }
                skipSpace(b);
                if (at >= end || b[at] != '"') {
                    return null;
                }
                at++;
                if (!string(b)) {
                    return null;
                }
                if (isText) {
                    text = new String(outBytes, 0, outLen, java.nio.charset.StandardCharsets.ISO_8859_1);
                    textNonAscii = nonAscii;
                    textPlain = nonAscii == 0 && unplain == 0;
                } else if (isId) {
                    id = new String(outBytes, 0, outLen, java.nio.charset.StandardCharsets.ISO_8859_1);
                }
                skipSpace(b);
                if (at >= end) {
                    return null;
                }
                byte c = b[at++];
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
                skipSpace(b);
            }
            skipSpace(b);
            if (at != end || text == null) {
                return null;
            }
            return new Fields(id, text, textNonAscii, textPlain);
        }

        private void skipSpace(byte[] b) {
            while (at < end) {
                byte c = b[at];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                at++;
            }
        }

        /**
         * {@link #string()} on bytes, into {@link #outBytes}; false also where the bytes cannot tell: a
         * {@code ?} the record does not hold there (a char past U+00FF), an escape of one past U+00FF.
         */
        private boolean string(byte[] src) {
            int o = 0;
            byte[] dst = outBytes;
            if (dst.length < end - at) {
                dst = outBytes = new byte[Math.max(end - at, dst.length * 2)];
            }
            long wide = 0;
            long odd = 0;
            for (int i = at; i < end; ) {
                int c = src[i++] & 0xFF;
                if (c == '"') {
                    at = i;
                    outLen = o;
                    nonAscii = wide;
                    unplain = odd;
                    return true;
                }
                if (c < 0x20 || c == '?' && json.charAt(i - 1) != '?') {
                    return false;
                }
                if (c == '\\') {
                    if (i >= end) {
                        return false;
                    }
                    int e = src[i++];
                    if (e == 'u') {
                        if (i + 4 > end) {
                            return false;
                        }
                        int v = hex(src[i]) << 12 | hex(src[i + 1]) << 8 | hex(src[i + 2]) << 4 | hex(src[i + 3]);
                        i += 4;
                        if (v < 0 || v > 0xFF) {
                            return false; // not four hex digits, or not a Latin-1 char: read as chars
                        }
                        c = v;
                    } else if ((c = unescaped(e)) < 0) {
                        return false;
                    }
                    if (c < 0x20 && c != '\n') {
                        odd++;
                    }
                }
                if (c >= 0x7F) {
                    if (c == 0x7F) {
                        odd++;
                    } else {
                        wide++;
                    }
                }
                dst[o++] = (byte) c;
            }
            return false;
        }

        private boolean equalsOutBytes(String name) {
            if (name == null || name.length() != outLen) {
                return false;
            }
            for (int i = 0; i < outLen; i++) {
                if (name.charAt(i) != (outBytes[i] & 0xFF)) {
                    return false;
                }
            }
            return true;
        }

        /** The record read as chars: one holding a char past U+00FF, or one {@link #recordBytes} could not tell. */
        private Fields recordChars(String json, String textField, String idField) {
            int n = json.length();
            if (in.length < n) {
                in = new char[Math.max(n, in.length * 2)];
            }
            json.getChars(0, n, in, 0);
            at = 0;
            end = n;
            skipSpace();
            if (at >= end || in[at++] != '{') {
                return null;
            }
            String id = null;
            String text = null;
            long textNonAscii = 0;
            boolean textPlain = false;
            skipSpace();
            while (true) {
                if (at >= end || in[at] != '"') {
                    return null; // no member name (an empty object included)
                }
                at++;
                if (!string()) {
                    return null;
                }
                if (outLen > MAX_NAME) {
                    return null;
                }
                boolean isText = equalsOut(textField);
                boolean isId = !isText && equalsOut(idField);
                skipSpace();
                if (at >= end || in[at++] != ':') {
                    return null;
                }
                skipSpace();
                if (at >= end || in[at] != '"') {
                    return null; // not a string value
                }
                at++;
                if (!string()) {
                    return null;
                }
                if (isText) {
                    text = new String(out, 0, outLen);
                    textNonAscii = nonAscii;
                    textPlain = nonAscii == 0 && unplain == 0;
                } else if (isId) {
                    id = new String(out, 0, outLen);
                }
                skipSpace();
                if (at >= end) {
                    return null;
                }
                char c = in[at++];
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    return null;
                }
                skipSpace();
            }
            skipSpace();
            if (at != end || text == null) {
                return null;
            }
            return new Fields(id, text, textNonAscii, textPlain);
        }

        /** JSON's white space, the only characters Jackson skips between tokens. */
        private void skipSpace() {
            while (at < end) {
                char c = in[at];
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t') {
                    return;
                }
                at++;
            }
        }

        /** Decodes the string after its opening quote into {@link #out}; false on anything JSON does not allow in one. */
        private boolean string() {
            int o = 0;
            char[] src = in;
            char[] dst = out;
            if (dst.length < end - at) {
                dst = out = new char[Math.max(end - at, dst.length * 2)];
            }
            long wide = 0;
            long odd = 0;
            for (int i = at; i < end; ) {
                char c = src[i++];
                if (c == '"') {
                    at = i;
                    outLen = o;
                    nonAscii = wide;
                    unplain = odd;
                    return true;
                }
                if (c < 0x20) {
                    return false;
                }
                if (c == '\\') {
                    if (i >= end) {
                        return false;
                    }
                    char e = src[i++];
                    if (e == 'u') {
                        if (i + 4 > end) {
                            return false;
                        }
                        int v = hex(src[i]) << 12 | hex(src[i + 1]) << 8 | hex(src[i + 2]) << 4 | hex(src[i + 3]);
                        i += 4;
                        if (v < 0) {
                            return false;
                        }
                        c = (char) v;
                    } else {
                        int u = unescaped(e);
                        if (u < 0) {
                            return false;
                        }
                        c = (char) u;
                    }
                    if (c < 0x20 && c != '\n') {
                        odd++;   // only an escape gives a control character
                    }
                }
                if (c >= 0x7F) {
                    if (c == 0x7F) {
                        odd++;
                    } else {
                        wide++;
                    }
                }
                dst[o++] = c;
            }
            return false; // no closing quote
        }

        /** The char that a backslash and {@code e} stand for (all but the four-digit escape); -1 where JSON has no such escape. */
        private static int unescaped(int e) {
            return switch (e) {
                case '"', '\\', '/' -> e;
                case 'b' -> '\b';
                case 'f' -> '\f';
                case 'n' -> '\n';
                case 'r' -> '\r';
                case 't' -> '\t';
                default -> -1;
            };
        }

        /**
         * The value of a hex digit (ASCII only, as JSON), or -1: shifted left by up to 12 bits and or-ed with
         * the other three digits' values, a -1 keeps a four-digit escape's value negative.
         */
        private static int hex(int h) {
            return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10
                    : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
        }

        private boolean equalsOut(String name) {
            if (name == null || name.length() != outLen) {
                return false;
            }
            for (int i = 0; i < outLen; i++) {
                if (name.charAt(i) != out[i]) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * What one record holds. {@code id} is null when the record has none.
     *
     * @param nonAscii how many chars of {@code text} are not ASCII, when the reader counted them as it
     *                 decoded; -1 when it did not
     * @param plain    the reader saw that {@code text} is printable ASCII and line feeds only (see
     *                 {@link io.articlex.input.Decoded#plain}); false when it did not look
     */
    public record Fields(String id, String text, long nonAscii, boolean plain) {
        public Fields(String id, String text) {
            this(id, text, -1, false);
        }
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
        if (json.length() <= maxStringLength()) {
            Fields plain = Plain.read(json, textField, idField);
            if (plain != null) {
                return plain;
            }
        }
        return readWithParser(json);
    }

    /** The record read by Jackson's streaming parser: any record {@link Plain} does not take, and the errors. */
    Fields readWithParser(String json) throws BadRecord {
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
