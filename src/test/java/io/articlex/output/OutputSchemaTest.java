package io.articlex.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema ({@code articlex schema}) describes exactly what {@link ArticleJson} writes:
 * every golden output validates, and the field names of schema and writer both match a snapshot, so
 * renaming a field anywhere fails here first.
 */
class OutputSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SNAPSHOT = Path.of("src/test/resources/io/articlex/output/output-fields.txt");

    private static Schema schema() {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(OutputSchema.json());
    }

    static List<Path> goldenOutputs() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("samples"))) {
            return s.filter(p -> p.getFileName().toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    @Test
    void isDraft202012() throws IOException {
        assertThat(JSON.readTree(OutputSchema.json()).get("$schema").asText())
                .isEqualTo("https://json-schema.org/draft/2020-12/schema");
    }

    @Test
    void thereAreGoldenOutputsToValidate() throws IOException {
        assertThat(goldenOutputs()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenOutputs")
    void everyGoldenOutputValidates(Path golden) throws IOException {
        List<com.networknt.schema.Error> errors = schema().validate(JSON.readTree(golden.toFile()));
        assertThat(errors).as("schema errors in %s", golden).isEmpty();
    }

    @Test
    void aFullyPopulatedArticleAndAnErrorRecordValidate() throws IOException {
        assertThat(schema().validate(JSON.readTree(ArticleJson.write("a.txt", full(), false)))).isEmpty();
        assertThat(schema().validate(JSON.readTree(ArticleJson.error("a.txt", "no such file")))).isEmpty();
    }

    @Test
    void aRenamedOrMissingFieldIsRejected() throws IOException {
        ObjectNode renamed = (ObjectNode) JSON.readTree(ArticleJson.write("a.txt", full(), false));
        renamed.set("headline", renamed.remove("title"));
        assertThat(schema().validate(renamed)).isNotEmpty();

        ObjectNode quote = (ObjectNode) JSON.readTree(ArticleJson.write("a.txt", full(), false));
        ((ObjectNode) quote.get("quotes").get(0)).remove("closed");
        assertThat(schema().validate(quote)).isNotEmpty();
    }

    /**
     * The snapshot lists every field path ({@code quotes[].speaker}); both the schema and the writer
     * must produce exactly it. A deliberate contract change edits the snapshot in the same commit.
     */
    @Test
    void fieldNamesMatchTheSnapshot() throws IOException {
        List<String> snapshot = Files.readAllLines(SNAPSHOT, StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
        List<String> written = new ArrayList<>();
        paths("", JSON.readTree(ArticleJson.write("a.txt", full(), false)), written);
        assertThat(written).as("fields ArticleJson writes, in order").containsExactlyElementsOf(snapshot);

        List<String> declared = new ArrayList<>();
        JsonNode defs = JSON.readTree(OutputSchema.json()).get("$defs");
        schemaPaths("", defs.get("article"), defs, declared);
        assertThat(declared).as("fields the schema declares, in order").containsExactlyElementsOf(snapshot);
    }

    private static void paths(String prefix, JsonNode node, List<String> out) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String path = prefix + name;
            out.add(path);
            JsonNode v = node.get(name);
            if (v.isObject()) {
                paths(path + ".", v, out);
            } else if (v.isArray() && v.size() > 0 && v.get(0).isObject()) {
                paths(path + "[].", v.get(0), out);
            }
        }
    }

    private static void schemaPaths(String prefix, JsonNode schema, JsonNode defs, List<String> out) {
        JsonNode props = objectSchema(schema, defs).path("properties");
        for (Iterator<String> it = props.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            String path = prefix + name;
            out.add(path);
            JsonNode p = props.get(name);
            JsonNode obj = objectSchema(p, defs);
            if (obj.has("properties")) {
                schemaPaths(path + ".", obj, defs, out);
            } else if (p.has("items") && objectSchema(p.get("items"), defs).has("properties")) {
                schemaPaths(path + "[].", p.get("items"), defs, out);
            }
        }
    }

    /** The object-typed branch of a schema: itself, its {@code $ref} target, or its non-null {@code oneOf}. */
    private static JsonNode objectSchema(JsonNode s, JsonNode defs) {
        if (s.has("$ref")) {
            String ref = s.get("$ref").asText();
            return objectSchema(defs.get(ref.substring(ref.lastIndexOf('/') + 1)), defs);
        }
        if (s.has("oneOf")) {
            for (JsonNode branch : s.get("oneOf")) {
                if (branch.has("properties")) {
                    return branch;
                }
            }
        }
        return s;
    }

    static Article full() {
        return new Article("Title", new Dateline("TEHRAN, Jun.11 (ISNA)-", "TEHRAN", "Jun.11", "ISNA"),
                new Source("Iranian Students' News Agency", "ISNA"), List.of("He said: \"Yes.\""),
                List.of(new Quote("Yes.", "Ali Shamkhani", "He", "said", 0, true, false)), List.of("Related headline"),
                List.of(new Removed("Bookmark and Share", "share")), List.of("a warning"),
                List.of(new Person("Ali Shamkhani", List.of("Secretary"), 1)),
                List.of(new Person("the ministry", List.of(), 1)), "Jane Doe", "2020-01-02", "en");
    }

}
