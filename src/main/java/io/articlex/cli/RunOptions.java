package io.articlex.cli;

import picocli.CommandLine.Option;

/** How a batch runs: threads, progress and the closing summary. */
final class RunOptions {

    @Option(names = {"-j", "--jobs"}, paramLabel = "N",
            description = "Parse on N threads (default: one per core); output order is kept.")
    Integer jobs;

    @Option(names = {"-v", "--verbose"}, description = "End with a one-line summary on standard error.")
    boolean verbose;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on standard error (default: when it is a terminal).")
    Boolean progress;

    int threads() {
        int cores = Runtime.getRuntime().availableProcessors();
        return jobs == null || jobs <= 0 ? cores : jobs;
    }

    /**
     * Progress only on a terminal: the launcher tells (articlex.stderr.tty), as Java alone cannot
     * ask whether stderr is a terminal.
     */
    boolean showProgress() {
        return progress != null ? progress : Boolean.getBoolean("articlex.stderr.tty");
    }
}
