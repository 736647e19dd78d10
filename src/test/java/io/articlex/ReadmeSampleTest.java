package io.articlex;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The README's "Example" section shows a sample's real input and expected output, never a stale copy. */
class ReadmeSampleTest {

    @Test
    void exampleSectionQuotesTheSampleAndItsExpectedOutput() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        String section = readme.substring(readme.indexOf("## Example"), readme.indexOf("## Install"));
        String input = block(section, "```text\n");
        String output = block(section, "```json\n");

        assertThat(input).isEqualTo(Files.readString(Path.of("samples/kuna-bridge.txt")).strip());
        ObjectMapper json = new ObjectMapper();
        assertThat(json.readTree(output)).isEqualTo(json.readTree(Path.of("samples/kuna-bridge.expected.json").toFile()));
    }

    private static String block(String section, String fence) {
        int start = section.indexOf(fence) + fence.length();
        return section.substring(start, section.indexOf("```", start)).strip();
    }
}
