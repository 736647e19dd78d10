package io.articlex.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A JSON-LD statement is read into the same tree databind's {@code readTree} gives (node types,
 * member order, duplicate keys, numbers by size, what follows the value ignored, errors as nothing),
 * without databind's mapper.
 */
class JsonLdTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    private static JsonNode readTree(String json) {
        try (JsonParser p = MAPPER.createParser(json)) {
            return MAPPER.readTree(p);
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void readsTheTreeDatabindReads() {
        for (String json : new String[] {
                "", " ", "{}", "[]", "null", "true", "false", "\"text\"", "1", "-1", "2147483648", "9223372036854775808",
                "123456789012345678901234567890", "1.5", "1e5", "1E400", "-0", "-0.0", "3.0", "1.0e-400",
                "[1.25e3, 7E-3, 12345678901234567890.5]",
                "{\"a\": 1, \"a\": 2, \"b\": 3}", "{\"a\": 1} trailing", "{\"a\": 1}{\"b\": 2}",
                "{\"a\": [1, 2,],}", "{'a': 'b'}", "{\"a\": \"x\ny\"}", "// comment\n{\"a\": 1}", "{\"n\": \"\\q\"}",
                "{\"a\": {\"b\": {\"c\": [{}, null, {\"x\": null}]}}}",
                "{\"@context\": \"https://schema.org\", \"@type\": [\"NewsArticle\"], \"author\": [{\"@type\": \"Person\", \"name\": \"Mia Holt\"}]}",
                "{\"a\":", "[1, 2", "{\"a\" 1}", "NaN", "[NaN]", "}", "]", ",", "{\"a\": tru}", "{\"a\": 1]",
        }) {
            assertThat(JsonLd.parse(json)).as(json).isEqualTo(readTree(json));
        }
    }
}
