package io.articlex.cli;

import io.articlex.output.ExplainWriter;
import io.articlex.output.OutputFormat;
import picocli.CommandLine.Option;

/** How parse results are shown to people: the output format and the explain mode. */
final class RenderOptions {

    /** When to colour {@code --explain}. */
    enum Colour { AUTO, ALWAYS, NEVER;
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "json",
            description = "json (default; one object per line), text or markdown (for people to read), "
                    + "or csv (a header row, then one row per article, for spreadsheets).")
    OutputFormat format;

    @Option(names = "--explain",
            description = "Print each input with every removed span marked and the rule that removed it, "
                    + "then the dateline, source and quote decisions (for people; not JSON).")
    boolean explain;

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto",
            description = "Colour for --explain: auto (default; only on a terminal and when NO_COLOR is unset), always or never.")
    Colour colour;

    /** The style for explain: colour only on a terminal and without NO_COLOR, unless forced. */
    ExplainWriter.Style style() {
        return style(colour, System.console() != null, System.getenv("NO_COLOR"));
    }

    static ExplainWriter.Style style(Colour colour, boolean terminal, String noColor) {
        boolean on = switch (colour) {
            case ALWAYS -> true;
            case NEVER -> false;
            case AUTO -> terminal && (noColor == null || noColor.isEmpty());
        };
        return on ? ExplainWriter.Style.COLOUR : ExplainWriter.Style.PLAIN;
    }
}
