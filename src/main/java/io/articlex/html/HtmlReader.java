package io.articlex.html;

import io.articlex.pipeline.PageMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a saved web page into body paragraphs and page metadata: decode ({@link HtmlDecoder}), cut
 * over-long tag names ({@link NameCap}), cap a pathological nesting depth ({@link NestingCap}), parse with jsoup ({@link PageParser}), read the
 * metadata ({@link MetaReader}, {@link JsonLd}), cut the body into blocks ({@link BlockCollector}) and keep the article's ({@link ContentPicker}, checked against {@link ParagraphScores}). No network, no scripts run.
 */
public final class HtmlReader {

    private HtmlReader() {
    }

    public static HtmlPage read(byte[] bytes) {
        List<String> warnings = new ArrayList<>();
        return read(HtmlDecoder.chars(bytes, warnings), warnings);
    }

    public static HtmlPage read(String html, List<String> decodeWarnings) {
        return read(html.toCharArray(), new ArrayList<>(decodeWarnings));
    }

    private static HtmlPage read(char[] html, List<String> warnings) {
        NestingCap.Capped capped = NestingCap.cap(NameCap.apply(html, warnings), warnings);
        Document doc = PageParser.parse(capped.html(), capped.bodies());
        PageIndex idx = PageIndex.of(doc);
        JsonLd ld = JsonLd.read(idx);
        PageMeta meta = MetaReader.read(idx, ld);
        Element body = doc.body();
        List<String> paragraphs = new ArrayList<>();
        if (body != null) {
            List<Block> blocks = BlockCollector.collect(body);
            BodyEvidence evidence = BodyEvidence.of(ld.articleBody());
            ContentPicker.Result result = new ContentPicker().pick(body, blocks, evidence);
            List<Block> picked = result.blocks();
            if (evidence.missedBy(picked)) {
                // The markup holds the page's frame only; the statement is the article.
                warnings.add("article body taken from the page's JSON-LD articleBody");
                paragraphs.addAll(evidence.paragraphs());
            } else {
                if (result.secondOpinion()) {
                    warnings.add("article body taken from the second opinion (paragraph scores)");
                } else if (result.pass() != ContentPicker.Pass.FULL) {
                    warnings.add("article body found only by a relaxed pass (" + result.pass().label + ")");
                }
                if (meta.title() == null && picked.size() > 1 && picked.get(0).kind() == Block.Kind.HEADING) {
                    // A fragment or a bare page with no title anywhere but a heading over its body.
                    meta = new PageMeta(picked.get(0).text(), meta.published(), meta.byline(), meta.language(), meta.siteName());
                    picked = picked.subList(1, picked.size());
                }
                for (Block b : picked) {
                    paragraphs.add(b.text());
                }
            }
        }
        if (paragraphs.isEmpty()) {
            warnings.add("no article body found in the page");
        }
        return new HtmlPage(paragraphs, meta, warnings);
    }
}
