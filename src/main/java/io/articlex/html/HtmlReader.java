package io.articlex.html;

import io.articlex.input.Decoded;
import io.articlex.pipeline.PageMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a saved web page into body paragraphs and page metadata: decode ({@link HtmlDecoder}), parse
 * with jsoup, read the metadata ({@link MetaReader}, {@link JsonLd}), cut the body into blocks
 * ({@link BlockCollector}) and keep the article's ({@link ContentPicker}). No network, no scripts run.
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    public static HtmlPage read(byte[] bytes) {
        Decoded d = HtmlDecoder.decode(bytes);
        return read(d.text(), d.warnings());
    }

    public static HtmlPage read(String html, List<String> decodeWarnings) {
        List<String> warnings = new ArrayList<>(decodeWarnings);
        Document doc = Jsoup.parse(html);
        JsonLd ld = JsonLd.read(doc);
        PageMeta meta = MetaReader.read(doc, ld);
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            List<Block> blocks = BlockCollector.collect(body);
            for (Block b : new ContentPicker().pick(body, blocks, BodyEvidence.of(ld.articleBody()))) {
                paragraphs.add(b.text());
            }
        }
        if (paragraphs.isEmpty()) {
            warnings.add("no article body found in the page");
        }
        return new HtmlPage(paragraphs, meta, warnings);
    }
}
