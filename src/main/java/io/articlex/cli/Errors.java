package io.articlex.cli;

import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;

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
