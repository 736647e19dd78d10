package io.articlex;

import io.articlex.html.HtmlPage;
import io.articlex.html.HtmlReader;
import io.articlex.html.HtmlSniffer;
import io.articlex.input.Decoded;
import io.articlex.input.Decoder;
import io.articlex.model.Article;
import io.articlex.normalize.Normalizer;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import io.articlex.pipeline.Pipeline;
import io.articlex.segment.Segmenter;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Parses article text into an {@link Article}. Immutable and thread-safe: one instance can serve
 * every thread of a batch. Obtain one from {@link Articlex#parser()}.
 */
public final class Parser {

    private final Pipeline pipeline;

    Parser(Pipeline pipeline) {
        this.pipeline = pipeline;
    }

    /** Parses text that is already decoded. */
    public Article parse(String text) {
        return parseDecoded(new Decoded(text, "UTF-16", java.util.List.of()));
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
        return parseDecoded(Decoder.decode(bytes));
    }

    /**
     * Parses a saved web page: its article's paragraphs and metadata go through the same stages as
     * text, so the result has the same shape.
     */
    public Article parseHtml(byte[] bytes) {
        HtmlPage page = HtmlReader.read(bytes);
        return pipeline.run(Draft.of(page.paragraphs(), page.meta(), page.warnings())).toArticle();
    }

    /**
     * Parses raw bytes as {@link #parse(byte[])} does and also returns the text the stages worked on,
     * for explaining the result.
     */
    public Explanation explain(byte[] bytes) {
        if (HtmlSniffer.looksLikeHtml(bytes)) {
            HtmlPage page = HtmlReader.read(bytes);
            Article a = pipeline.run(Draft.of(page.paragraphs(), page.meta(), page.warnings())).toArticle();
            return new Explanation(String.join("\n\n", page.paragraphs()), a);
        }
        Decoded decoded = Decoder.decode(bytes);
        return new Explanation(Normalizer.normalize(decoded.text()), parseDecoded(decoded));
    }

    public Article parse(Path file) throws IOException {
        return parse(Files.readAllBytes(file));
    }

    public Article parse(InputStream in) throws IOException {
        return parse(in.readAllBytes());
    }

    private Article parseDecoded(Decoded decoded) {
        String text = Normalizer.normalize(decoded.text());
        Draft draft = Draft.of(Segmenter.segment(text), PageMeta.NONE, decoded.warnings());
        return pipeline.run(draft).toArticle();
    }
}
