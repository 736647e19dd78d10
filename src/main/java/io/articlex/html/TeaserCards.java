package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Marks the summaries of teaser cards: boxes that hold a headline which is wholly a link, then a
 * short summary, and nothing else, standing side by side in one listing ("More news", "Latest"
 * under a short article).
 *
 * <p>Why: {@link Block#teaser} knows a teaser whose linked headline opens the summary's own block;
 * a card that sets the headline in a heading of its own ({@code <h3><a>...</a></h3><p>...</p>})
 * gives a summary block with no link at all, which reads as body text. Three such summaries
 * outweigh a two-paragraph article, and the listing's wrapper wins the page. A heading that is all
 * link points to another page; body sections head themselves with plain text. Two other shapes of
 * card: older layouts set the headline as a line of its own in the summary's paragraph
 * ({@code <p><b><a>...</a></b><br>...</p>}), which the line break cuts into two blocks of one
 * element; and templates set it as a bare link line in the card's text box, with the date and
 * summary in boxes of their own inside it, and wrap that box in frames (picture, section badge) one
 * per card ({@link #wrapped}). One card alone is no listing: at least {@link #MIN_CARDS} must share a parent.
 */
final class TeaserCards {

    /** Cards a listing needs. */
    static final int MIN_CARDS = 2;
    /** Most blocks a card holds after its headline (a summary, a date, a byline). */
    static final int MAX_AFTER = 3;
    /** Most blocks a card holds before its headline (a kicker or section label). */
    static final int MAX_BEFORE = 1;
    private static final int MAX_CLIMB = 64;

    private TeaserCards() {
    }

    static void mark(List<Block> blocks) {
        Map<Element, List<int[]>> byListing = null;
        for (int i = 0; i + 1 < blocks.size(); i++) {
            Block h = blocks.get(i);
            Element owner = h.owner();
            // the headline set on a line of its own over the summary, in one element: <p><b><a>..</a></b><br>...</p>
            boolean ownLine = owner == blocks.get(i + 1).owner() && owner.childrenSize() > 0;
            Block.Kind kind = h.kind();
            boolean line = kind == Block.Kind.HEADING || kind == Block.Kind.OTHER || kind == Block.Kind.PARAGRAPH;
            if (!(ownLine || line) || h.linkChars() == 0 || blocks.get(i + 1).linkChars() > 0 || !h.linkedHeadline()) {
                continue;
            }
            // a text box holding the linked headline and, in boxes of their own, the date and summary
            boolean holds = ownLine || kind != Block.Kind.HEADING && inside(blocks.get(i + 1).owner(), owner);
            Element box = holds ? owner : commonAncestor(owner, blocks.get(i + 1).owner());
            if (box == null || box.parent() == null) {
                continue;
            }
            // Counted one past the bounds at most: a box wider than a card ends the look.
            int before = 0;
            while (before <= MAX_BEFORE && i - before - 1 >= 0 && inside(blocks.get(i - before - 1).owner(), box)) {
                before++;
            }
            int after = 0;
            while (after <= MAX_AFTER && i + after + 1 < blocks.size() && inside(blocks.get(i + after + 1).owner(), box)) {
                after++;
            }
            if (before > MAX_BEFORE || after > MAX_AFTER) {
                continue;
            }
            if (byListing == null) {
                byListing = new IdentityHashMap<>();
            }
            byListing.computeIfAbsent(box.parent(), k -> new ArrayList<>()).add(new int[] {i - before, i + 1, i + after, ownLine ? 1 : 0});
        }
        if (byListing == null) {
            return;
        }
        for (int level = 0; level < MAX_WRAPS; level++) {
            byListing = wrapped(blocks, byListing);
        }
        for (List<int[]> cards : byListing.values()) {
            cards.sort((x, y) -> Integer.compare(x[0], y[0]));
        }
        String[] own = null;
        for (Map.Entry<Element, List<int[]>> en : byListing.entrySet()) {
            List<int[]> cards = en.getValue();
            if (cards.size() < MIN_CARDS || !onlyCards(blocks, en.getKey(), cards) || amidBody(blocks, en.getKey(), cards)
                    || ownLines(cards) && !ownColumn(blocks, en.getKey(), cards)) {
                continue;
            }
            if (own == null) {
                org.jsoup.nodes.Document doc = en.getKey().ownerDocument();
                own = new String[] {doc == null ? null : pageHost(doc)};
            }
            if (pointsAway(blocks, cards, own[0])) {
                continue;
            }
            for (int[] c : cards) {
                for (int j = c[1]; j <= c[2]; j++) {
                    Block b = blocks.get(j);
                    if (b.linkChars() == 0) {
                        blocks.set(j, b.asCard());
                    }
                }
            }
        }
    }

    /**
     * True when the listing holds nothing but its cards, headings and short lines ("More news",
     * "Advertisement"): a list of products or places inside an article, each in a box with a linked
     * name and a description, stands among the article's own paragraphs, and its descriptions are
     * body text.
     */
    private static boolean onlyCards(List<Block> blocks, Element listing, List<int[]> cards) {
        int first = cards.get(0)[0];
        int last = cards.get(cards.size() - 1)[2];
        int from = first;
        while (from > 0 && inside(blocks.get(from - 1).owner(), listing)) {
            from--;
        }
        int to = last;
        while (to + 1 < blocks.size() && inside(blocks.get(to + 1).owner(), listing)) {
            to++;
        }
        int next = 0;
        for (int j = from; j <= to; j++) {
            while (next < cards.size() && cards.get(next)[2] < j) {
                next++;
            }
            boolean inCard = next < cards.size() && cards.get(next)[0] <= j;
            Block b = blocks.get(j);
            if (!inCard && b.kind() != Block.Kind.HEADING && ContentPicker.substantive(b)) {
                return false;
            }
        }
        return true;
    }

    /** How many wrappers a card may sit in below its listing (picture box, text box, card frame). */
    static final int MAX_WRAPS = 3;
    /** Most short lines beside a card's text inside a wrapper: an edition or section badge, a picture's label. */
    static final int MAX_BESIDE = 3;

    /**
     * The listings again, with every card that is alone under its parent read as that parent: card
     * templates wrap the text box (headline, date, summary) in a frame of their own beside a picture
     * and a section badge, one frame per card, and only the frames stand side by side in the listing.
     * A wrapper holding more than a few short lines besides the card, or any text of some length, is
     * no card's frame.
     */
    private static Map<Element, List<int[]>> wrapped(List<Block> blocks, Map<Element, List<int[]>> byListing) {
        Map<Element, List<int[]>> out = new IdentityHashMap<>();
        for (Map.Entry<Element, List<int[]>> en : byListing.entrySet()) {
            Element frame = en.getKey();
            if (en.getValue().size() != 1 || frame.parent() == null) {
                out.computeIfAbsent(frame, k -> new ArrayList<>()).addAll(en.getValue());
                continue;
            }
            int[] c = en.getValue().get(0);
            int from = c[0];
            while (from > 0 && c[0] - from < MAX_BESIDE && inside(blocks.get(from - 1).owner(), frame)) {
                from--;
            }
            int to = c[2];
            while (to + 1 < blocks.size() && to - c[2] < MAX_BESIDE && inside(blocks.get(to + 1).owner(), frame)) {
                to++;
            }
            boolean framed = (from == 0 || !inside(blocks.get(from - 1).owner(), frame))
                    && (to + 1 >= blocks.size() || !inside(blocks.get(to + 1).owner(), frame));
            for (int j = from; framed && j <= to; j++) {
                framed = j >= c[0] && j <= c[2] || !ContentPicker.substantive(blocks.get(j));
            }
            Element key = framed ? frame.parent() : frame;
            out.computeIfAbsent(key, k -> new ArrayList<>()).add(framed ? new int[] {from, c[1], c[2], c[3]} : c);
        }
        return out;
    }

    private static boolean ownLines(List<int[]> cards) {
        for (int[] c : cards) {
            if (c[3] == 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the listing fills a table cell of its own, with no body text beside it in that cell:
     * the column of an old table layout beside the article's cell. Cards whose headline is only a
     * line of the summary's paragraph ({@code <p><b><a>...</a></b><br>...</p>}) are also how a
     * listicle sets its picks under its opening paragraph, in the article's own box; a column apart
     * from the article is what makes them teasers.
     */
    private static boolean ownColumn(List<Block> blocks, Element listing, List<int[]> cards) {
        Element cell = listing;
        for (int depth = 0; cell != null && !cell.normalName().equals("td") && depth < MAX_CLIMB; depth++) {
            cell = cell.parent();
        }
        if (cell == null || !cell.normalName().equals("td")) {
            return false;
        }
        for (int j = cards.get(0)[0] - 1; j >= 0 && inside(blocks.get(j).owner(), cell); j--) {
            if (proseBeside(blocks.get(j), listing)) {
                return false;
            }
        }
        for (int j = cards.get(cards.size() - 1)[2] + 1; j < blocks.size() && inside(blocks.get(j).owner(), cell); j++) {
            if (proseBeside(blocks.get(j), listing)) {
                return false;
            }
        }
        return true;
    }

    /** Body text outside the listing: no heading, and of some length. */
    private static boolean proseBeside(Block b, Element listing) {
        return !inside(b.owner(), listing) && b.kind() != Block.Kind.HEADING && ContentPicker.substantive(b);
    }

    /**
     * True when body text stands both before and after the listing inside its parent: a list of
     * products wrapped in a box of its own between an article's opening and its closing
     * paragraphs. A listing of other stories follows the article, with nothing of it after; readers'
     * replies under a comment thread's heading ({@link CommentHeadings#isHeading}: "3 comments",
     * "Leave a reply") are prose after it, but no part of the article, in pages whose boxes carry no
     * class names to set the thread apart.
     */
    private static boolean amidBody(List<Block> blocks, Element listing, List<int[]> cards) {
        Element parent = listing.parent();
        if (parent == null) {
            return false;
        }
        int before = cards.get(0)[0] - 1;
        while (before >= 0 && inside(blocks.get(before).owner(), listing)) {
            before--;
        }
        while (before >= 0 && !ContentPicker.substantive(blocks.get(before))) {
            before--;
        }
        int after = cards.get(cards.size() - 1)[2] + 1;
        while (after < blocks.size() && inside(blocks.get(after).owner(), listing)) {
            after++;
        }
        while (after < blocks.size() && !ContentPicker.substantive(blocks.get(after))) {
            Block b = blocks.get(after);
            if (b.linkChars() == 0 && CommentHeadings.builtIn().isHeading(b.text())) {
                return false;
            }
            after++;
        }
        return before >= 0 && after < blocks.size() && inside(blocks.get(before).owner(), parent)
                && inside(blocks.get(after).owner(), parent);
    }

    /**
     * True when a card's headline links to another site than the page's own (its canonical or
     * {@code og:url} address): a shop's or a maker's page, as product round-ups link their picks.
     * Teasers point to the publisher's own stories, by a path or by the same host. A page that names
     * no address of its own is told by the cards alone: headlines linking to two sites or more are
     * picks (a reading list's, a round-up's), since a site's teasers share its host.
     */
    private static boolean pointsAway(List<Block> blocks, List<int[]> cards, String own) {
        String seen = null;
        for (int[] c : cards) {
            Element a = blocks.get(c[1] - 1).owner().selectFirst("a[href]");
            String host = a == null ? null : host(a.attr("href"));
            if (host == null) {
                continue;
            }
            if (own != null ? !host.equals(own) : seen != null && !host.equals(seen)) {
                return true;
            }
            seen = host;
        }
        return false;
    }

    private static String pageHost(org.jsoup.nodes.Document doc) {
        Element canonical = doc.selectFirst("link[rel=canonical][href], meta[property=og:url][content]");
        if (canonical == null) {
            return null;
        }
        return host(canonical.hasAttr("href") ? canonical.attr("href") : canonical.attr("content"));
    }

    /** The host of an absolute address, without "www.", lower-cased; null for a relative one. */
    static String host(String href) {
        String h = href.strip();
        int scheme = h.indexOf("//");
        if (scheme < 0 || scheme > 6 || !(h.startsWith("http") || h.startsWith("//"))) {
            return null;
        }
        int end = scheme + 2;
        while (end < h.length() && "/?#:".indexOf(h.charAt(end)) < 0) {
            end++;
        }
        String host = h.substring(scheme + 2, end).toLowerCase(java.util.Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    /** The nearest element holding both, by their depths; null past {@link #MAX_CLIMB} levels apart. */
    private static Element commonAncestor(Element a, Element b) {
        int da = depth(a);
        int db = depth(b);
        Element x = a;
        Element y = b;
        for (; da > db; da--) {
            x = x.parent();
        }
        for (; db > da; db--) {
            y = y.parent();
        }
        if (x == y) {
            // One holds the other: the outer one holds both, unless it is the heading itself.
            return x == a ? a.parent() : x;
        }
        for (int k = 0; x != null && k < MAX_CLIMB; k++) {
            x = x.parent();
            y = y.parent();
            if (x == y) {
                return x;
            }
        }
        return null;
    }

    private static int depth(Element e) {
        int d = 0;
        for (Element x = e.parent(); x != null; x = x.parent()) {
            d++;
        }
        return d;
    }

    private static boolean inside(Element e, Element box) {
        int depth = 0;
        for (Element x = e; x != null && depth++ < MAX_CLIMB; x = x.parent()) {
            if (x == box) {
                return true;
            }
        }
        return false;
    }
}
