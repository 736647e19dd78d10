package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.output.ExplainWriter.Style;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code parse --format}, {@code parse --explain}, {@code --color} and {@code articlex schema} through the CLI. */
class RenderOptionsTest {

    private static final String SEED = "samples/iran-press-shamkhani.txt";

    @Test
    void textFormatShowsHeadBodyAndQuotes() {
        CliRunner.Result r = CliRunner.run("parse", "--format", "text", SEED);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("== " + SEED + "\nDateline: Tehran (IP):  (location Tehran, agency IP)\n"
                        + "Source:   Iran Press (IP)\n\nThe Secretary of the Supreme National Security Council of Iran said:")
                .contains("\nQuotes:\n  1. \"Accelerating the withdrawal")
                .contains("— Ali Shamkhani (adding; never closed) [paragraph 1]\n")
                .contains("\nRelated:\n   - Iraqi Foreign Minister Fuad Hussein meets Iran's Shamkhani\n")
                .doesNotContain("Iran PressIran News:");
    }

    @Test
    void markdownFormatHasHeadingsAndEscapes() {
        CliRunner.Result r = CliRunner.run("parse", "-f", "markdown", SEED);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("# " + SEED + "\n\n*Tehran (IP): · Source: Iran Press (IP)*\n\n")
                .contains("\n## Quotes\n\n- “Accelerating the withdrawal")
                .contains(" — **Ali Shamkhani** (said)\n")
                .contains("\n## Related\n\n- Iraqi Foreign Minister");
    }

    @Test
    void jsonIsTheDefaultFormat() throws Exception {
        CliRunner.Result r = CliRunner.run("parse", "--format", "json", SEED);
        assertThat(r.code()).isZero();
        JsonNode o = new ObjectMapper().readTree(r.out());
        assertThat(o.get("file").asText()).isEqualTo(SEED);
    }

    @Test
    void anUnknownFormatIsAUsageError() {
        CliRunner.Result r = CliRunner.run("parse", "--format", "xml", SEED);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format").contains("xml");
    }

    @Test
    void aFailedInputInTextFormatSaysSoOnBothStreams() {
        CliRunner.Result r = CliRunner.run("parse", "--format", "text", "no-such-file.txt");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo("== no-such-file.txt\nerror: no such file\n\n");
        assertThat(r.err()).isEqualTo("articlex: no-such-file.txt: no such file\n");
    }

    @Test
    void explainMarksRemovedAndTakenSpansThenDecisions() {
        CliRunner.Result r = CliRunner.run("parse", "--explain", SEED);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("== " + SEED + "\n-- input: [-removed-]{reason}, [+taken+]{field}\n"
                        + "[+Tehran (IP):+]{dateline} The Secretary")
                .contains("[-Iran PressIran News:-]{navigation}")
                .contains("[-Read More:-]{related-links}")
                .contains("-- decisions\ntitle:     none\n"
                        + "dateline:  \"Tehran (IP):\" -> location \"Tehran\", date none, agency \"IP\"\n"
                        + "source:    Iran Press (IP), from the dateline's agency\n")
                .contains("quotes:    4\n")
                .contains("warning:   quote in paragraph 1 is never closed\n")
                .doesNotContain("\u001b[");
    }

    @Test
    void explainInColourWhenForced() {
        CliRunner.Result r = CliRunner.run("parse", "--explain", "--color=always", SEED);
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("\u001b[9;31mIran PressIran News:\u001b[0m\u001b[33m{navigation}\u001b[0m")
                .doesNotContain("[-Iran PressIran News:-]");
    }

    @Test
    void explainOfAPageSaysWhereTheTitleCameFrom() {
        CliRunner.Result r = CliRunner.run("parse", "--explain", "--color=never", "samples/html-wire-dateline.html");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[+PORT ALDER, Maine (AP) —+]{dateline}")
                .contains("(title not in the text: taken from the page's metadata) {title} \"Harbor cranes idle")
                .contains("source:    Associated Press (AP), from the dateline's agency")
                .doesNotContain("\u001b[");
    }

    @Test
    void explainReadsStandardInput() {
        CliRunner.Result r = CliRunner.runWithStdin("LONDON, Nov 24 (Reuters) - Prices rose.\n", "parse", "--explain", "-");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("== -\n").contains("{dateline}").contains("location \"LONDON\"");
    }

    @Test
    void explainOfAMissingFileFailsWithOneLine() {
        CliRunner.Result r = CliRunner.run("parse", "--explain", "no-such-file.txt", SEED);
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("articlex: no-such-file.txt: no such file\n");
        assertThat(r.out()).startsWith("== " + SEED);
    }

    @Test
    void colourOnlyOnATerminalAndNeverWithNoColor() {
        assertThat(RenderOptions.style(RenderOptions.Colour.AUTO, true, null)).isEqualTo(Style.COLOUR);
        assertThat(RenderOptions.style(RenderOptions.Colour.AUTO, true, "")).isEqualTo(Style.COLOUR);
        assertThat(RenderOptions.style(RenderOptions.Colour.AUTO, true, "1")).isEqualTo(Style.PLAIN);
        assertThat(RenderOptions.style(RenderOptions.Colour.AUTO, false, null)).isEqualTo(Style.PLAIN);
        assertThat(RenderOptions.style(RenderOptions.Colour.ALWAYS, false, "1")).isEqualTo(Style.COLOUR);
        assertThat(RenderOptions.style(RenderOptions.Colour.NEVER, true, null)).isEqualTo(Style.PLAIN);
    }

    @Test
    void schemaPrintsTheDraft202012Schema() throws Exception {
        CliRunner.Result r = CliRunner.run("schema");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode s = new ObjectMapper().readTree(r.out());
        assertThat(s.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(s.at("/$defs/article/required").toString()).startsWith("[\"file\",\"title\",\"dateline\"");
        assertThat(r.out()).endsWith("}\n");
    }

    @Test
    void schemaTakesNoArguments() {
        CliRunner.Result r = CliRunner.run("schema", "extra");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
    }
}
