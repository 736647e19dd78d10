package io.articlex.html;

import io.articlex.Articlex;
import io.articlex.Corpora;
import io.articlex.Parser;
import io.articlex.model.Article;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A page reads the same however often and after whatever else it is parsed. The picker's choice
 * between equal scores (a wrapper and its only child hold the same text) once followed the order of
 * an identity map, which changes with every object the JVM has made before: the second parse of a
 * page in a batch could keep another container than the first. Every dev page is read forward, then
 * again backward in the same JVM, and each reading must be identical.
 */
class RepeatableReadingTest {

    @Test
    void everyDevPageReadsTheSameForwardAndBackward() throws IOException {
        List<Path> pages = new ArrayList<>();
        for (String set : List.of("html-dev", "trafilatura-dev")) {
            Path dir = Corpora.corpus(set);
            assertThat(dir).as("corpus " + set + " must be present").isDirectory();
            try (Stream<Path> s = Files.list(dir)) {
                s.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
            }
        }
        assertThat(pages).hasSizeGreaterThan(300);
        Parser parser = Articlex.parser();
        Map<Path, Article> first = new HashMap<>();
        for (Path p : pages) {
            first.put(p, parser.parse(p));
        }
        for (int i = pages.size() - 1; i >= 0; i--) {
            Path p = pages.get(i);
            assertThat(parser.parse(p)).as(p.getFileName().toString()).isEqualTo(first.get(p));
        }
    }
}
