package io.articlex.cli;

import io.articlex.batch.InputFormat;
import io.articlex.batch.Problems;
import io.articlex.output.OutputFormat;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The batch command lines of scripts, {@code articlex parse [-j N] [-o FILE] INPUT...} (directories,
 * files, JSON Lines files; no other option), run by {@link ParseCommand} itself without building
 * picocli's model. That model (every subcommand's options, read by reflection from the annotations)
 * and its ~180 classes, which class-data sharing cannot archive (picocli is compiled for Java 5), took
 * 0.1-0.3 s of a batch's start, on one thread while the second core waited for the workers: a few
 * per cent of the wall time of a 100,000-file batch that takes seconds. The command is filled with the
 * values picocli would give it (its annotations' defaults; {@code QuickBatchTest} compares the two for
 * each accepted line), so the run, its output, messages and exit code are the same. Any other line (a
 * further option, an option given twice, a value picocli would refuse or read otherwise, standard
 * input, {@code @FILE}) goes to picocli, as does {@code parse FILE} alone ({@link QuickParse}'s).
 */
final class QuickBatch {

    private QuickBatch() {
    }

    /** The command for {@code args} when it is such a line, else null (picocli reads it). */
    static ParseCommand command(String[] args) {
        if (args.length < 2 || !args[0].equals("parse")) {
            return null;
        }
        Integer jobs = null;
        Path output = null;
        List<String> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            String value;
            if (a.equals("-j") || a.equals("--jobs") || a.equals("-o") || a.equals("--output")) {
                if (++i == args.length) {
                    return null;
                }
                value = args[i];
            } else if (a.startsWith("--jobs=") || a.startsWith("--output=")) {
                value = a.substring(a.indexOf('=') + 1);
            } else if (a.startsWith("-j") && a.length() > 2) {
                value = a.substring(2);
            } else if (a.isEmpty() || a.charAt(0) == '-' || a.charAt(0) == '@') {
                return null;
            } else {
                inputs.add(a);
                continue;
            }
            if (a.startsWith("-j") || a.startsWith("--jobs")) {
                int n = threads(value);
                if (jobs != null || n < 1) {
                    return null;
                }
                jobs = n;
            } else {
                if (output != null || value.isEmpty() || value.charAt(0) == '-' || value.charAt(0) == '@') {
                    return null;
                }
                try {
                    output = Path.of(value);
                } catch (InvalidPathException e) {
                    return null;
                }
            }
        }
        if (inputs.isEmpty()) {
            return null;
        }
        return filled(inputs, jobs, output);
    }

    /** A thread count of one to nine digits, as picocli reads it; 0 for anything else. */
    private static int threads(String value) {
        if (value.isEmpty() || value.length() > 9) {
            return 0;
        }
        for (int i = 0; i < value.length(); i++) {
            if (value.charAt(i) < '0' || value.charAt(i) > '9') {
                return 0;
            }
        }
        return Integer.parseInt(value);
    }

    /** The command as picocli fills it for these inputs, {@code -j} (null: not given) and {@code -o} (null: none). */
    private static ParseCommand filled(List<String> inputs, Integer jobs, Path output) {
        ParseCommand c = new ParseCommand();
        c.common = new CommonOptions();
        c.in = new InputOptions();
        c.in.format = InputFormat.AUTO;
        c.in.textField = "text";
        c.in.idField = "id";
        c.decoding = new DecodingOptions();
        c.output = new OutputOptions();
        c.output.output = output;
        c.run = new RunOptions();
        c.run.jobs = jobs;
        c.run.timeout = Duration.ofSeconds(30);
        c.render = new RenderOptions();
        c.render.format = OutputFormat.JSON;
        c.render.colour = RenderOptions.Colour.AUTO;
        c.rules = new RulesOption();
        c.dates = new DateOptions();
        c.files = inputs;
        return c;
    }

    /** Runs {@code command} as picocli's {@code execute} would: an exception is an internal error, exit 3. */
    static int run(PrintWriter out, PrintWriter err, ParseCommand command) {
        try {
            return command.run(out, err);
        } catch (Exception e) {
            err.println("articlex: internal error: " + Problems.oneLine(e));
            return Errors.INTERNAL;
        } finally {
            out.flush();
            err.flush();
        }
    }
}
