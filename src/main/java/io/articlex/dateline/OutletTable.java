package io.articlex.dateline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Agency codes and outlet names, from {@code outlets.json} in resources: the table that turns the
 * {@code IP} of {@code Tehran (IP):} into "Iran Press", and that tells an agency code from a place
 * qualifier such as {@code (Niger)}.
 */
public final class OutletTable {

    /** An outlet: its display name and the canonical code. */
    public record Outlet(String name, String code) {
    }

    private final Map<String, Outlet> byKey;

    private OutletTable(Map<String, Outlet> byKey) {
        this.byKey = Map.copyOf(byKey);
    }

    private static final class Holder {
        static final OutletTable BUILT_IN = load();
    }

    public static OutletTable builtIn() {
        return Holder.BUILT_IN;
    }

    /** Looks up a code or name as written, ignoring case and surrounding punctuation. */
    public Optional<Outlet> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(byKey.get(key(codeOrName)));
    }

    static String key(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static OutletTable load() {
        try (InputStream in = OutletTable.class.getResourceAsStream("/io/articlex/outlets.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, Outlet> map = new HashMap<>();
            for (JsonNode o : root.get("outlets")) {
                Outlet outlet = new Outlet(o.get("name").asText(), o.get("code").asText());
                map.putIfAbsent(key(outlet.code()), outlet);
                map.putIfAbsent(key(outlet.name()), outlet);
                for (JsonNode alias : o.path("aliases")) {
                    map.putIfAbsent(key(alias.asText()), outlet);
                }
            }
            return new OutletTable(map);
        } catch (IOException e) {
            throw new UncheckedIOException("built-in outlet table is unreadable", e);
        }
    }
}
