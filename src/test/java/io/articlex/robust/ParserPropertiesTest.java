package io.articlex.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import io.articlex.Articlex;
import io.articlex.input.Decoder;
import io.articlex.model.Article;
import io.articlex.model.Quote;
import io.articlex.normalize.Normalizer;
import io.articlex.output.ArticleJson;
import io.articlex.output.OutputSchema;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the parser over random and damaged article texts (see {@link ArticleTexts}): it
 * never throws; its output is valid JSON that matches the published schema, every key present in the
 * contract's order; every paragraph and every quote is text of the input; the same input always gives
 * the same output. The number of cases per property is {@code jqwik.tries.default} in
 * src/test/resources/junit-platform.properties (kept modest for CI); a long run is
 * {@code mvn -B test -Dtest=ParserPropertiesTest -Djqwik.tries.default=34000 (3 properties, 102,000 cases)}.
 */
class ParserPropertiesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KEYS = List.of("file", "title", "dateline", "source", "paragraphs", "quotes",
            "related", "removed", "warnings", "people", "byline", "published", "language");
    private static final JsonSchema SCHEMA = schema();

    private static JsonSchema schema() {
        try {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(JSON.readTree(OutputSchema.json()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Provide
    Arbitrary<String> articles() {
        return ArticleTexts.articles();
    }

    @Property
    void textOutputIsSchemaValidJsonWithEveryKeyAndOnlyInputText(@ForAll("articles") String text) throws Exception {
        Article a = Articlex.parser().parse(text);
        checkOutput(a, Normalizer.normalize(Decoder.ofText(text, io.articlex.input.DecodeOptions.DEFAULT).text()));
    }

    @Property
    void bytesOfAnyEncodingNeverBreakTheParser(@ForAll("articles") String text) throws Exception {
        for (byte[] bytes : List.of(text.getBytes(StandardCharsets.UTF_8), text.getBytes(StandardCharsets.UTF_16LE),
                text.getBytes(java.nio.charset.Charset.forName("windows-1252")))) {
            Article a = Articlex.parser().parse(bytes);
            String json = ArticleJson.write("x", a, false);
            assertThat(SCHEMA.validate(JSON.readTree(json))).isEmpty();
        }
    }

    @Property
    void parsingIsDeterministic(@ForAll("articles") String a, @ForAll("articles") String b) {
        String first = ArticleJson.write("x", Articlex.parser().parse(a), false);
        ArticleJson.write("y", Articlex.parser().parse(b), false);
        String again = ArticleJson.write("x", Articlex.parser().parse(a), false);
        assertThat(again).isEqualTo(first);
    }

    static void checkOutput(Article a, String normalizedInput) throws Exception {
        String json = ArticleJson.write("x", a, false);
        assertThat(json).doesNotContain("\n");
        JsonNode node = JSON.readTree(json);
        assertThat(node.fieldNames()).toIterable().containsExactlyElementsOf(KEYS);
        assertThat(SCHEMA.validate(node)).isEmpty();
        String input = collapse(normalizedInput);
        for (String p : a.paragraphs()) {
            assertThat(p).isNotBlank();
            assertThat(input).as("paragraph is input text").contains(collapse(p));
        }
        for (Quote q : a.quotes()) {
            assertThat(input).as("quote is input text").contains(collapse(q.text()));
        }
    }

    /** White space runs as one space, as the gold compares them. */
    static String collapse(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                space = true;
            } else {
                if (space && sb.length() > 0) {
                    sb.append(' ');
                }
                space = false;
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
