package io.articlex.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Removed;
import io.articlex.model.Source;
import io.articlex.rules.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7: a user rules file in the built-in format adds an outlet the built-ins lack (an invented
 * one, so no built-in rule can stand in for it): its own dateline shape, its crumb and its sign-off.
 */
class UserRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SAMPLE = "samples/rules/lakeland-wire.txt";
    private static final String RULES = "samples/rules/lakeland-wire.rules.json";

    @TempDir
    Path tmp;

    @Test
    void withoutTheRulesTheOutletIsUnknown() throws Exception {
        CliRunner.Result r = CliRunner.run("parse", "--pretty", SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dateline").isNull()).isTrue();
        assertThat(o.get("source").isNull()).isTrue();
        assertThat(o.at("/paragraphs/0").asText()).startsWith("Lakeland WireTop Stories: LWS/PORTVALE");
        assertThat(o.get("paragraphs").toString()).as("the sign-off stays in the body").contains("-- LWS Desk");
    }

    @Test
    void theRulesFileAddsDatelineShapeCrumbAndSignOff() throws Exception {
        CliRunner.Result r = CliRunner.run("parse", "--rules", RULES, SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        JsonNode o = JSON.readTree(r.out());
        assertThat(o.get("dateline").toString()).isEqualTo(
                "{\"text\":\"LWS/PORTVALE, March 3 --\",\"location\":\"PORTVALE\",\"date\":\"March 3\",\"agency\":\"LWS\"}");
        assertThat(o.get("source").toString()).isEqualTo("{\"name\":\"Lakeland Wire Service\",\"code\":\"LWS\"}");
        assertThat(o.get("paragraphs")).hasSize(4);
        assertThat(o.at("/paragraphs/0").asText()).startsWith("The Portvale harbour board approved");
        assertThat(o.at("/paragraphs/3").asText()).isEqualTo("The work is expected to begin in May and to take about four months.");
        assertThat(o.get("removed").toString())
                .contains("{\"text\":\"Lakeland WireTop Stories:\",\"reason\":\"navigation\"}")
                .contains("\"reason\":\"sign-off\"").contains("LWS Desk");
        assertThat(o.get("quotes")).hasSize(2);
    }

    @Test
    void theJavaApiTakesTheSameRulesAndLeavesTheDefaultParserAlone() throws Exception {
        Rules rules;
        try (InputStream in = Files.newInputStream(Path.of(RULES))) {
            rules = Rules.builtIn().merge(Rules.parse(in));
        }
        Parser custom = Articlex.parser(rules);
        Article a = custom.parse(Path.of(SAMPLE));
        assertThat(a.dateline()).isEqualTo(new Dateline("LWS/PORTVALE, March 3 --", "PORTVALE", "March 3", "LWS"));
        assertThat(a.source()).isEqualTo(new Source("Lakeland Wire Service", "LWS"));
        assertThat(a.removed()).contains(new Removed("Lakeland WireTop Stories:", "navigation"));
        assertThat(Articlex.parser().parse(Path.of(SAMPLE)).dateline()).isNull();
        assertThat(Articlex.parser().parse(Path.of("samples/iran-press-shamkhani.txt")).source())
                .isEqualTo(custom.parse(Path.of("samples/iran-press-shamkhani.txt")).source());
    }

    @Test
    void explainShowsTheUserRulesAtWork() {
        CliRunner.Result r = CliRunner.run("parse", "--explain", "--rules", RULES, SAMPLE);
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("[-Lakeland WireTop Stories:-]{navigation} [+LWS/PORTVALE, March 3 --+]{dateline}")
                .contains("{sign-off}")
                .contains("source:    Lakeland Wire Service (LWS), from the dateline's agency");
    }

    @Test
    void aMissingRulesFileIsAUsageError() {
        CliRunner.Result r = CliRunner.run("parse", "--rules", "no-such-rules.json", SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: --rules no-such-rules.json: no such file\n");
    }

    @Test
    void invalidRulesAreAUsageErrorThatSaysWhy() throws Exception {
        Path notJson = Files.writeString(tmp.resolve("a.json"), "{\"outlets\": [", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("parse", "--rules", notJson.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("articlex: --rules " + notJson
                + ": line 1: not valid JSON: Unexpected end-of-input: expected close marker for Array\n"
                + "Try 'articlex parse --help' for more information.\n");

        Path badRegex = Files.writeString(tmp.resolve("b.json"),
                "{\"outlets\": [{\"code\": \"X\", \"name\": \"X\", \"datelines\": [\"(?<loc>[A-Z\"]}]}", StandardCharsets.UTF_8);
        r = CliRunner.run("parse", "--rules", badRegex.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("articlex: --rules " + badRegex + ": line 1: bad pattern in \"datelines\"");
    }

    @Test
    void aMisspeltKeyIsAUsageErrorNamingTheFileTheLineAndTheNearestKey() throws Exception {
        Path misspelt = Files.writeString(tmp.resolve("c.json"),
                "{\"outlets\": [\n {\"code\": \"ZNA\", \"name\": \"Zeta\", \"signoff\": [\"// END\"]}]}", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("parse", "--rules", misspelt.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: --rules " + misspelt
                + ": line 2: unknown key \"signoff\" in an outlet (did you mean \"signoffs\"?)\n");
    }

    @Test
    void aCatastrophicPatternIsAUsageErrorWithTheReason() throws Exception {
        Path bad = Files.writeString(tmp.resolve("d.json"),
                "{\"rules\": [{\"reason\": \"share\", \"line\": [\"(?:(?=a)(a|a)+)+b\"]}]}", StandardCharsets.UTF_8);
        CliRunner.Result r = CliRunner.run("parse", "--rules", bad.toString(), SAMPLE);
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("refused: ").contains("exponential time");
    }

    @Test
    void rulesJsonPrintsTheBuiltInsAsAFileThatReadsBack() throws Exception {
        CliRunner.Result r = CliRunner.run("rules", "--json");
        assertThat(r.code()).isZero();
        Path file = Files.writeString(tmp.resolve("all.json"), r.out(), StandardCharsets.UTF_8);
        CliRunner.Result again = CliRunner.run("rules", "--rules", file.toString());
        assertThat(again.code()).isZero();
        List<String> plain = CliRunner.run("rules").out().lines().toList();
        List<String> merged = again.out().lines().toList();
        String count = plain.get(plain.size() - 1).split(" ")[0];
        assertThat(merged.get(merged.size() - 1)).isEqualTo(count + " outlets, " + count + " from --rules");
        // the same table, each outlet marked as coming from the file
        assertThat(merged.subList(1, merged.size() - 1))
                .isEqualTo(plain.subList(1, plain.size() - 1).stream().map(l -> "*" + l.substring(1)).toList());
    }

    @Test
    void rulesListsTheBuiltInOutletsAndCodes() {
        CliRunner.Result r = CliRunner.run("rules");
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).startsWith("  CODE ")
                .containsPattern("(?m)^  IP +Iran Press \\(Iran Press News Agency\\)$")
                .containsPattern("(?m)^  Reuters +Reuters")
                .containsPattern("(?m)^\\d+ outlets$")
                .doesNotContain("LWS");
    }

    @Test
    void rulesMarksTheUsersOutletsAndLongShowsTheirStrings() {
        CliRunner.Result r = CliRunner.run("rules", "--long", "--rules", RULES);
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("(?m)^\\* LWS +Lakeland Wire Service \\(Lakeland Wire\\)$")
                .contains("crumbs: Lakeland WireTop Stories:")
                .contains("sign-offs: -- LWS Desk")
                .containsPattern("(?m)^\\d+ outlets, 1 from --rules$");
    }

    @Test
    void evalTakesRulesToo() {
        CliRunner.Result r = CliRunner.run("eval", "--rules", RULES, io.articlex.Corpora.seed().toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("dateline.location        1.0");
    }
}
