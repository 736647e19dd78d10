package io.articlex.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-to-end rows on a tiny corpus, run through this build's classes in child JVMs; figures themselves are never asserted. */
class EndToEndTest {

    private static final List<String> ARTICLEX = List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-XX:TieredStopAtLevel=1",
            "-cp", System.getProperty("java.class.path"), "io.articlex.cli.Main");

    private static Corpus corpus() {
        return new Corpus("tiny", List.of(
                "LONDON (Reuters) - Prices rose, \"a lot,\" said Ann Lee.\n".getBytes(StandardCharsets.UTF_8),
                "PARIS, May 2 (AFP) - The museum reopened on Friday.\n".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void filesAndJsonLinesGiveOneLinePerArticleOnBothThreadCounts() throws Exception {
        EndToEnd e2e = new EndToEnd(ARTICLEX, 2, 1);
        EndToEnd.Row files = e2e.files(corpus(), 5);
        assertThat(files.items()).isEqualTo(5);
        assertThat(files.complete()).isTrue();
        assertThat(files.one()).isPositive();
        assertThat(files.many()).isPositive();
        assertThat(files.input()).isEqualTo("5 files in 1 dirs");
        EndToEnd.Row lines = e2e.jsonLines(corpus(), 3);
        assertThat(lines.items()).isEqualTo(3);
        assertThat(lines.complete()).isTrue();
    }

    @Test
    void pagesAreCopiedWithoutTheCorpusOtherFiles(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.html"), "<html><body><p>The museum reopened on Friday after two years.</p></body></html>");
        Files.writeString(dir.resolve("a.gold.json"), "{}");
        EndToEnd.Row r = new EndToEnd(ARTICLEX, 2, 1).pages("site", dir);
        assertThat(r.items()).isEqualTo(1);
        assertThat(r.bytes()).isEqualTo(Files.size(dir.resolve("a.html")));
        assertThat(r.complete()).isTrue();
    }

    /** A run that fails (here: an option the parser refuses) is reported as incomplete, not as a fast one. */
    @Test
    void aFailedRunIsIncomplete() throws Exception {
        List<String> broken = new java.util.ArrayList<>(ARTICLEX);
        broken.add("--no-such-option");
        EndToEnd.Row r = new EndToEnd(broken, 2, 1).files(corpus(), 2);
        assertThat(r.complete()).isFalse();
    }
}
