package io.articlex.robust;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Articlex;
import io.articlex.input.DecodeOptions;
import io.articlex.input.Decoder;
import io.articlex.input.InputError;
import io.articlex.model.Article;
import io.articlex.output.ArticleJson;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The body of the fuzz tests: whatever the bytes, the parser returns an article whose JSON is one valid
 * line with every key; the strict decoder either decodes or refuses with an {@link InputError}.
 * Any other exception, or a hang, is a finding.
 */
final class ParserFuzzTarget {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ParserFuzzTarget() {
    }

    static void check(byte[] data) throws IOException {
        // The library entry for bytes (HTML or text, lenient decoding).
        checkArticle(Articlex.parser().parse(data));
        // The command line's strict decoding, and with mojibake repair asked for.
        try {
            checkArticle(Articlex.parser().parse(Decoder.decodeText(data, new DecodeOptions(null, true))));
        } catch (InputError e) {
            if (e.getMessage() == null || e.getMessage().isBlank() || e.getMessage().contains("\n")) {
                throw new AssertionError("an input error must be one sentence: " + e.getMessage());
            }
        }
        // The entry for text already decoded (JSON Lines records).
        checkArticle(Articlex.parser().parse(new String(data, StandardCharsets.UTF_8)));
    }

    private static void checkArticle(Article a) throws IOException {
        String line = ArticleJson.write("fuzz", a, false);
        if (line.indexOf('\n') >= 0) {
            throw new AssertionError("output line contains a newline");
        }
        JsonNode node = JSON.readTree(line);
        if (node.size() != 15 || !node.get("paragraphs").isArray() || !node.get("quotes").isArray()) {
            throw new AssertionError("output misses keys: " + line);
        }
    }
}
