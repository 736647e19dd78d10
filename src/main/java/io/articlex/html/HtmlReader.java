package io.articlex.html;

import io.articlex.boilerplate.Timestamps;
import io.articlex.dates.DateReader;
import io.articlex.pipeline.PageMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

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
                } else if (!stated(idx, ld, blocks) && headlineOverByline(blocks, picked)) {
                    meta = new PageMeta(picked.get(0).text(), meta.published(), meta.byline(), meta.language(), meta.siteName());
                    picked = picked.subList(1, picked.size());
                }
                if (meta.byline() == null) {
                    String by = bylineUnderTitle(blocks);
                    if (by != null) {
                        meta = new PageMeta(meta.title(), meta.published(), by, meta.language(), meta.siteName());
                    }
                }
                if (meta.published() == null) {
                    String date = dateNearTitle(blocks, picked);
                    if (date != null) {
                        meta = new PageMeta(meta.title(), date, meta.byline(), meta.language(), meta.siteName());
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

    /**
     * The page states its title somewhere but in its {@code <title>}: Open Graph, Twitter or JSON-LD,
     * or an {@code <h1>}. An old page's {@code <title>} often names the site and section only
     * ("Valley Herald Online - Local News"), and its headline is a line of the body.
     */
    private static boolean stated(PageIndex idx, JsonLd ld, List<Block> blocks) {
        if (ld.headline() != null) {
            return true;
        }
        MetaTags metas = MetaTags.of(idx);
        if (metas.first("property=og:title") != null || metas.first("name=twitter:title") != null) {
            return true;
        }
        for (Block b : blocks) {
            if (b.kind() == Block.Kind.TITLE_HEADING) {
                return true;
            }
        }
        return false;
    }

    /** Most words of a headline over a byline ({@link #headlineOverByline}). */
    static final int MAX_HEADLINE_WORDS = 20;
    /** A line opening with one of these, then a capitalised name, is a byline. */
    private static final Pattern BY_LINE = Pattern.compile(
            "(?:By|BY|Von|VON|Par|PAR|Por|POR|Door|Di|Przez|Od)\\s+\\p{Lu}.{0,80}");

    /**
     * The body opens with a headline: a short line of three to {@link #MAX_HEADLINE_WORDS} words that
     * ends in no sentence's or clause's mark and holds no link, right over a byline ("By Tom Baker,
     * Herald Staff Writer") or a date line ("Tuesday, July 13, 2004"). Pages laid out in tables or
     * plain {@code <div>}s set their headline in bold type ({@code <font size="5"><b>}) and no
     * {@code <h1>}, so nothing but its place tells it; an article's first paragraph is no such line,
     * and no byline follows it.
     */
    static boolean headlineOverByline(List<Block> blocks, List<Block> picked) {
        if (picked.size() < 3 || !headlineLike(picked.get(0))) {
            return false;
        }
        String next = picked.get(1).text();
        if (next.length() > 120 || !(BY_LINE.matcher(next).matches() || Timestamps.isTimestamp(next))) {
            return false;
        }
        // A headline-like line just above is the headline, and this one a standfirst under it.
        int at = indexOf(blocks, picked.get(0));
        for (int i = Math.max(0, at - HEADLINE_REACH); i < at; i++) {
            if (headlineLike(blocks.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A byline line as blog themes set it under the title: a lower-case "by" ("by Clara Dunn \u00b7 7 min
     * read", "di Giulia Ferraris", "door Sanne de Vries") or one after "Posted" or "Written" ("Posted by Ana
     * Ruiz on November 30, 2026").
     */
    private static final Pattern BY_LINE_UNDER_TITLE = Pattern.compile(
            "(?:(?:[Pp]osted|[Ww]ritten)\\s+)?(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|[Dd]i|[Pp]rzez|Od)\\s+\\p{Lu}.{0,80}");

    /** How many blocks under the page's title heading a byline line is looked for. */
    static final int BYLINE_REACH = 3;

    /**
     * The names of a "By" line right under the page's title heading ({@code <h1>}), when no meta tag,
     * JSON-LD author or class name gave a byline: a plain page sets "By Hannah Clegg" in a bare
     * {@code <p>} between its headline and its first paragraph, too short for the picker to keep. A
     * line that ends as a sentence ("By Tuesday the council had voted.") is body text, a single word
     * ("By Staff") names a desk or an agency, and the look ends at the first paragraph of prose.
     * Null when there is none.
     */
    static String bylineUnderTitle(List<Block> blocks) {
        int t = 0;
        while (t < blocks.size() && blocks.get(t).kind() != Block.Kind.TITLE_HEADING) {
            t++;
        }
        for (int i = t + 1; i < blocks.size() && i <= t + BYLINE_REACH; i++) {
            Block b = blocks.get(i);
            String text = b.text();
            if (text.length() <= 120 && b.linkChars() < text.length() && BY_LINE_UNDER_TITLE.matcher(text).matches()
                    && ".!?".indexOf(text.charAt(text.length() - 1)) < 0) {
                String names = Bylines.clean(text);
                // "By Staff", "By Reuters": a desk or an agency, no writer's name
                return names != null && names.indexOf(' ') > 0 ? names : null;
            }
            if (ContentPicker.substantive(b) && ContentPicker.hasSentence(text)) {
                return null;
            }
        }
        return null;
    }

    /** How many blocks above the page's title heading a date line is looked for: a kicker's or a section's date. */
    static final int DATE_REACH_ABOVE = 2;
    /** How many blocks under it: a byline, a standfirst, a "From:" row, then the date. */
    static final int DATE_REACH = 5;
    /** Longest line read as a date line. */
    static final int MAX_DATE_LINE = 100;

    /**
     * The date of a visible date line beside the page's title heading, when no meta tag, JSON-LD or
     * {@code <time datetime>} dated the page: themes without either print the date as text in a
     * {@code <p class="date">} ("Posted on Tuesday 14 October 2025", "05.12.2026 14:20"), a metadata
     * list under a lede ("Published" / "7 December 2026") or the byline ("Posted by Ana Ruiz on
     * November 30, 2026"), which the picker leaves out as the page's furniture, so that nothing dated
     * the story. Only a line that is a time stamp ({@link Timestamps#isTimestamp}) or a byline holding a
     * full date counts, up to the second paragraph of prose under the title (a lede may come first), and
     * not one the picker kept, which the text's own stages read (with its time, when the line states it); a
     * date in a sentence of the body, or a reader's reply dated under a short story, does not. Null when
     * there is none.
     */
    static String dateNearTitle(List<Block> blocks, List<Block> picked) {
        int t = 0;
        while (t < blocks.size() && blocks.get(t).kind() != Block.Kind.TITLE_HEADING) {
            t++;
        }
        if (t == blocks.size()) {
            return null;
        }
        int prose = 0;
        for (int i = Math.max(0, t - DATE_REACH_ABOVE); i < blocks.size() && i <= t + DATE_REACH; i++) {
            Block b = blocks.get(i);
            String text = b.text();
            if (i > t && ContentPicker.substantive(b) && ContentPicker.hasSentence(text) && ++prose > 1) {
                return null; // past a lede and into the body: a reply's date under a short story is no date of it
            }
            if (i == t || text.length() > MAX_DATE_LINE || picked.contains(b)
                    || !(Timestamps.isTimestamp(text) || BY_LINE_UNDER_TITLE.matcher(text).matches())) {
                continue;
            }
            String date = DateReader.read(text);
            if (date != null) {
                return date;
            }
        }
        return null;
    }

    private static boolean headlineLike(Block b) {
        String t = b.text();
        if (t.isEmpty() || b.linkChars() > 0 || t.length() > 160 || b.kind() == Block.Kind.LIST_ITEM
                || t.contains(BlockCollector.CELL_SEPARATOR)
                || !(Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0)))
                || ".!?:;,".indexOf(t.charAt(t.length() - 1)) >= 0 || Timestamps.isTimestamp(t)) {
            return false;
        }
        int words = t.split("\\s+").length;
        return words >= 3 && words <= MAX_HEADLINE_WORDS;
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
        int at = indexOf(blocks, picked.get(0));
        if (at == blocks.size()) {
            return null;
        }
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

    /** Where the block stands among the page's blocks (the same object), or their count. */
    private static int indexOf(List<Block> blocks, Block b) {
        int i = 0;
        while (i < blocks.size() && blocks.get(i) != b) {
            i++;
        }
        return i;
    }
}
