package io.articlex.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a rules document and checks it against the format before any of it is used: every key known
 * for its place, every value of the right type, no key twice, every pattern compiling and free of the
 * shapes that backtrack without end ({@link RegexSafety}). A misspelt key ({@code "signoff"}) would
 * otherwise be ignored and the user's rule silently missing; a duplicate key would silently drop the
 * first value. Each refusal names the line, the key and, for an unknown key, the nearest known one.
 *
 * <p>The result is the document as plain values ({@code Map}, {@code List}, {@code String},
 * {@code Boolean}, null), in the shapes {@link Rules} reads.
 */
final class RulesFile {

    /** Largest rules document read: hundreds of times the built-in ones, small enough to read at once. */
    static final long MAX_BYTES = 8L * 1024 * 1024;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength((int) MAX_BYTES).build())
            .build();

    private enum Type { STRINGS, PATTERNS, NAME, OPTIONAL_NAME, FLAG, ANY, OUTLETS, RULES }

    private static final Map<String, Type> TOP = ordered("about", Type.ANY, "outlets", Type.OUTLETS, "rules", Type.RULES);
    private static final Map<String, Type> OUTLET = ordered("code", Type.OPTIONAL_NAME, "name", Type.NAME,
            "aliases", Type.STRINGS, "spellings", Type.STRINGS, "signoffs", Type.STRINGS, "chrome", Type.STRINGS,
            "crumbs", Type.STRINGS, "datelines", Type.PATTERNS, "replace", Type.FLAG);
    private static final Map<String, Type> RULE = ordered("reason", Type.NAME, "line", Type.PATTERNS,
            "prefix", Type.PATTERNS, "suffix", Type.PATTERNS, "marker", Type.PATTERNS);

    /** A document that breaks the format; the message starts with the line. */
    static final class Invalid extends IllegalArgumentException {
        Invalid(long line, String message) {
            super(line > 0 ? "line " + line + ": " + message : message);
        }
    }

    private final JsonParser p;

    private RulesFile(JsonParser p) {
        this.p = p;
    }

    /**
     * @throws Invalid      when the document breaks the format
     * @throws IOException  when it cannot be read
     */
    static Object read(InputStream in) throws IOException {
        try (JsonParser p = FACTORY.createParser(new Capped(in))) {
            RulesFile f = new RulesFile(p);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new Invalid(f.line(), "rules must be a JSON object");
            }
            Object root = f.object("the document", TOP);
            if (p.nextToken() != null) {
                throw new Invalid(f.line(), "text after the rules object");
            }
            return root;
        } catch (JsonProcessingException e) {
            long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            String m = e.getOriginalMessage();
            int where = m.indexOf(" (start marker at");
            throw new Invalid(line, "not valid JSON: " + (where > 0 ? m.substring(0, where) : m));
        }
    }

    private long line() {
        return p.currentTokenLocation().getLineNr();
    }

    /** Reads the members of the object whose START_OBJECT is the current token. */
    private Map<String, Object> object(String what, Map<String, Type> keys) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        JsonToken t;
        while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            long line = line();
            Type type = keys.get(key);
            if (type == null) {
                throw new Invalid(line, "unknown key \"" + key + "\" in " + what + " (" + suggest(key, keys.keySet()) + ")");
            }
            p.nextToken();
            out.put(key, value(key, type));
        }
        if (t != JsonToken.END_OBJECT) {
            throw new Invalid(line(), "unexpected " + t + " in " + what);
        }
        if (keys == OUTLET && out.get("name") == null) {
            throw new Invalid(line(), "an outlet has no \"name\"");
        }
        if (keys == RULE && out.get("reason") == null) {
            throw new Invalid(line(), "a rule has no \"reason\"");
        }
        return out;
    }

    private Object value(String key, Type type) throws IOException {
        JsonToken t = p.currentToken();
        switch (type) {
            case ANY -> {
                p.skipChildren();
                return null;
            }
            case FLAG -> {
                if (t != JsonToken.VALUE_TRUE && t != JsonToken.VALUE_FALSE) {
                    throw wrongType(key, "true or false");
                }
                return t == JsonToken.VALUE_TRUE;
            }
            case NAME, OPTIONAL_NAME -> {
                if (t == JsonToken.VALUE_NULL && type == Type.OPTIONAL_NAME) {
                    return null;
                }
                if (t != JsonToken.VALUE_STRING || p.getText().isBlank()) {
                    throw wrongType(key, type == Type.NAME ? "a non-empty string" : "a non-empty string or null");
                }
                return p.getText();
            }
            case OUTLETS, RULES -> {
                if (t != JsonToken.START_ARRAY) {
                    throw wrongType(key, "a list of objects");
                }
                List<Object> out = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.START_OBJECT) {
                        throw wrongType(key, "a list of objects");
                    }
                    out.add(type == Type.OUTLETS ? object("an outlet", OUTLET) : object("a rule", RULE));
                }
                return out;
            }
            default -> {
                List<Object> out = new ArrayList<>();
                if (t == JsonToken.VALUE_STRING) {
                    out.add(string(key, type));
                    return out;
                }
                if (t != JsonToken.START_ARRAY) {
                    throw wrongType(key, "a string or a list of strings");
                }
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    if (p.currentToken() != JsonToken.VALUE_STRING) {
                        throw wrongType(key, "a string or a list of strings");
                    }
                    out.add(string(key, type));
                }
                return out;
            }
        }
    }

    /** A string member; a pattern is compiled and checked here, where its line is known. */
    private String string(String key, Type type) throws IOException {
        String s = p.getText();
        if (type == Type.PATTERNS) {
            try {
                Pattern.compile(s);
            } catch (PatternSyntaxException e) {
                throw new Invalid(line(), "bad pattern in \"" + key + "\": " + e.getDescription() + " in " + quote(s));
            }
            String unsafe = RegexSafety.problem(s);
            if (unsafe != null) {
                throw new Invalid(line(), "pattern " + quote(s) + " in \"" + key + "\" refused: " + unsafe);
            }
        }
        return s;
    }

    private Invalid wrongType(String key, String expected) {
        JsonToken t = p.currentToken();
        String got = switch (t) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "a list";
            case VALUE_STRING -> "a string";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "a boolean";
            case VALUE_NULL -> "null";
            default -> String.valueOf(t);
        };
        return new Invalid(line(), "\"" + key + "\" must be " + expected + ", not " + got);
    }

    private static String quote(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 57) + "..." : s) + "\"";
    }

    /** "did you mean X?" for the nearest known key within a few edits, else the list of known keys. */
    static String suggest(String key, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String k : known) {
            int d = distance(key.toLowerCase(java.util.Locale.ROOT), k);
            if (d < bestDistance) {
                best = k;
                bestDistance = d;
            }
        }
        if (best != null && bestDistance <= Math.max(2, key.length() / 3)) {
            return "did you mean \"" + best + "\"?";
        }
        return "known keys: " + String.join(", ", known);
    }

    /** Levenshtein distance. */
    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static Map<String, Type> ordered(Object... kv) {
        Map<String, Type> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], (Type) kv[i + 1]);
        }
        return m;
    }

    /** The document's bytes, refused once past {@link #MAX_BYTES} (a stream's size is not known up front). */
    private static final class Capped extends java.io.FilterInputStream {
        private long read;

        Capped(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > MAX_BYTES) {
                throw new Invalid(0, "too large: a rules file may hold at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
        }
    }
}
