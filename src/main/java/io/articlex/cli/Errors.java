package io.articlex.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The one place where exit codes are chosen and errors are printed: one line on stderr, a stack
 * trace only with {@code -x/--stacktrace}.
 */
final class Errors {

    static final int OK = 0;
    static final int SOME_FAILED = 1;
    static final int USAGE = 2;
    static final int INTERNAL = 3;

    private Errors() {
    }

    static int onUsageError(CommandLine.ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println("articlex: " + e.getMessage());
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    static int onException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("articlex: internal error: " + oneLine(e));
        if (stacktraceWanted(parsed)) {
            e.printStackTrace(err);
        }
        return INTERNAL;
    }

    /**
     * The exit code once standard output is closed: a write error on it (a full disk, an I/O error)
     * makes the run a failure, one line and exit 3, whatever was parsed, since the output is lost. A
     * closed pipe is not an error: the reader chose to stop ({@code articlex parse dir/ | head -1}).
     */
    static int afterStdout(IOException failure, int code, PrintWriter err) {
        if (failure == null || closedPipe(failure)) {
            return code;
        }
        err.println("articlex: cannot write standard output: " + oneLine(failure));
        return INTERNAL;
    }

    /** EPIPE, as the JDK words it (the C library's message). */
    static boolean closedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /** A message fit for one stderr line: the exception's own message, else its type. */
    static String oneLine(Throwable e) {
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            m = e.getClass().getSimpleName();
        }
        return m.replaceAll("\\s+", " ").strip();
    }

    private static boolean stacktraceWanted(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--stacktrace")) {
                return true;
            }
        }
        return false;
    }
}
