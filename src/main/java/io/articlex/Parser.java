package io.articlex;

import io.articlex.assembly.Presets;
import io.articlex.dates.DateHint;
import io.articlex.html.HtmlPage;
import io.articlex.html.HtmlReader;
import io.articlex.html.HtmlSniffer;
import io.articlex.input.DecodeOptions;
import io.articlex.input.Decoded;
import io.articlex.input.Decoder;
import io.articlex.input.InputFiles;
import io.articlex.model.Article;
import io.articlex.normalize.Normalizer;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import io.articlex.segment.Segmenter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Parses article text into an {@link Article}. Immutable and thread-safe: one instance can serve
 * every thread of a batch. Obtain one from {@link Articlex#parser()}.
 */
public final class Parser {

    private final Presets presets;
    private final DecodeOptions decoding;

    Parser(Presets presets) {
        this(presets, DecodeOptions.DEFAULT);
    }

    private Parser(Presets presets, DecodeOptions decoding) {
        this.presets = presets;
        this.decoding = decoding;
    }

    /** This parser with another way of decoding bytes: a forced charset ({@code --encoding}), mojibake repair. */
    public Parser withDecoding(DecodeOptions options) {
        return new Parser(presets, options == null ? DecodeOptions.DEFAULT : options);
    }

    /**
     * This parser reading the dates a text gives without a year ({@code Sevilla, 9 may (EFE)}) with a hint
     * (a year, or a day near the story's date) into {@code published}; without one such a date stays
     * only in the dateline.
     */
    public Parser withDateHint(DateHint hint) {
        return new Parser(presets.withDateHint(hint), decoding);
    }

    /** Parses text that is already decoded. */
    public Article parse(String text) {
        return parse(Decoder.ofText(text, decoding));
    }

    /**
     * Parses raw bytes, telling a saved web page (by its first bytes, see {@link HtmlSniffer}) from
     * article text.
     */
    public Article parse(byte[] bytes) {
        return HtmlSniffer.looksLikeHtml(bytes) ? parseHtml(bytes) : parseText(bytes);
    }

    /** Parses raw bytes as article text: the charset is taken from a byte-order mark, else UTF-8 with a windows-1252 fallback. */
    public Article parseText(byte[] bytes) {
        return parse(Decoder.decode(bytes, decoding));
    }

    /**
     * Parses a saved web page: its article's paragraphs and metadata go through the same stages as
     * text, so the result has the same shape.
     */
    public Article parseHtml(byte[] bytes) {
        HtmlPage page = readPage(bytes);
        return presets.page().run(Draft.of(page.paragraphs(), page.meta(), page.warnings())).toArticle();
    }

    /**
     * Parses raw bytes as {@link #parse(byte[])} does and also returns the text the stages worked on,
     * for explaining the result.
     */
    public Explanation explain(byte[] bytes) {
        if (HtmlSniffer.looksLikeHtml(bytes)) {
            HtmlPage page = readPage(bytes);
            Article a = presets.page().run(Draft.of(page.paragraphs(), page.meta(), page.warnings())).toArticle();
            return new Explanation(String.join("\n\n", page.paragraphs()), a);
        }
        Decoded decoded = Decoder.decode(bytes, decoding);
        return new Explanation(normalized(decoded), parse(decoded));
    }

    /** The page's own charset rules apply unless the user forced a charset or asked for a repair. */
    private HtmlPage readPage(byte[] bytes) {
        if (decoding.equals(DecodeOptions.DEFAULT)) {
            return HtmlReader.read(bytes);
        }
        Decoded d = Decoder.decode(bytes, decoding);
        return HtmlReader.read(d.text(), d.warnings());
    }

    /** Reads a regular file of at most {@link InputFiles#DEFAULT_MAX_BYTES}; refuses FIFOs and devices rather than block. */
    public Article parse(Path file) throws IOException {
        return parse(InputFiles.read(file, InputFiles.DEFAULT_MAX_BYTES));
    }

    public Article parse(InputStream in) throws IOException {
        return parse(InputFiles.readStream(in, InputFiles.DEFAULT_MAX_BYTES));
    }

    /** Parses text decoded by {@link Decoder}; its warnings are carried into the article. */
    public Article parse(Decoded decoded) {
        String text = normalized(decoded);
        Draft draft = Draft.of(Segmenter.segment(text, decoded.plain(), presets.chromeLines()), PageMeta.NONE, decoded.warnings());
        return presets.text().run(draft).toArticle();
    }

    /**
     * The decoded text normalised; a text the decoder saw to be printable ASCII and line feeds only (most
     * small wire stories) is returned as it is, without the normaliser's walk over every character.
     */
    private static String normalized(Decoded decoded) {
        return decoded.plain() ? decoded.text() : Normalizer.normalize(decoded.text());
    }
}
