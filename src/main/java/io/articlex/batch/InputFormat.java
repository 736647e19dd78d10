package io.articlex.batch;

import io.articlex.Articlex;
import io.articlex.input.DecodeOptions;
import io.articlex.model.Article;

import java.util.Locale;
import java.util.function.Function;

/**
 * How the bytes of an input are read. {@link #AUTO} decides per file: a {@code .jsonl} or
 * {@code .ndjson} name (also with {@code .gz}) is read as JSON Lines, anything else as an article, a saved web page when its
 * first bytes are markup (whatever its name) and text otherwise.
 */
public enum InputFormat {
    AUTO, TEXT, HTML, JSONL;

    /** The format of one named input once AUTO has been resolved: only JSONL changes how it is walked. */
    public boolean isJsonLines(String name) {
        if (this == JSONL) {
            return true;
        }
        if (this != AUTO) {
            return false;
        }
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        return n.endsWith(".jsonl") || n.endsWith(".ndjson");
    }

    /** Whether a named input holds many pages (a WARC archive) when read in this format. */
    public boolean isArchive(String name) {
        return this == AUTO && WarcRecords.isWarc(name);
    }

    /**
     * How the bytes of one article in this format become an {@link Article}: the one place where an
     * input format chooses its reader (JSON Lines records are articles in text once unwrapped).
     *
     * @throws UnsupportedOperationException when this build cannot read the format
     */
    public Function<byte[], Article> articleReader() {
        return articleReader(DecodeOptions.DEFAULT);
    }

    /** The same with a way of decoding ({@code --encoding}, {@code --keep-mojibake}). */
    public Function<byte[], Article> articleReader(DecodeOptions decoding) {
        var parser = Articlex.parser().withDecoding(decoding);
        return switch (this) {
            case HTML -> parser::parseHtml;
            case TEXT -> parser::parseText;
            default -> parser::parse;
        };
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
