package io.articlex;

import io.articlex.model.Article;
import io.articlex.model.Quote;
import io.articlex.output.ArticleJson;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's Java API example, run on the seed article, and the API's promises behind it. */
class ReadmeExampleTest {

    private static final Path SEED = Path.of("samples/iran-press-shamkhani.txt");

    @Test
    void theTenLineExample() throws IOException {
        Parser parser = Articlex.parser();
        Article a = parser.parse(SEED);
        List<String> printed = new ArrayList<>();
        if (a.dateline() != null) printed.add(a.dateline().location());
        for (Quote q : a.quotes()) printed.add(q.speaker() + ": " + q.text());
        String line = ArticleJson.write("story.txt", a, false);

        assertThat(printed.get(0)).isEqualTo("Tehran");
        assertThat(printed).hasSize(5);
        assertThat(printed.get(1)).startsWith("Ali Shamkhani: Accelerating the withdrawal");
        assertThat(line).startsWith("{\"file\":\"story.txt\",\"title\":null,\"dateline\":{\"text\":\"Tehran (IP):\"");
    }

    @Test
    void stringPathStreamAndBytesGiveTheSameArticle() throws IOException {
        byte[] bytes = Files.readAllBytes(SEED);
        Article fromPath = Articlex.parser().parse(SEED);
        assertThat(Articlex.parser().parse(new String(bytes, StandardCharsets.UTF_8))).isEqualTo(fromPath);
        assertThat(Articlex.parser().parse(new ByteArrayInputStream(bytes))).isEqualTo(fromPath);
        assertThat(Articlex.parser().parse(bytes)).isEqualTo(fromPath);
        assertThat(Articlex.parser().explain(bytes).article()).isEqualTo(fromPath);
    }

    @Test
    void oneParserServesManyThreads() throws Exception {
        Article expected = Articlex.parser().parse(SEED);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Article>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> Articlex.parser().parse(SEED)));
            }
            for (Future<Article> f : results) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void returnedListsAreImmutable() throws IOException {
        Article a = Articlex.parser().parse(SEED);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> a.paragraphs().add("x"))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
