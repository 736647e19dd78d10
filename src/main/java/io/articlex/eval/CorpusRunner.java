package io.articlex.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Parser;
import io.articlex.output.ArticleJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs the parser over the inputs of gold cases and collects its output as predictions. The output
 * goes through {@link ArticleJson} and back, so {@code articlex eval} scores exactly the JSON that
 * {@code articlex parse} prints, not some richer in-memory form.
 */
public final class CorpusRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CorpusRunner() {
    }

    /** Parses every case's input; an input the parser rejects becomes an {@code error} line. */
    public static Predictions predict(Parser parser, List<GoldCase> cases) {
        Predictions out = new Predictions();
        for (GoldCase c : cases) {
            String name = c.input().toString();
            String line;
            try {
                line = ArticleJson.write(name, parser.parse(c.input()), false);
            } catch (IOException | RuntimeException e) {
                line = ArticleJson.error(name, String.valueOf(e.getMessage()));
            }
            try {
                out.add(JSON.readTree(line));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return out;
    }
}
