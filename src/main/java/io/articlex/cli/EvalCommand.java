package io.articlex.cli;

import io.articlex.batch.Problems;
import io.articlex.eval.CaseNotes;
import io.articlex.eval.CorpusRunner;
import io.articlex.eval.EvalReport;
import io.articlex.eval.GoldCase;
import io.articlex.eval.Predictions;
import io.articlex.eval.Scorer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code articlex eval DIR...}: scores the parser (or a predictions file) against gold cases. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Score the parser against folders of gold cases (NAME.txt|.html + NAME.gold.json).",
                "Prints per-field figures: title, dateline, source, body P/R/F1, exact paragraphs,",
                "boilerplate leaked, quotes P/R/F1 and speaker accuracy, trafilatura-style snippets P/R/F1.",
                "Exit status 1 when a --min bar is missed."},
        exitCodeList = {"0:Every folder was scored and met every --min bar.",
                "1:A folder could not be scored, or a --min bar was missed.",
                "2:Usage error: an unknown option or metric, a bad value.",
                "3:Internal error."},
        footer = {"  articlex eval ../shared/corpus/reuters-dev",
                "  articlex eval --json DIR1 DIR2",
                "  articlex eval --min body.f1=0.98 --min boilerplate.leaked=0.02 DIR"})
final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Folders of gold cases.")
    List<Path> dirs = List.of();

    @Mixin
    RulesOption rules;

    @Option(names = "--json", description = "One JSON object per DIR, one per line.")
    boolean json;

    @Option(names = "--predictions", paramLabel = "FILE",
            description = "Score this JSON Lines file (as 'articlex parse' writes) instead of parsing the inputs.")
    Path predictions;

    @Option(names = "--failures", description = "After the figures, list each case's misses (text output only).")
    boolean failures;

    @Option(names = "--half", paramLabel = "A|B",
            description = "Score only one site half of each folder, split as the reference scorer's --half splits it"
                    + " (by the host of the case's origin URL, else its outlet): tune on one half, check on the other.")
    String half;

    @Option(names = "--min", paramLabel = "METRIC=VALUE",
            description = "Fail (exit 1) when METRIC is below VALUE (above it for boilerplate.leaked). Repeatable.")
    Map<String, Double> mins = new LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        for (String metric : mins.keySet()) {
            if (!Scorer.METRICS.contains(metric) && !(metric.endsWith(".n")
                    && Scorer.METRICS.contains(metric.substring(0, metric.length() - 2)))) {
                throw new ParameterException(spec.commandLine(), "--min: unknown metric '" + metric + "'"
                        + nearest(metric) + "; metrics: " + String.join(", ", Scorer.METRICS));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String onlyHalf = half();
        Predictions given = predictions == null ? null : readPredictions();
        Scorer scorer = Scorer.builtIn();
        int failed = 0;
        boolean first = true;
        for (Path dir : dirs) {
            List<GoldCase> cases;
            try {
                cases = GoldCase.load(dir);
            } catch (IOException e) {
                err.println("articlex: " + dir + ": " + Problems.oneLine(e));
                failed++;
                continue;
            }
            if (onlyHalf != null) {
                cases = cases.stream().filter(c -> c.half().equals(onlyHalf)).toList();
            }
            if (cases.isEmpty()) {
                err.println("articlex: " + dir + ": no gold cases" + (onlyHalf == null
                        ? " (NAME.gold.json beside NAME.txt or NAME.html)" : " in half " + onlyHalf));
                failed++;
                continue;
            }
            Predictions preds = given != null ? given : CorpusRunner.predict(RulesOption.Use.parser(rules), cases);
            EvalReport report = scorer.score(cases, preds);
            List<String> short_ = shortfalls(report);
            if (json) {
                out.println(report.toJson(dir.toString()));
            } else {
                if (!first) {
                    out.println();
                }
                out.println("== " + dir + (onlyHalf == null ? "" : ", half " + onlyHalf) + " (" + report.cases() + " cases)");
                out.print(report.toText());
                if (failures) {
                    for (CaseNotes n : report.notes()) {
                        out.println("-- " + n.input());
                        n.notes().forEach(line -> out.println("   " + line));
                    }
                }
            }
            for (String s : short_) {
                err.println("articlex: " + dir + ": below the bar: " + s);
            }
            if (!short_.isEmpty()) {
                failed++;
            }
            first = false;
        }
        out.flush();
        return failed == 0 ? Errors.OK : Errors.SOME_FAILED;
    }

    private String half() {
        if (half == null) {
            return null;
        }
        String h = half.strip().toUpperCase(Locale.ROOT);
        if (!h.equals("A") && !h.equals("B")) {
            throw new ParameterException(spec.commandLine(), "--half: A or B, not '" + half + "'");
        }
        return h;
    }

    private Predictions readPredictions() throws IOException {
        try {
            return Predictions.readJsonLines(predictions);
        } catch (IOException e) {
            throw new ParameterException(spec.commandLine(), "--predictions " + predictions + ": cannot read: " + Problems.oneLine(e));
        }
    }

    /** " (did you mean X?)" for the known metric that differs least from a misspelt one, ignoring dots. */
    private static String nearest(String metric) {
        String bare = metric.replace(".", "").replace("_", "").toLowerCase(Locale.ROOT);
        for (String m : Scorer.METRICS) {
            if (m.replace(".", "").replace("_", "").equals(bare)) {
                return " (did you mean " + m + "?)";
            }
        }
        return "";
    }

    private List<String> shortfalls(EvalReport report) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, Double> m : mins.entrySet()) {
            Number got = report.metrics().get(m.getKey());
            double bar = m.getValue();
            boolean lowerIsBetter = m.getKey().equals("boilerplate.leaked");
            if (got == null || (lowerIsBetter ? got.doubleValue() > bar : got.doubleValue() < bar)) {
                out.add(String.format(Locale.ROOT, "%s=%s (bar %s)", m.getKey(), got, bar));
            }
        }
        return out;
    }
}
