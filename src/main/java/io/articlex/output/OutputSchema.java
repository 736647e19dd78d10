package io.articlex.output;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of one output line, kept as a resource beside the code that writes
 * the lines. Tests validate every golden output against it, so the schema cannot drift from
 * {@link ArticleJson}: a renamed or added field fails the build until the schema says so too.
 */
public final class OutputSchema {

    /** Where the schema lives on the class path. */
    public static final String RESOURCE = "/io/articlex/schema/article.schema.json";

    private OutputSchema() {
    }

    /** The schema text, as shipped. */
    public static String json() {
        try (InputStream in = OutputSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("output schema " + RESOURCE + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("output schema is unreadable", e);
        }
    }
}
