package io.articlex.cli;

import io.articlex.batch.Problems;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        err.println("articlex: " + usageMessage(e));
        err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for more information.");
        return USAGE;
    }

    /**
     * The message of a usage error. A word where a command with subcommands expects one is an unknown
     * command (picocli would say "Unmatched argument at index 0", which names neither).
     */
    static String usageMessage(CommandLine.ParameterException e) {
        CommandLine cl = e.getCommandLine();
        if (e instanceof CommandLine.UnmatchedArgumentException u && !cl.getSubcommands().isEmpty()
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            String word = u.getUnmatched().get(0);
            List<String> near = cl.getSubcommands().keySet().stream().filter(c -> near(word, c)).toList();
            return "unknown command '" + word + "'"
                    + (near.isEmpty() ? "" : " (did you mean " + String.join(" or ", near) + "?)")
                    + "; commands: " + String.join(", ", cl.getSubcommands().keySet());
        }
        return e.getMessage();
    }

    /** A likely misspelling: a prefix of three letters or more, or at most two edits away. */
    static boolean near(String typed, String known) {
        if (typed.length() >= 3 && (known.startsWith(typed) || typed.startsWith(known))) {
            return true;
        }
        int[] prev = new int[known.length() + 1];
        int[] cur = new int[known.length() + 1];
        for (int j = 0; j <= known.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= typed.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= known.length(); j++) {
                int sub = prev[j - 1] + (typed.charAt(i - 1) == known.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[known.length()] <= 2;
    }

    static int onException(Exception e, CommandLine cl, ParseResult parsed) {
        PrintWriter err = cl.getErr();
        err.println("articlex: internal error: " + Problems.oneLine(e));
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
        err.println("articlex: cannot write standard output: " + Problems.oneLine(failure));
        return INTERNAL;
    }

    /** EPIPE, as the JDK words it (the C library's message). */
    static boolean closedPipe(IOException e) {
        String m = e.getMessage();
        return m != null && m.toLowerCase(Locale.ROOT).contains("broken pipe");
    }

    /**
     * Why FILE cannot be written, in the user's terms: the exception of a failed create names the
     * temporary file written beside FILE, which the user never asked for, and often no reason.
     */
    static String writeReason(Path target, IOException e) {
        Path dir = target.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            return Files.exists(dir) ? dir + " is not a directory" : "no such directory " + dir;
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied in " + dir;
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return Problems.oneLine(e);
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
