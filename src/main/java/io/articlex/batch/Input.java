package io.articlex.batch;

import io.articlex.model.Article;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * One unit of work of a batch: it becomes exactly one output line. Inputs are made by the main thread
 * (walking directories, reading a list or JSON Lines) and turned into lines by the workers, so an
 * input carries only what is cheap to hold: a path, or one JSON Lines record still unparsed.
 */
public sealed interface Input permits Input.File, Input.Stdin, Input.Record, Input.Page, Input.Url, Input.Failed {

    /** What the output line's {@code file} member says when nothing better is known. */
    String name();

    /**
     * A file to read; read by the worker, so reading runs in parallel too.
     *
     * @param size the size a directory walk saw for a regular file (not a link), which spares the
     *             worker a second look before it opens the file; -1 when not known
     */
    record File(String name, Path path, long size) implements Input {
        public File(String name, Path path) {
            this(name, path, -1);
        }
    }

    /** The whole of standard input as one article. */
    record Stdin() implements Input {
        @Override
        public String name() {
            return "-";
        }
    }

    /**
     * One line of a JSON Lines input, not yet parsed as JSON.
     *
     * @param source the JSON Lines file as named ({@code -} for standard input)
     * @param line   the 1-based line number, used as the name when the record has no id
     * @param json   the line
     * @param invalidUtf8 the line was not valid UTF-8: its bad bytes became U+FFFD
     */
    record Record(String source, long line, String json, boolean invalidUtf8) implements Input {
        public Record(String source, long line, String json) {
            this(source, line, json, false);
        }

        @Override
        public String name() {
            return source + ":" + line;
        }
    }

    /**
     * One page held in an archive (a WARC response record) or fetched from a URL: its body, already
     * read, as a saved page.
     *
     * @param source  the archive or the URL as named on the command line (the output's {@code file})
     * @param url     the page's own address (the output's {@code url})
     * @param date    when it was captured (ISO-8601), the fallback for {@code published}; or null
     * @param body    the HTTP body, with the charset its Content-Type names already applied
     * @param warning a warning for the article (a record marked truncated), or null
     */
    record Page(String source, String url, String date, byte[] body, String warning) implements Input {
        @Override
        public String name() {
            return source;
        }

        /**
         * The page parsed by {@code parser}. A page that states no publication date gets the capture
         * date, with a warning, since when it was captured is an upper bound the user would otherwise
         * not see; a date the page states always wins.
         */
        public Article article(Function<byte[], Article> parser) {
            Article a = parser.apply(body);
            boolean captureDate = a.published() == null && date != null;
            if (!captureDate && warning == null) {
                return a;
            }
            List<String> warnings = new ArrayList<>(a.warnings());
            if (captureDate) {
                warnings.add("published: the page states no date; this is the archive's capture date (WARC-Date)");
            }
            if (warning != null) {
                warnings.add(warning);
            }
            return new Article(a.title(), a.dateline(), a.source(), a.paragraphs(), a.quotes(), a.related(), a.removed(),
                    warnings, a.people(), a.byline(), captureDate ? date : a.published(), a.language());
        }
    }

    /** A URL argument, fetched by the worker (so fetches run in parallel too). */
    record Url(String name) implements Input {
    }

    /** An input that failed before it could be read (an unlistable directory, an unreadable record). */
    record Failed(String name, String error) implements Input {
    }
}
