package io.articlex.output;

import java.util.Locale;

/** What {@code --format} chooses: the JSON contract, or a rendering for people to read. */
public enum OutputFormat {
    JSON, TEXT, MARKDOWN, CSV;

    /** The writer for this format; {@code pretty} only matters for JSON. */
    public ArticleWriter writer(boolean pretty) {
        return switch (this) {
            case JSON -> ArticleWriter.json(pretty);
            case TEXT -> new TextWriter();
            case MARKDOWN -> new MarkdownWriter();
            case CSV -> new CsvWriter();
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
