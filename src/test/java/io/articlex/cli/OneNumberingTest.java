package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A paragraph number means the same paragraph wherever a user reads it: the JSON's {@code paragraph}
 * (the index into {@code paragraphs}, counted from 0 as jq counts), the text format, {@code --explain}
 * and the warnings.
 */
class OneNumberingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEED = "samples/iran-press-shamkhani.txt";

    @Test
    void textExplainAndWarningsUseTheJsonIndex() throws Exception {
        JsonNode a = JSON.readTree(CliRunner.run("parse", SEED).out());
        String text = CliRunner.run("parse", "--format", "text", SEED).out();
        String explain = CliRunner.run("parse", "--explain", "--color=never", SEED).out();
        assertThat(a.get("quotes").size()).isGreaterThan(1);
        for (JsonNode q : a.get("quotes")) {
            int n = q.get("paragraph").asInt();
            String words = q.get("text").asText().substring(0, 20);
            assertThat(a.get("paragraphs").get(n).asText()).as("paragraphs[%d] holds the quote", n).contains(words);
            assertThat(line(text, words)).endsWith("[paragraph " + n + "]");
            assertThat(line(explain, words)).contains("[paragraph " + n + "]");
        }
        Matcher m = Pattern.compile("quote in paragraph (\\d+) is never closed").matcher(a.get("warnings").toString());
        assertThat(m.find()).isTrue();
        int warned = Integer.parseInt(m.group(1));
        boolean unclosedThere = false;
        for (JsonNode q : a.get("quotes")) {
            unclosedThere |= q.get("paragraph").asInt() == warned && !q.get("closed").asBoolean();
        }
        assertThat(unclosedThere).as("the warning's paragraph is the unclosed quote's").isTrue();
    }

    private static String line(String out, String containing) {
        String cut = containing.length() > 12 ? containing.substring(0, 12) : containing;
        return out.lines().filter(l -> l.contains(cut)).filter(l -> l.contains("[paragraph ")).findFirst()
                .orElseThrow(() -> new AssertionError("no quote line with \"" + cut + "\" in:\n" + out));
    }
}
