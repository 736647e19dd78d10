package io.articlex.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** Where the JSON goes and how it looks. */
final class OutputOptions {

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the lines to FILE instead of standard output; FILE appears only once the "
                    + "run is complete (written beside it, then renamed).")
    Path output;

    @Option(names = "--pretty", description = "Indent the JSON for people to read.")
    boolean pretty;
}
