package io.articlex.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Writes rules as a document in the user-file format ({@code articlex rules --json}), to start a
 * rules file from: reading the result with {@link Rules#parse} gives the same outlets, dateline
 * shapes and rules in the same order. Other names and further spellings are both written as
 * {@code aliases}: once read they are one list.
 */
public final class RulesJson {

    private RulesJson() {
    }

    public static String write(Rules rules) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
            g.writeStartObject();
            g.writeArrayFieldStart("outlets");
            for (Rules.Outlet o : rules.outlets()) {
                g.writeStartObject();
                g.writeStringField("code", o.code());
                g.writeStringField("name", o.name());
                strings(g, "aliases", o.aliases());
                strings(g, "signoffs", o.signoffs());
                strings(g, "chrome", o.chrome());
                strings(g, "crumbs", o.crumbs());
                String agency = o.code() != null ? o.code() : o.name();
                strings(g, "datelines", rules.datelines().stream()
                        .filter(d -> d.agency().equals(agency)).map(d -> d.pattern().pattern()).toList());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("rules");
            List<Rules.Rule> all = rules.patternRules();
            for (int i = 0; i < all.size(); ) {
                String reason = all.get(i).reason();
                int end = i;
                while (end < all.size() && all.get(end).reason().equals(reason)) {
                    end++;
                }
                List<Rules.Rule> run = all.subList(i, end);
                g.writeStartObject();
                g.writeStringField("reason", reason);
                for (Rules.Kind k : Rules.Kind.values()) {
                    strings(g, k.name().toLowerCase(Locale.ROOT), run.stream()
                            .filter(r -> r.kind() == k).map(Rules.Rule::regex).toList());
                }
                g.writeEndObject();
                i = end;
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out + "\n";
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        if (values.isEmpty()) {
            return;
        }
        g.writeArrayFieldStart(name);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
