package io.articlex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratorTest {

    private static Corpus twoArticles() {
        return new Corpus("t", List.of("First \"story\".\n".getBytes(StandardCharsets.UTF_8),
                "Second story, été.\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesAreShardedAndCycleThroughTheCorpus(@TempDir Path dir) throws Exception {
        long bytes = Generator.files(twoArticles(), dir, 2003);
        try (Stream<Path> s = Files.walk(dir)) {
            assertThat(s.filter(Files::isRegularFile).count()).isEqualTo(2003);
        }
        assertThat(dir.resolve("000/000999.txt")).exists();
        assertThat(Files.readString(dir.resolve("002/002002.txt"))).isEqualTo("First \"story\".\n");
        assertThat(Files.readString(dir.resolve("001/001001.txt"))).isEqualTo("Second story, été.\n");
        assertThat(bytes).isEqualTo(1002L * 15 + 1001L * 21);
    }

    @Test
    void jsonLinesHoldIdAndTextPerLine(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("big.jsonl");
        Generator.jsonLines(twoArticles(), out, 5);
        List<String> lines = Files.readAllLines(out);
        assertThat(lines).hasSize(5);
        JsonNode second = new ObjectMapper().readTree(lines.get(1));
        assertThat(second.get("id").asText()).isEqualTo("gen-000001");
        assertThat(second.get("text").asText()).isEqualTo("Second story, été.\n");
    }

    @Test
    void eachSubdirectoryWithArticlesIsACorpusAndAllComesLast(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("b"));
        Files.createDirectories(dir.resolve("a"));
        Files.createDirectories(dir.resolve("html-only"));
        Files.writeString(dir.resolve("a/1.txt"), "One.");
        Files.writeString(dir.resolve("b/2.txt"), "Two.");
        Files.writeString(dir.resolve("b/3.txt"), "Three.");
        Files.writeString(dir.resolve("html-only/x.html"), "<p>x</p>");
        List<Corpus> corpora = Benchmark.corpora(dir);
        assertThat(corpora).extracting(Corpus::name).containsExactly("a", "b", "all");
        assertThat(corpora).extracting(Corpus::size).containsExactly(1, 2, 3);
    }
}
