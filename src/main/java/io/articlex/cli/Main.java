package io.articlex.cli;

import io.articlex.output.LineWriter;
import picocli.CommandLine;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * The {@code articlex} program. {@code main} only wires the real streams to {@link #run}, which tests
 * call with their own (or, for a lone {@code parse FILE}, to {@link QuickParse}, and for a batch of
 * inputs with no option but {@code -j} and {@code -o}, to {@link QuickBatch}, which give the same result
 * with a faster start).
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        // a lone parse FILE starts building its tables on a second thread before anything else: making
        // the streams below links the run's first lambda, several milliseconds of the JVM's method-handle
        // set-up that the tables do not need (QuickParse.Prepare)
        QuickParse.Prepare prepare = QuickParse.handles(args) ? QuickParse.Prepare.begin(java.nio.file.Path.of(args[1])) : null;
        // Whole lines only, so an interrupted run never leaves half a JSON object. A closed stdout sets
        // the PrintWriter's error flag, which the batch output checks to stop quietly.
        LineWriter stdout = new LineWriter(new FileOutputStream(FileDescriptor.out), null);
        PrintWriter out = new LineWriter.Printer(stdout);
        PrintWriter err = new PrintWriter(new StderrWriter(new OutputStreamWriter(
                new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8)), true);
        // a batch of inputs with at most -j and -o runs without picocli too (QuickBatch)
        ParseCommand batch = prepare == null ? QuickBatch.command(args) : null;
        int code = prepare != null ? QuickParse.run(out, err, args[1], prepare)
                : batch != null ? QuickBatch.run(out, err, batch) : run(out, err, args);
        out.close();
        code = Errors.afterStdout(stdout.failure(), code, err);
        err.flush();
        System.exit(code);
    }

    /** Runs the command line and returns the exit code; never throws. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cl = new CommandLine(new ArticlexCommand());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(Errors::onException);
        cl.setParameterExceptionHandler(Errors::onUsageError);
        try {
            return cl.execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }
}
