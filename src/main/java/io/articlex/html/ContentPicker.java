package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the article's container among a page's blocks and returns the body paragraphs in order.
 *
 * <p>Every block votes for all its ancestors: a block that reads like body text (long enough, few
 * links, outside page chrome and furniture) adds its length as "good", a link list or a block inside
 * navigation, a footer, a sidebar or comments adds its length as "bad". The container is the element
 * with the best {@code good - PENALTY * bad}: climbing from a paragraph's parent to the page's body
 * gains the rest of the article but also every menu, related-links box and comment thread, so the
 * best score sits at the article's own wrapper. Within the container, furniture, captions and link
 * lists are dropped, and short non-sentence blocks before the first and after the last body
 * paragraph (bylines, dates, "Advertisement") are trimmed.
 */
final class ContentPicker {

    /**
     * How much one character of furniture costs against one character of body text. Above 1 because
     * teaser lists (a headline link plus a summary) pass for body text one by one; on html-dev F1 is
     * flat between 1.25 and 1.75 and falls off outside.
     */
    static final double PENALTY = 1.5;
    /**
     * How many ancestors a block votes for. Articles sit a few dozen levels deep at most; the cap keeps
     * a hostile page of 200,000 nested elements linear instead of quadratic.
     */
    static final int MAX_CLIMB = 64;
    /** A block shorter than this neither helps nor hurts the container it sits in. */
    static final int MIN_BODY_CHARS = 25;
    /**
     * A furniture class on an element holding this share of the page's text and an article-like element
     * is a layout wrapper ("non-ad-column", "theiaStickySidebar" around the article in html-dev), not
     * furniture. Never-body words (cookie dialogs, comments) are exempt: a cookie dialog can hold more
     * text than a short review, and its own "content-text" inner box would pass for an article.
     */
    static final double WRAPPER_SHARE = 0.5;

    private final ClassHints hints = ClassHints.builtIn();

    private static final class Agg {
        double rawGood;
        double good;
        double bad;
        int first = -1;
        int last;
        ClassHints.Hint hint;
        boolean positive;
        boolean containsPositive;
        boolean activeNegative;
        /** The aggregate of the element's parent, when a block's climb went on past the element. */
        Agg up;
        boolean body;
    }

    List<Block> pick(Element body, List<Block> blocks) {
        return pick(body, blocks, BodyEvidence.NONE);
    }

    /**
     * @param evidence the page's own statement of its body (JSON-LD articleBody): blocks that agree with
     *                 it count double towards their container, so a page whose template defeats the
     *                 density rules still yields the container the publisher named
     */
    List<Block> pick(Element body, List<Block> blocks, BodyEvidence evidence) {
        if (blocks.isEmpty()) {
            return List.of();
        }
        Map<Element, Agg> aggs = new IdentityHashMap<>();
        // Each block's own aggregate; the chain above it follows Agg.up, so the second pass needs no
        // map look-ups (300,000 one-word paragraphs spent a third of the picker's time in them).
        Agg[] owned = new Agg[blocks.size()];
        double total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            total += b.chrome() ? 0 : value(b);
            boolean seenPositive = false;
            int depth = 0;
            Agg below = null;
            for (Element e = b.owner(); e != null && depth++ < MAX_CLIMB; e = e.parent()) {
                Agg a = aggs.get(e);
                if (a == null) {
                    a = new Agg();
                    a.body = e == body;
                    a.hint = e == body ? ClassHints.Hint.NONE : hints.of(e);
                    a.positive = a.hint == ClassHints.Hint.POSITIVE || e.normalName().equals("article")
                            || e.normalName().equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody");
                    aggs.put(e, a);
                }
                if (below == null) {
                    owned[i] = a;
                } else {
                    below.up = a;
                }
                below = a;
                a.containsPositive |= seenPositive;
                seenPositive |= a.positive;
                if (a.first < 0) {
                    a.first = i;
                }
                a.last = i;
                a.rawGood += b.chrome() ? 0 : value(b);
                if (e == body) {
                    break;
                }
            }
        }
        for (Agg a : aggs.values()) {
            a.activeNegative = a.hint == ClassHints.Hint.NEVER_BODY
                    || a.hint == ClassHints.Hint.NEGATIVE && !(a.containsPositive && a.rawGood >= WRAPPER_SHARE * total);
        }
        boolean[] furniture = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean neg = b.chrome();
            for (Agg a = owned[i], end = chainEnd(owned[i]); a != end; a = a.up) {
                neg |= a.activeNegative;
            }
            furniture[i] = neg;
            double v = neg ? 0 : value(b);
            if (evidence.present() && v > 0 && evidence.agrees(b.text())) {
                v *= 2;
            }
            double bad = neg || b.linkDensity() > 0.5 || b.teaser() ? b.length() : 0;
            for (Agg a = owned[i], end = chainEnd(owned[i]); a != end; a = a.up) {
                a.good += v;
                a.bad += bad;
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Agg> en : aggs.entrySet()) {
            Agg a = en.getValue();
            double s = a.good - PENALTY * a.bad;
            if (a.positive) {
                s += 0.05 * a.good;
            }
            if (s > bestScore) {
                bestScore = s;
                best = en.getKey();
            }
        }
        if (DEBUG) {
            aggs.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue().good - PENALTY * y.getValue().bad, x.getValue().good - PENALTY * x.getValue().bad)).limit(8)
                .forEach(en -> System.err.printf("%8.0f good=%.0f bad=%.0f raw=%.0f neg=%s hint=%s %s%n", en.getValue().good - PENALTY * en.getValue().bad, en.getValue().good, en.getValue().bad, en.getValue().rawGood, en.getValue().activeNegative, en.getValue().hint, path(en.getKey())));
            aggs.entrySet().stream().filter(en -> en.getValue().activeNegative && en.getValue().rawGood > 500).forEach(en -> System.err.printf("NEG raw=%.0f %s%n", en.getValue().rawGood, path(en.getKey())));
        }
        if (best == null) {
            return List.of();
        }
        Agg c = aggs.get(best);
        List<Block> out = new ArrayList<>();
        for (int i = c.first; i <= c.last; i++) {
            Block b = blocks.get(i);
            if (furniture[i] || b.linkDensity() > 0.5 || b.kind() == Block.Kind.TITLE_HEADING
                    || headsLinkList(blocks, i) || hints.isFurnitureLabel(b.text())) {
                continue;
            }
            out.add(b);
        }
        if (evidence.present() && evidence.coveredBy(out) && !Boolean.getBoolean("x.noev")) {
            // The publisher's statement is whole here, so text it leaves out is not body (a sidebar
            // the container took in); headings stay, as statements commonly drop them.
            out.removeIf(b -> b.kind() != Block.Kind.HEADING && !evidence.agrees(b.text()));
        }
        return trim(out);
    }

    /**
     * Where a block's chain of aggregates ends, exclusive: after the body, after {@link #MAX_CLIMB}
     * steps, or at the top of the page, as far as the first pass climbed from the block.
     */
    private static Agg chainEnd(Agg owned) {
        Agg a = owned;
        for (int depth = 1; a != null; depth++) {
            if (a.body || depth == MAX_CLIMB) {
                return a.up;
            }
            a = a.up;
        }
        return null;
    }

    /** Diagnostic: {@code -Darticlex.html.debug=true} prints the best-scored containers to stderr. */
    static final boolean DEBUG = Boolean.getBoolean("articlex.html.debug");

    static String path(Element e) {
        StringBuilder sb = new StringBuilder();
        for (Element x = e; x != null; x = x.parent()) {
            sb.insert(0, " > " + x.normalName() + (x.id().isEmpty() ? "" : "#" + x.id()) + (x.className().isEmpty() ? "" : "." + x.className().replace(' ', '.')));
        }
        return sb.toString();
    }

    /**
     * A short caption line followed by a link list is that list's heading ("related news" over links
     * inside the article box, moneycontrol.com in html-dev); kept, it would also make the text
     * pipeline's boilerplate stage treat the rest of the body as related links.
     */
    private static boolean headsLinkList(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        return i + 1 < blocks.size() && b.length() <= 80 && !substantive(b) && blocks.get(i + 1).linkDensity() > 0.5;
    }

    /** Drops non-body blocks before the first and after the last block that reads like body text. */
    private static List<Block> trim(List<Block> in) {
        int from = 0;
        while (from < in.size() && !substantive(in.get(from))) {
            from++;
        }
        int to = in.size();
        while (to > from && !substantive(in.get(to - 1))) {
            to--;
        }
        return in.subList(from, to);
    }

    static boolean substantive(Block b) {
        return value(b) > 0;
    }

    /** How much a block looks like body text: its unlinked characters, less for fragments without a sentence. */
    static double value(Block b) {
        int len = b.length();
        if (len < MIN_BODY_CHARS || b.linkDensity() > 0.5 || b.teaser()) {
            return 0;
        }
        double v = len - b.linkChars();
        if (!hasSentence(b.text())) {
            v *= 0.3;
        }
        if (b.kind() != Block.Kind.PARAGRAPH) {
            v *= 0.8;
        }
        return v;
    }

    private static boolean hasSentence(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F') {
                return true;
            }
        }
        return false;
    }
}
