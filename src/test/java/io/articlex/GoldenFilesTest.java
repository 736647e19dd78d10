package io.articlex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.output.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backbone: every input in {@code samples/} is parsed and compared with the expected JSON beside it
 * ({@code NAME.txt} or {@code NAME.html} with {@code NAME.expected.json}).
 *
 * <p>After a deliberate change, {@code -Darticlex.golden.update=true} prints what would change in each
 * expected file and writes nothing; {@code -Darticlex.golden.write=true} as well writes the files (see
 * {@link GoldenUpdate} and {@code samples/README.md}, where every file's review is recorded).
 */
class GoldenFilesTest {

    static final Path SAMPLES = Path.of("samples");
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<Path> inputs() throws IOException {
        try (Stream<Path> s = Files.list(SAMPLES)) {
            return s.filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".html"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void samplesFolderIsNotEmpty() throws IOException {
        // issue 2: the seed and at least 8 more outlets' samples
        assertThat(inputs()).as("golden inputs in samples/").hasSizeGreaterThanOrEqualTo(9);
    }

    @Test
    void everySampleHasAReviewLineInTheReadme() throws IOException {
        // the review table names each input as it is named here, relative to samples/
        String readme = Files.readString(SAMPLES.resolve("README.md"));
        for (Path input : inputs()) {
            String row = "| " + input.getFileName() + " |";
            assertThat(readme).as("a review line for %s in samples/README.md", input).contains(row);
        }
        // and no line for a file that is gone
        for (String line : readme.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| sample ")
                && !l.startsWith("| ---")).toList()) {
            String file = line.substring(2, line.indexOf(" |", 2));
            assertThat(SAMPLES.resolve(file)).as("the sample reviewed in: %s", line).exists();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void outputMatchesExpectedJson(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path expected = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        String actual = ArticleJson.write("samples/" + name, Articlex.parser().parse(input), true);
        if (GoldenUpdate.requested()) {
            boolean write = GoldenUpdate.writeRequested();
            String diff = GoldenUpdate.update(expected, actual + "\n", write);
            if (!diff.isEmpty()) {
                System.out.println(diff);
                assertThat(write).as("%s would change (nothing written):%n%s%nRead each changed line against %s; "
                        + "then run again with -Darticlex.golden.write=true as well, and record the review in "
                        + "samples/README.md", expected, diff, input).isTrue();
            }
        }
        assertThat(expected).as("expected output beside %s", input).exists();
        JsonNode want = JSON.readTree(expected.toFile());
        JsonNode got = JSON.readTree(actual);
        assertThat(got.toPrettyString()).isEqualTo(want.toPrettyString());
    }
}
