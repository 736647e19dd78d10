package io.articlex;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.output.ArticleJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The backbone: every input in {@code samples/} is parsed and compared with the expected JSON beside it
 * ({@code NAME.txt} or {@code NAME.html} with {@code NAME.expected.json}).
 *
 * <p>To regenerate after a deliberate change, run with {@code -Darticlex.golden.update=true} and review
 * the diff of {@code samples/} before committing.
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

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void outputMatchesExpectedJson(Path input) throws IOException {
        String name = input.getFileName().toString();
        Path expected = input.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".expected.json");
        String actual = ArticleJson.write("samples/" + name, Articlex.parser().parse(input), true);
        if (Boolean.getBoolean("articlex.golden.update")) {
            Files.writeString(expected, actual + "\n", StandardCharsets.UTF_8);
        }
        assertThat(expected).as("expected output beside %s", input).exists();
        JsonNode want = JSON.readTree(expected.toFile());
        JsonNode got = JSON.readTree(actual);
        assertThat(got.toPrettyString()).isEqualTo(want.toPrettyString());
    }
}
