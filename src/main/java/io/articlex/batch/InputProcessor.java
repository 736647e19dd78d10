package io.articlex.batch;

import io.articlex.input.Decoder;
import io.articlex.input.InputError;
import io.articlex.input.InputRules;
import io.articlex.limits.Deadline;
import io.articlex.model.Article;
import io.articlex.output.ArticleWriter;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns one {@link Input} into its output line. Runs on the worker threads, so it must be (and is)
 * stateless. Never throws: a failure of any kind becomes an error record, because in a batch of
 * 100,000 articles one bad input must not cost the other 99,999 (a parser bug included, which is
 * reported as {@code internal error: ...} for that input only).
 */
public final class InputProcessor {

    /** The time budget of one input unless {@code --timeout} says otherwise. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final Function<byte[], Article> bytesParser;
    private final Function<String, Article> textParser;
    private final RecordFields fields;
    private final ArticleWriter writer;
    private final Inputs.StdinSupplier stdin;
    private final InputRules rules;
    private final Duration timeout;
    private final UrlFetch fetcher;

    /**
     * @param bytesParser how a file's bytes are parsed (the input format's reader)
     * @param textParser  how the text of a JSON Lines record is parsed
     * @param fields      the record members holding the text and the id
     * @param pretty      indent the JSON
     * @param stdin       standard input, for {@link Input.Stdin}
     */
    public InputProcessor(Function<byte[], Article> bytesParser, Function<String, Article> textParser,
                          RecordFields fields, boolean pretty, Inputs.StdinSupplier stdin) {
        this(bytesParser, textParser, fields, ArticleWriter.json(pretty), stdin);
    }

    /** As above, with the output written by {@code writer} ({@code --format}) instead of compact or pretty JSON. */
    public InputProcessor(Function<byte[], Article> bytesParser, Function<String, Article> textParser,
                          RecordFields fields, ArticleWriter writer, Inputs.StdinSupplier stdin) {
        this(bytesParser, textParser, fields, writer, stdin, InputRules.DEFAULT);
    }

    /**
     * @param rules size limit and binary refusal for files and standard input ({@code --max-bytes});
     *              the reads check the file type first, so a FIFO is refused instead of blocking
     */
    public InputProcessor(Function<byte[], Article> bytesParser, Function<String, Article> textParser,
                          RecordFields fields, ArticleWriter writer, Inputs.StdinSupplier stdin, InputRules rules) {
        this(bytesParser, textParser, fields, writer, stdin, rules, Duration.ZERO);
    }

    /**
     * @param timeout the time budget of one input ({@code --timeout}; zero for none): an input that
     *                takes longer becomes an error record (see {@link Deadline})
     */
    public InputProcessor(Function<byte[], Article> bytesParser, Function<String, Article> textParser,
                          RecordFields fields, ArticleWriter writer, Inputs.StdinSupplier stdin, InputRules rules,
                          Duration timeout) {
        this(bytesParser, textParser, fields, writer, stdin, rules, timeout,
                new UrlFetch(UrlFetch.CONNECT_TIMEOUT, UrlFetch.REQUEST_TIMEOUT));
    }

    /** As above, fetching URL arguments with {@code fetcher} (tests: short timeouts). */
    InputProcessor(Function<byte[], Article> bytesParser, Function<String, Article> textParser, RecordFields fields,
                   ArticleWriter writer, Inputs.StdinSupplier stdin, InputRules rules, Duration timeout, UrlFetch fetcher) {
        this.timeout = timeout;
        this.fetcher = fetcher;
        this.rules = rules;
        this.bytesParser = bytesParser;
        this.textParser = textParser;
        this.fields = fields;
        this.writer = writer;
        this.stdin = stdin;
    }

    public Outcome process(Input input) {
        String name = input.name();
        try (Deadline d = Deadline.start(timeout)) {
            if (input instanceof Input.Failed f) {
                return failure(name, f.error());
            }
            if (input instanceof Input.Record r) {
                return record(r);
            }
            if (input instanceof Input.Page p) {
                return page(p);
            }
            if (input instanceof Input.Url u) {
                try {
                    return page(fetcher.fetch(u.name(), rules.maxBytes()));
                } catch (InputError e) {
                    return failure(name, e.getMessage());
                }
            }
            byte[] bytes;
            try {
                bytes = input instanceof Input.File f
                        ? (f.size() >= 0 ? rules.readRegular(f.path(), f.size()) : rules.read(f.path()))
                        : rules.read(stdin.get());
            } catch (InputError e) {
                return failure(name, e.getMessage());
            }
            return article(name, null, bytesParser.apply(bytes), bytes.length);
        } catch (Deadline.Exceeded e) {
            return failure(name, e.getMessage() + " (raise the limit with --timeout)");
        } catch (OutOfMemoryError e) {
            // The parse's memory is garbage once its stack has unwound: the other inputs go on.
            return failure(name, "out of memory (give Java more heap, e.g. ARTICLEX_JAVA_OPTS=-Xmx2g, or use fewer --jobs)");
        } catch (RuntimeException | StackOverflowError e) {
            String error = "internal error: " + Problems.oneLine(e);
            return new Outcome(name, writer.error(name, error), error, 0, e);
        }
    }

    private Outcome record(Input.Record r) {
        RecordFields.Fields got;
        try {
            got = fields.read(r.json());
        } catch (RecordFields.BadRecord e) {
            return failure(e.id() != null ? e.id() : r.name(), e.getMessage());
        }
        String name = got.id() != null ? got.id() : r.name();
        try {
            rules.checkMemory(got.text().length());
        } catch (InputError e) {
            return failure(name, e.getMessage());
        }
        if (got.nonAscii() == 0) {
            Decoder.knownAscii(got.text(), got.plain());
        }
        Article a = textParser.apply(got.text());
        if (r.invalidUtf8()) {
            a = withWarning(a, INVALID_UTF8);
        }
        return article(name, null, a,
                (long) got.text().length() + (got.nonAscii() >= 0 ? got.nonAscii() : countNonAscii(got.text())));
    }

    /** The warning of a JSON Lines record whose bytes were not UTF-8, as a file's would say. */
    static final String INVALID_UTF8 = "input is not valid UTF-8; its unreadable bytes became U+FFFD";

    private static Article withWarning(Article a, String warning) {
        List<String> w = new ArrayList<>(a.warnings());
        w.add(0, warning);
        return new Article(a.title(), a.dateline(), a.source(), a.paragraphs(), a.quotes(), a.related(), a.removed(),
                w, a.people(), a.byline(), a.published(), a.language());
    }

    /** A page from an archive or a URL: {@code file} names the archive (or the URL as given), {@code url} the page. */
    private Outcome page(Input.Page p) {
        return article(p.source(), p.url(), p.article(bytesParser), p.body().length);
    }

    /** An article's outcome, its line made as UTF-8 bytes when the writer can (see {@link Outcome#utf8()}). */
    private Outcome article(String name, String url, Article a, long bytes) {
        byte[] utf8 = writer.articleUtf8(name, url, a);
        if (utf8 != null) {
            return new Outcome(name, null, null, bytes, null, utf8);
        }
        return new Outcome(name, url == null ? writer.article(name, a) : writer.article(name, url, a), null, bytes);
    }

    /**
     * Close enough to the UTF-8 size for MB/s figures without encoding the text again. Walked as an
     * array, which is twice as fast as String.charAt in C1-compiled code (how batches run).
     */
    private static long countNonAscii(String s) {
        long n = 0;
        for (char c : s.toCharArray()) {
            if (c >= 0x80) {
                n++;
            }
        }
        return n;
    }

    private Outcome failure(String name, String error) {
        return new Outcome(name, writer.error(name, error), error, 0);
    }

}
