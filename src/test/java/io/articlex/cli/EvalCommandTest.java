package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Corpora;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code articlex eval} through the CLI entry point: stdout, stderr and exit status. */
class EvalCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void textReportOnTheSeed() {
        String seed = Corpora.seed().toString();
        CliRunner.Result r = CliRunner.run("eval", seed);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("== " + seed + " (1 cases)\n")
                .contains("dateline.location        1.0  (n=1)\n")
                .contains("paragraph.exact          1.0  (n=8)\n")
                .contains("quotes.gold              4\n")
                .contains("missing_predictions      0\n");
    }

    @Test
    void jsonIsOneObjectPerDirectory() throws Exception {
        String seed = Corpora.seed().toString();
        CliRunner.Result r = CliRunner.run("eval", "--json", seed, seed);
        assertThat(r.code()).as(r.err()).isZero();
        String[] lines = r.out().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode o = JSON.readTree(lines[0]);
        assertThat(o.get("dir").asText()).isEqualTo(seed);
        assertThat(o.get("cases").asInt()).isEqualTo(1);
        assertThat(o.get("paragraph.exact.n").asInt()).isEqualTo(8);
        assertThat(o.get("quotes.gold").asInt()).isEqualTo(4);
        assertThat(o.get("body.f1").isDouble()).isTrue();
    }

    @Test
    void predictionsFileIsScoredInsteadOfParsing() throws Exception {
        Path preds = tmp.resolve("p.jsonl");
        Files.writeString(preds, "{\"file\": \"x/000_9a080fc64cc45d3b.txt\", \"title\": null, \"paragraphs\": [],"
                + " \"quotes\": [], \"dateline\": {\"location\": \"TEHRAN\"}, \"source\": \"Iran Press\"}\n", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("eval", "--json", "--predictions", preds.toString(), Corpora.seed().toString());
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dateline.location").asDouble()).isEqualTo(1.0);
        assertThat(o.get("source").asDouble()).as("IP and Iran Press are one outlet").isEqualTo(1.0);
        assertThat(o.get("body.f1").asDouble()).isEqualTo(0.0);
        assertThat(o.get("quotes.recall").asDouble()).isEqualTo(0.0);
        assertThat(o.get("missing_predictions").asInt()).isZero();
    }

    @Test
    void failuresListEachCaseMisses() {
        Path preds = tmp.resolve("empty.jsonl");
        CliRunner.Result r = CliRunner.run("eval", "--failures", "--predictions", write(preds, ""), Corpora.seed().toString());
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("missing_predictions      1\n")
                .contains("-- 000_9a080fc64cc45d3b.txt\n")
                .contains("   no prediction\n")
                .contains("   dateline.location: gold \"Tehran\", got null\n");
    }

    @Test
    void aMissedBarExitsOneAndSaysWhich() {
        CliRunner.Result r = CliRunner.run("eval", "--min", "quotes.f1=0.5", "--min", "title.exact=1.01",
                "--min", "boilerplate.leaked=0.0", Corpora.seed().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).contains("below the bar: title.exact=1.0 (bar 1.01)")
                .doesNotContain("quotes.f1").doesNotContain("boilerplate.leaked");
        assertThat(r.out()).contains("title.exact");
    }

    /**
     * Two invented pages of snippet gold on two sites, one per half: counts are pooled over the cases
     * (not averaged), curly quotes and non-breaking spaces are folded before the substring test, and
     * {@code --half} keeps only the cases of that site half.
     */
    @Test
    void snippetsArePooledAndHalvesSplitBySite() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("snip"));
        // example.org is in half A, news.example.net in half B (first SHA-1 byte even / odd).
        write(dir.resolve("a.html"), "<p>x</p>");
        write(dir.resolve("a.gold.json"), "{\"origin\": \"https://www.example.org/story\", \"annotated\": [\"snippets\"],"
                + " \"with\": [\"\u201cfirst\u201d line\", \"second line\", \"third line\"], \"without\": [\"Share this\"]}");
        write(dir.resolve("b.html"), "<p>y</p>");
        write(dir.resolve("b.gold.json"), "{\"origin\": \"https://news.example.net/item\", \"annotated\": [\"snippets\"],"
                + " \"with\": [\"only line\"], \"without\": [\"Related stories\", \"Sign in\"]}");
        Path preds = tmp.resolve("snip.jsonl");
        write(preds, "{\"file\": \"a.html\", \"paragraphs\": [\"The \\\"first\\\" line and the second\\u00a0line.\", \"Share this\"]}\n"
                + "{\"file\": \"b.html\", \"paragraphs\": [\"The only line.\"]}\n");

        JsonNode whole = JSON.readTree(CliRunner.run("eval", "--json", "--predictions", preds.toString(), dir.toString()).out());
        // with: 3 found of 4 (third line missed); without: 1 found (Share this) of 3.
        assertThat(whole.get("cases").asInt()).isEqualTo(2);
        assertThat(whole.get("snippets.precision").asDouble()).isEqualTo(0.75);
        assertThat(whole.get("snippets.recall").asDouble()).isEqualTo(0.75);
        assertThat(whole.get("snippets.f1").asDouble()).isEqualTo(0.75);
        assertThat(whole.get("snippets.accuracy").asDouble()).isEqualTo(0.7143);

        JsonNode a = JSON.readTree(CliRunner.run("eval", "--json", "--half", "a", "--predictions", preds.toString(), dir.toString()).out());
        assertThat(a.get("cases").asInt()).isEqualTo(1);
        assertThat(a.get("snippets.precision").asDouble()).isEqualTo(0.6667);
        assertThat(a.get("snippets.recall").asDouble()).isEqualTo(0.6667);
        CliRunner.Result b = CliRunner.run("eval", "--half", "B", "--predictions", preds.toString(), dir.toString());
        assertThat(b.out()).startsWith("== " + dir + ", half B (1 cases)\n")
                .contains("snippets.f1              1.0\n").contains("snippets.accuracy        1.0\n");
    }

    @Test
    void aHalfIsAOrB() {
        CliRunner.Result r = CliRunner.run("eval", "--half", "C", Corpora.seed().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("articlex: --half: A or B, not 'C'");
    }

    @Test
    void aFolderWithoutCasesIsAnError() {
        CliRunner.Result r = CliRunner.run("eval", tmp.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("articlex: " + tmp + ": no gold cases (NAME.gold.json beside NAME.txt or NAME.html)\n");
    }

    @Test
    void aMissingFolderIsAnErrorButOthersAreStillScored() {
        CliRunner.Result r = CliRunner.run("eval", "--json", tmp.resolve("nope").toString(), Corpora.seed().toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("articlex: " + tmp.resolve("nope") + ": " + tmp.resolve("nope") + ": not a directory\n");
        assertThat(r.out().split("\n")).hasSize(1);
    }

    @Test
    void noFolderIsAUsageError() {
        CliRunner.Result r = CliRunner.run("eval");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: Missing required parameter: 'DIR'");
    }

    @Test
    void unreadablePredictionsAreAUsageError() {
        CliRunner.Result r = CliRunner.run("eval", "--predictions", tmp.resolve("none.jsonl").toString(), Corpora.seed().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: --predictions " + tmp.resolve("none.jsonl") + ": cannot read");
    }

    @Test
    void helpDescribesTheCommand() {
        CliRunner.Result r = CliRunner.run("eval", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("Usage: articlex eval").contains("--predictions=FILE").contains("--min=METRIC=VALUE");
    }

    private static String write(Path p, String content) {
        try {
            Files.writeString(p, content, StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return p.toString();
    }
}
