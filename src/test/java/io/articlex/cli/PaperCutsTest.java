package io.articlex.cli;

import io.articlex.Corpora;
import io.articlex.eval.CorpusRunner;
import io.articlex.eval.EvalReport;
import io.articlex.eval.GoldCase;
import io.articlex.eval.Scorer;
import io.articlex.Articlex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Small usage errors a new user runs into, each answered with exit 2 and a message that says what is wrong. */
class PaperCutsTest {

    @TempDir
    Path tmp;

    @Test
    void zeroOrNegativeJobsAreUsageErrors() {
        for (String n : List.of("0", "-3")) {
            CliRunner.Result r = CliRunner.runWithStdin("Officials met.\n", "parse", "-j", n, "-");
            assertThat(r.code()).as("-j %s", n).isEqualTo(2);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("articlex: -j/--jobs must be at least 1, not " + n + "\n");
        }
        assertThat(CliRunner.runWithStdin("Officials met.\n", "parse", "-j", "1", "-").code()).isZero();
    }

    @Test
    void anUnknownCommandIsNamedAsOne() {
        CliRunner.Result r = CliRunner.run("nonsense");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("articlex: unknown command 'nonsense'; commands: parse, eval, schema, rules, bench")
                .doesNotContain("Unmatched argument");
        assertThat(CliRunner.run("pars").err()).startsWith("articlex: unknown command 'pars' (did you mean parse?);");
        assertThat(CliRunner.run("shema").err()).startsWith("articlex: unknown command 'shema' (did you mean schema?);");
    }

    @Test
    void helpTakesACommandName() {
        CliRunner.Result r = CliRunner.run("help", "parse");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Usage: articlex parse").contains("--pretty");
    }

    @Test
    void anOutputFileInAMissingDirectorySaysSoAndNamesNoTemporaryFile() {
        Path target = tmp.resolve("no-such-dir").resolve("o.jsonl");
        CliRunner.Result r = CliRunner.runWithStdin("Officials met.\n", "parse", "-o", target.toString(), "-");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).isEqualTo("articlex: cannot write " + target + ": no such directory "
                + tmp.resolve("no-such-dir") + "\n");
    }

    @Test
    void aMisspeltMetricIsAUsageErrorNotAMissedBar() {
        CliRunner.Result r = CliRunner.run("eval", "--min", "bodyf1=0.9", Corpora.seed().toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).startsWith("articlex: --min: unknown metric 'bodyf1' (did you mean body.f1?); metrics: title.exact, ");
        assertThat(CliRunner.run("eval", "--min", "body.f1=0.5", "--min", "body.f1.n=1", Corpora.seed().toString()).code())
                .isZero();
    }

    /** The list --min checks against holds every metric a report can carry: a case annotating every field. */
    @Test
    void everyReportedMetricIsKnown() throws Exception {
        Path dir = java.nio.file.Files.createDirectory(tmp.resolve("gold"));
        java.nio.file.Files.writeString(dir.resolve("a.txt"), "ROME, May 2 (AP) - \"Trains ran late,\" the operator said.\n");
        java.nio.file.Files.writeString(dir.resolve("a.gold.json"), """
                {"annotated": ["title", "byline", "published", "language", "dateline", "source", "paragraphs",
                               "boilerplate", "snippets", "quotes"],
                 "title": null, "byline": null, "published": null, "language": null,
                 "dateline": {"location": "ROME", "date": "May 2", "agency": "AP"}, "source": "AP",
                 "paragraphs": ["\\"Trains ran late,\\" the operator said."], "boilerplate": ["Read more"],
                 "with": ["Trains ran late"], "without": ["Read more"],
                 "quotes": [{"text": "Trains ran late,", "speaker": "the operator"}]}
                """);
        java.nio.file.Files.writeString(dir.resolve("b.txt"), "No dateline here, the operator said.\n");
        java.nio.file.Files.writeString(dir.resolve("b.gold.json"), "{\"annotated\": [\"dateline\"], \"dateline\": null}");
        List<GoldCase> cases = GoldCase.load(dir);
        EvalReport report = Scorer.builtIn().score(cases, CorpusRunner.predict(Articlex.parser(), cases));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (String metric : report.metrics().keySet()) {
            String bare = metric.endsWith(".n") ? metric.substring(0, metric.length() - 2) : metric;
            assertThat(Scorer.METRICS).as(metric).contains(bare);
            seen.add(bare);
        }
        assertThat(seen).as("the case exercises every metric").containsExactlyInAnyOrderElementsOf(Scorer.METRICS);
    }
}
