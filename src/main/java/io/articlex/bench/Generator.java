package io.articlex.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Makes a large batch from a corpus for load tests (never committed: it is generated where asked,
 * /tmp for instance): the corpus articles repeated in turn until the count is reached, either as files
 * {@code OUT/000/000000.txt} (1,000 per directory, as archives are usually sharded) or as one JSON
 * Lines file of {@code {"id": "gen-000000", "text": ...}} records.
 */
public final class Generator {

    private static final int PER_DIRECTORY = 1000;

    private Generator() {
    }

    /** @return the bytes of article text written */
    public static long files(Corpus corpus, Path out, int count) throws IOException {
        requireArticles(corpus);
        long bytes = 0;
        List<byte[]> a = corpus.articles();
        for (int i = 0; i < count; i++) {
            Path dir = out.resolve(String.format("%03d", i / PER_DIRECTORY));
            if (i % PER_DIRECTORY == 0) {
                Files.createDirectories(dir);
            }
            byte[] text = a.get(i % a.size());
            Files.write(dir.resolve(String.format("%06d.txt", i)), text);
            bytes += text.length;
        }
        return bytes;
    }

    /** @return the bytes of article text written */
    public static long jsonLines(Corpus corpus, Path out, int count) throws IOException {
        requireArticles(corpus);
        long bytes = 0;
        List<byte[]> a = corpus.articles();
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(out), StandardCharsets.UTF_8), 1 << 16)) {
            JsonFactory f = new JsonFactory();
            for (int i = 0; i < count; i++) {
                byte[] text = a.get(i % a.size());
                try (JsonGenerator g = f.createGenerator(w)) {
                    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                    g.writeStartObject();
                    g.writeStringField("id", String.format("gen-%06d", i));
                    g.writeStringField("text", new String(text, StandardCharsets.UTF_8));
                    g.writeEndObject();
                }
                w.write('\n');
                bytes += text.length;
            }
        }
        return bytes;
    }

    private static void requireArticles(Corpus corpus) {
        if (corpus.size() == 0) {
            throw new IllegalArgumentException("the corpus holds no *.txt article");
        }
    }
}
