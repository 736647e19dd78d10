package io.articlex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Which source spellings count as the same outlet when scoring: "IP" and "Iran Press", "Reuter" and
 * "Reuters". FORMAT.md lets gold write a source as the text does, while the parser reports the outlet
 * table's name and the code as written, so the scorer must expand both through one alias table.
 *
 * <p>The groups come from our own outlet table ({@code outlets.json}): every object in it that has a
 * {@code name} forms one group with its {@code code}/{@code codes} and {@code aliases}. The walk is
 * deliberately shape-agnostic so the table can be reorganised without touching the scorer.
 * A key belongs to the union of all groups that contain it, as in the reference scorer.
 */
public final class SourceAliases {

    private static final String RESOURCE = "/io/articlex/outlets.json";

    private final Map<String, Set<String>> byKey;

    SourceAliases(Map<String, Set<String>> byKey) {
        this.byKey = byKey;
    }

    private static final class Holder {
        static final SourceAliases BUILT_IN = load();
    }

    /** The aliases derived from the built-in outlet table. */
    public static SourceAliases builtIn() {
        return Holder.BUILT_IN;
    }

    /** The keys equivalent to {@code key} (a {@link PyText#key} value), itself included. */
    Set<String> expand(String key) {
        Set<String> out = new HashSet<>(byKey.getOrDefault(key, Set.of()));
        out.add(key);
        return out;
    }

    static SourceAliases fromTree(JsonNode root) {
        Map<String, Set<String>> map = new HashMap<>();
        collect(root, map);
        return new SourceAliases(map);
    }

    private static void collect(JsonNode node, Map<String, Set<String>> map) {
        if (node.isObject() && node.path("name").isTextual()) {
            Set<String> group = new HashSet<>();
            group.add(PyText.key(node.get("name").asText()));
            addText(node.get("code"), group);
            addText(node.get("codes"), group);
            addText(node.get("aliases"), group);
            group.remove("");
            for (String k : group) {
                map.computeIfAbsent(k, x -> new HashSet<>()).addAll(group);
            }
        }
        for (JsonNode child : node) {
            if (child.isContainerNode()) {
                collect(child, map);
            }
        }
    }

    private static void addText(JsonNode n, Set<String> group) {
        if (n == null) {
            return;
        }
        if (n.isTextual()) {
            group.add(PyText.key(n.asText()));
        } else if (n.isArray()) {
            for (JsonNode x : n) {
                if (x.isTextual()) {
                    group.add(PyText.key(x.asText()));
                }
            }
        }
    }

    private static SourceAliases load() {
        try (InputStream in = SourceAliases.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("built-in outlet table " + RESOURCE + " is missing");
            }
            return fromTree(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("built-in outlet table is unreadable", e);
        }
    }
}
