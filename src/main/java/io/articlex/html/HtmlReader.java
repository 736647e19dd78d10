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
                Shown shown = shown(meta.title(), blocks, picked);
                if (shown != null) {
                    meta = new PageMeta(shown.title(), meta.published(), meta.byline(), meta.language(), meta.siteName());
                    if (shown.opensBody()) {
                        picked = picked.subList(1, picked.size());
                    }
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

    /** The headline a title's part names, and whether it is the body's first block. */
    private record Shown(String title, boolean opensBody) {
    }

    /** How many blocks before the body a headline stands at most (a byline, a date, a kicker between). */
    static final int HEADLINE_REACH = 6;

    /**
     * The part of the title ({@link Titles#shownPart}) that stands alone as one of the
     * {@link #HEADLINE_REACH} blocks above the body or as the body's first block, which is then the
     * headline and no body text; null when none does. The site's name shown in a masthead is further
     * up, over the navigation.
     */
    private static Shown shown(String title, List<Block> blocks, List<Block> picked) {
        if (title == null || picked.isEmpty()) {
            return null;
        }
        Block first = picked.get(0);
        int found = 0;
        while (found < blocks.size() && blocks.get(found) != first) {
            found++;
        }
        if (found == blocks.size()) {
            return null;
        }
        int at = found;
        int from = Math.max(0, at - HEADLINE_REACH);
        boolean[] opens = {false};
        String part = Titles.shownPart(title, k -> {
            for (int i = at; i >= from; i--) {
                Block b = blocks.get(i);
                if (b.length() <= 2 * k.length() + 10 && Titles.key(b.text()).equals(k)) {
                    opens[0] = i == at;
                    return true;
                }
            }
            return false;
        });
        return part == null ? null : new Shown(part, opens[0] && picked.size() > 1);
    }
}
