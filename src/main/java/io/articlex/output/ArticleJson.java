package io.articlex.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes an {@link Article} as one JSON object with the contract's fixed key order; every key is
 * written even when its value is null or empty. The compact line, written once per input of a batch,
 * is made by {@link CompactJson}; the indented form and error records by Jackson's streaming
 * generator (not databind: no reflection on the output path), whose escaping the compact writer keeps.
 */
public final class ArticleJson {

    /**
     * Jackson's factory, made on first use: the compact line (every parse's output) never needs it, and
     * making it loads and initialises ~60 of Jackson's classes, about as much as a short story's quote
     * stage in a one-file parse.
     */
    private static final class Factory {
        static final JsonFactory INSTANCE = new JsonFactory();
    }

    private ArticleJson() {
    }

    /** One compact line (no newline), or indented when {@code pretty}. */
    public static String write(String file, Article a, boolean pretty) {
        return write(file, null, a, pretty);
    }

    /** The same with the page's own address ({@code url}; null for a file or a record). */
    public static String write(String file, String url, Article a, boolean pretty) {
        if (!pretty) {
            return CompactJson.write(file, url, a);
        }
        return generated(file, url, a, true);
    }

    /**
     * The compact line of {@link #write} as UTF-8 bytes, made without a String in between (see
     * {@link CompactJson}): what a batch writes to a file or to standard output.
     */
    public static byte[] utf8(String file, String url, Article a) {
        return CompactJson.utf8(file, url, a);
    }

    /** The same line made by Jackson's generator: the reference {@link CompactJson} is tested against, and the indented form. */
    static String generated(String file, String url, Article a, boolean pretty) {
        StringWriter w = new StringWriter(4096);
        try (JsonGenerator g = generator(w, pretty)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("title", a.title());
            writeDateline(g, a.dateline());
            writeSource(g, a.source());
            writeStrings(g, "paragraphs", a.paragraphs());
            g.writeArrayFieldStart("quotes");
            for (Quote q : a.quotes()) {
                g.writeStartObject();
                g.writeStringField("text", q.text());
                g.writeStringField("speaker", q.speaker());
                g.writeStringField("mention", q.mention());
                g.writeStringField("cue", q.cue());
                g.writeNumberField("paragraph", q.paragraph());
                g.writeBooleanField("closed", q.closed());
                g.writeBooleanField("partial", q.partial());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "related", a.related());
            g.writeArrayFieldStart("removed");
            for (Removed r : a.removed()) {
                g.writeStartObject();
                g.writeStringField("text", r.text());
                g.writeStringField("reason", r.reason());
                g.writeEndObject();
            }
            g.writeEndArray();
            writeStrings(g, "warnings", a.warnings());
            writePeople(g, "people", a.people());
            writePeople(g, "sources", a.sources());
            g.writeStringField("byline", a.byline());
            g.writeStringField("published", a.published());
            g.writeStringField("language", a.language());
            g.writeStringField("url", url);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static void writePeople(JsonGenerator g, String field, List<Person> people) throws IOException {
        g.writeArrayFieldStart(field);
        for (Person p : people) {
            g.writeStartObject();
            g.writeStringField("name", p.name());
            writeStrings(g, "roles", p.roles());
            g.writeNumberField("quotes", p.quotes());
            g.writeEndObject();
        }
        g.writeEndArray();
    }

    /** The record for an input that could not be parsed: {@code {"file": ..., "error": ...}}. */
    public static String error(String file, String message) {
        StringWriter w = new StringWriter(128);
        try (JsonGenerator g = generator(w, false)) {
            g.writeStartObject();
            g.writeStringField("file", file);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }

    private static JsonGenerator generator(StringWriter w, boolean pretty) throws IOException {
        JsonGenerator g = Factory.INSTANCE.createGenerator(w);
        if (pretty) {
            g.setPrettyPrinter(new DefaultPrettyPrinter());
        }
        return g;
    }

    private static void writeDateline(JsonGenerator g, Dateline d) throws IOException {
        if (d == null) {
            g.writeNullField("dateline");
            return;
        }
        g.writeObjectFieldStart("dateline");
        g.writeStringField("text", d.text());
        g.writeStringField("location", d.location());
        g.writeStringField("date", d.date());
        g.writeStringField("agency", d.agency());
        g.writeEndObject();
    }

    private static void writeSource(JsonGenerator g, Source s) throws IOException {
        if (s == null) {
            g.writeNullField("source");
            return;
        }
        g.writeObjectFieldStart("source");
        g.writeStringField("name", s.name());
        g.writeStringField("code", s.code());
        g.writeEndObject();
    }

    private static void writeStrings(JsonGenerator g, String field, List<String> values) throws IOException {
        g.writeArrayFieldStart(field);
        for (String v : values) {
            g.writeString(v);
        }
        g.writeEndArray();
    }
}
