package io.articlex.cli;

import picocli.CommandLine.Option;

/** Options every subcommand takes. */
final class CommonOptions {
    @Option(names = {"-x", "--stacktrace"}, description = "Print the stack trace of an internal error.")
    boolean stacktrace;
}
