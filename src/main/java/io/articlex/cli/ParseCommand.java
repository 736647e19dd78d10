package io.articlex.cli;

import io.articlex.batch.AtomicFileOutput;
import io.articlex.batch.Batch;
import io.articlex.batch.ExplainInputs;
import io.articlex.batch.FileFilter;
import io.articlex.batch.InputProcessor;
import io.articlex.batch.Inputs;
import io.articlex.batch.LineOutput;
import io.articlex.batch.Problems;
import io.articlex.batch.Progress;
import io.articlex.batch.RecordFields;
import io.articlex.batch.Skipped;
import io.articlex.batch.StreamOutput;
import io.articlex.input.InputFiles;
import io.articlex.input.InputRules;
import io.articlex.model.Article;
import io.articlex.output.ArticleWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * {@code articlex parse FILE|DIR...}: one JSON line per input, in input order, whatever the number of
 * threads. The batch machinery lives in {@code io.articlex.batch}; this class only turns options into
 * a run and prints what goes to the user.
 */
@Command(name = "parse", mixinStandardHelpOptions = true,
        description = {"Parse articles and print one JSON object per input, one per line, in input order.",
                "A DIR is walked recursively in name order. With no FILE, or when FILE is -, read standard input.",
                "@FILE on the command line reads more arguments from FILE."},
        footer = {"  articlex parse story.txt                       # one JSON line",
                "  articlex parse --pretty story.txt              # indented",
                "  articlex parse --format text page.html         # for people to read",
                "  articlex parse --explain story.txt             # why each span was removed",
                "  articlex parse archive/ -j 4 -o out.jsonl -v   # a directory, 4 threads, to a file",
                "  cat story.txt | articlex parse -               # standard input"})
final class ParseCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputOptions in;

    @Mixin
    DecodingOptions decoding;

    @Mixin
    OutputOptions output;

    @Mixin
    RunOptions run;

    @Mixin
    RenderOptions render;

    @Mixin
    RulesOption rules;

    @Mixin
    DateOptions dates;

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Files or directories to parse; - for standard input.")
    List<String> files = List.of();

    @Override
    public Integer call() throws Exception {
        return run(spec.commandLine().getOut(), spec.commandLine().getErr());
    }

    /**
     * The command, writing to {@code out} and {@code err}: picocli's {@link #call}, and {@link QuickBatch}'s
     * run of a command it filled itself (which gives no line that reaches the usage errors below, the
     * only code here that needs picocli's {@link #spec}).
     */
    int run(PrintWriter out, PrintWriter err) throws Exception {
        FileFilter filter = filter();
        List<String> named = files.isEmpty() && in.filesFrom == null ? List.of("-") : files;
        if (named.contains("-") && "-".equals(in.filesFrom)) {
            throw new ParameterException(spec.commandLine(),
                    "standard input cannot be both an input and the --files-from list");
        }
        Iterator<String> names;
        try {
            names = names(named);
        } catch (IOException e) {
            err.println("articlex: cannot read --files-from " + in.filesFrom + ": " + Problems.oneLine(e));
            return Errors.USAGE;
        }
        if (render.explain) {
            return explain(names, filter, out, err);
        }
        InputRules limits = decoding.rules().forHeapShare(run.threads());
        ArticleWriter writer = render.format.writer(output.pretty);
        InputProcessor processor = new InputProcessor(bytesParser(), textParser(),
                new RecordFields(in.textField, in.idField, decoding.maxBytes()), writer, () -> System.in,
                limits, run.timeout);
        Progress progress = run.showProgress() ? new Progress(err) : null;
        if (progress != null) {
            countInBackground(named, filter, progress);
        }
        long[] done = new long[2];
        Batch.Summary summary;
        Skipped skipped;
        try (LineOutput sink = open(out);
             Inputs inputs = new Inputs(names, filter, in.format, () -> System.in).limits(limits)) {
            if (sink instanceof AtomicFileOutput file) {
                inputs.excluding(file.target());
            }
            if (writer.header() != null) {
                sink.write(writer.header());
            }
            summary = Batch.run(inputs, processor, run.threads(), sink, o -> {
                done[0]++;
                if (o.failed()) {
                    done[1]++;
                    if (progress != null) {
                        progress.clear();
                    }
                    err.println("articlex: " + StderrWriter.oneLine(o.name() + ": " + o.error()));
                    if (common.stacktrace && o.cause() != null) {
                        o.cause().printStackTrace(err);
                    }
                }
                if (progress != null) {
                    progress.update(done[0], done[1], inputs.skipped().total());
                }
            });
            skipped = inputs.skipped();
        } catch (OutputUnavailable e) {
            err.println("articlex: cannot write " + output.output + ": " + Errors.writeReason(output.output, (IOException) e.getCause()));
            return Errors.USAGE;
        } catch (UncheckedIOException e) {
            err.println("articlex: cannot read --files-from " + in.filesFrom + ": " + Problems.oneLine(e.getCause()));
            return Errors.INTERNAL;
        } catch (IOException e) {
            err.println("articlex: cannot write " + (output.output == null ? "standard output" : output.output)
                    + ": " + Problems.oneLine(e));
            return Errors.INTERNAL;
        } finally {
            if (progress != null) {
                progress.clear();
            }
        }
        if (skipped.total() > 0 && (run.verbose || in.glob == null)) {
            err.println("articlex: " + skipped.notice(in.glob != null));
        }
        if (summary.inputs() == 0 && skipped.total() == 0 && !summary.stopped()) {
            // An empty folder (or an empty JSON Lines file) is not an error, but an empty output with
            // a silent exit 0 leaves a script's user guessing whether the path was wrong.
            err.println("articlex: found nothing to parse" + (in.filesFrom == null ? " in " + String.join(" ", named) : ""));
        }
        if (run.verbose) {
            err.println(summaryLine(summary));
        }
        return summary.failed() == 0 ? Errors.OK : Errors.SOME_FAILED;
    }

    /** {@code --explain}: one input after the other, rendered for people (see {@link ExplainInputs}). */
    private int explain(Iterator<String> names, FileFilter filter, PrintWriter out, PrintWriter err) throws IOException {
        ExplainInputs explainer = new ExplainInputs(RulesOption.Use.parser(rules, dates).withDecoding(decoding.decodeOptions()), new RecordFields(in.textField, in.idField, decoding.maxBytes()),
                render.style(), () -> System.in);
        int failed = 0;
        try (Inputs inputs = new Inputs(names, filter, in.format, () -> System.in).limits(decoding.rules())) {
            while (inputs.hasNext()) {
                ExplainInputs.Result r = explainer.explain(inputs.next());
                if (r.error() != null) {
                    failed++;
                    err.println("articlex: " + StderrWriter.oneLine(r.name() + ": " + r.error()));
                } else {
                    out.println(r.text());
                    if (out.checkError()) {
                        break;
                    }
                }
            }
        }
        out.flush();
        return failed == 0 ? Errors.OK : Errors.SOME_FAILED;
    }

    private FileFilter filter() {
        try {
            return FileFilter.glob(in.glob);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "invalid --glob '" + in.glob + "': " + e.getMessage());
        }
    }

    /** For JSON Lines records. No method here names the Parser type: picocli's reflection would load it for --help. */
    private Function<String, Article> textParser() {
        return RulesOption.Use.parser(rules, dates).withDecoding(decoding.decodeOptions())::parse;
    }

    private Function<byte[], Article> bytesParser() {
        try {
            return RulesOption.Use.reader(rules, in.format, decoding.decodeOptions(), dates);
        } catch (UnsupportedOperationException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private Iterator<String> names(List<String> named) throws IOException {
        if (in.filesFrom == null) {
            return named.iterator();
        }
        BufferedReader list = in.filesFrom.equals("-")
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))
                : new BufferedReader(new InputStreamReader(InputFiles.open(Path.of(in.filesFrom)), StandardCharsets.UTF_8));
        return Stream.concat(named.stream(), streamOf(Inputs.namesList(list, in.nulSeparated, decoding.maxBytes()))).iterator();
    }

    private static <T> Stream<T> streamOf(Iterator<T> it) {
        return java.util.stream.StreamSupport.stream(
                java.util.Spliterators.spliteratorUnknownSize(it, java.util.Spliterator.ORDERED), false);
    }

    private LineOutput open(PrintWriter out) throws OutputUnavailable {
        if (output.output == null) {
            return new StreamOutput(out);
        }
        try {
            return new AtomicFileOutput(output.output);
        } catch (IOException e) {
            throw new OutputUnavailable(e);
        }
    }

    /** Counts the inputs on a daemon thread so the progress line can show an ETA; skipped for stdin. */
    private void countInBackground(List<String> named, FileFilter filter, Progress progress) {
        if (named.contains("-") || "-".equals(in.filesFrom)) {
            return;
        }
        Thread t = new Thread(() -> {
            try (Inputs again = new Inputs(names(named), filter, in.format, () -> {
                throw new IllegalStateException();
            })) {
                long n = 0;
                while (again.hasNext()) {
                    again.next();
                    n++;
                }
                progress.total(n);
            } catch (IOException | RuntimeException e) {
                // No total, no ETA: the run itself reports real problems.
            }
        }, "articlex-count");
        t.setDaemon(true);
        t.start();
    }

    private static String summaryLine(Batch.Summary s) {
        double secs = s.nanos() / 1e9;
        double mb = s.bytes() / 1e6;
        return String.format(Locale.ROOT, "articlex: %d inputs, %d failed, %.1f MB in %.2f s (%.0f inputs/s, %.1f MB/s)%s",
                s.inputs(), s.failed(), mb, secs, secs > 0 ? s.inputs() / secs : 0, secs > 0 ? mb / secs : 0,
                s.stopped() ? ", stopped: output closed" : "");
    }

    /** The output file could not be created: nothing was run. */
    private static final class OutputUnavailable extends IOException {
        OutputUnavailable(IOException cause) {
            super(cause);
        }
    }
}
