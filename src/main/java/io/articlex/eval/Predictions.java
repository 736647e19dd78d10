package io.articlex.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Predictions keyed by input base name, as the reference scorer keys them: each JSON line's
 * {@code file} (or {@code input.file}/{@code input.name}) reduced to its last path element. A later
 * line for the same name wins; lines that are not JSON objects are skipped.
 */
public final class Predictions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, JsonNode> byName = new HashMap<>();

    /** Reads a JSON Lines file such as {@code articlex parse} writes. */
    public static Predictions readJsonLines(Path file) throws IOException {
        Predictions p = new Predictions();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                p.addLine(line);
            }
        }
        return p;
    }

    /** Adds one output line; blank or malformed lines are ignored. */
    public void addLine(String line) {
        String t = line.strip();
        if (t.isEmpty()) {
            return;
        }
        try {
            add(JSON.readTree(t));
        } catch (JsonProcessingException e) {
            // not JSON: the reference scorer skips such lines too
        }
    }

    /** Adds one parsed output object; objects without a file name are ignored. */
    public void add(JsonNode o) {
        if (o == null || !o.isObject()) {
            return;
        }
        String f = text(o.get("file"));
        if (f == null) {
            JsonNode in = o.path("input");
            f = text(in.get("file"));
            if (f == null) {
                f = text(in.get("name"));
            }
        }
        if (f != null) {
            byName.put(baseName(f), o);
        }
    }

    /** The prediction for an input file name, or null. */
    public JsonNode get(String inputName) {
        return byName.get(inputName);
    }

    public int size() {
        return byName.size();
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() && !n.asText().isEmpty() ? n.asText() : null;
    }

    /** {@code os.path.basename}: what follows the last slash. */
    static String baseName(String f) {
        return f.substring(f.lastIndexOf('/') + 1);
    }
}
