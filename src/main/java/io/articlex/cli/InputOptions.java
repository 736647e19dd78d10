package io.articlex.cli;

import io.articlex.batch.InputFormat;
import picocli.CommandLine.Option;

/**
 * Which inputs a batch reads and how: directory filtering, name lists, the input format. Labels differ
 * from every other option's ({@code TYPE}, not {@code FORMAT}): picocli's completion script keeps one
 * list of values per label, so two options sharing a label complete with each other's values.
 */
final class InputOptions {

    @Option(names = "--glob", paramLabel = "GLOB",
            description = "Read the files found in a directory whose name matches GLOB (e.g. '*.txt'; "
                    + "with a '/', matched against the path below the directory) instead of the article files "
                    + "(.txt .text .html .htm .xhtml .jsonl .ndjson .warc, also .gz, and text files without an "
                    + "extension). Named files are always read.")
    String glob;

    @Option(names = "--files-from", paramLabel = "FILE",
            description = "Also read input names from FILE (- for standard input), one per line.")
    String filesFrom;

    @Option(names = {"-0", "--null"},
            description = "Names in --files-from are separated by NUL characters (find -print0), not newlines.")
    boolean nulSeparated;

    @Option(names = "--input-format", paramLabel = "TYPE", defaultValue = "auto",
            description = "text, html, jsonl or auto (default: ${DEFAULT-VALUE}; auto reads *.jsonl and "
                    + "*.ndjson as JSON Lines and anything else as an article).")
    InputFormat format;

    @Option(names = "--text-field", paramLabel = "NAME", defaultValue = "text",
            description = "JSON Lines: the member holding the article text (default: ${DEFAULT-VALUE}).")
    String textField;

    @Option(names = "--id-field", paramLabel = "NAME", defaultValue = "id",
            description = "JSON Lines: the member naming the record, printed as the output's \"file\" "
                    + "(default: ${DEFAULT-VALUE}; without one, SOURCE:LINE).")
    String idField;
}
