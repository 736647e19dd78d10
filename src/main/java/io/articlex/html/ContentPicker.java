package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
 *
 * <p>When that keeps far less than the page's densest prose region, the picker retries with less
 * trust in the markup ({@link Pass}), and says which pass found the body. Its result is then weighed
 * against an independent pick by paragraph scores ({@link ParagraphScores}, {@link SecondOpinion}).
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

    /**
     * The first pass's result is accepted when it keeps at least this share of the text of the page's
     * densest prose region (the best container by plain text density, ignoring class names and page
     * chrome); below it the picker relaxes and retries. Low, because that region is often the article
     * plus its comment thread or teaser lists, which the first pass rightly leaves out.
     */
    static final double RELAX_SHARE = 0.3;

    /**
     * The picker's passes, strictest first, as Readability retries: when a pass keeps far less than the
     * densest prose region, a class name or a page-chrome element condemned the article's wrapper (a
     * page builder naming every box "widget", a live ticker inside "comments"), so the next pass
     * trusts less of the page's markup.
     */
    enum Pass {
        /** Class and id hints, page chrome, JSON-LD evidence. */
        FULL("first pass"),
        /** Class and id hints off, but for never-body words (comments, cookie dialogs). */
        NO_HINTS("class hints off"),
        /** As {@link #NO_HINTS}, and page-chrome elements (nav, aside, figure ...) counted as text. */
        NO_FURNITURE("class hints and furniture penalties off"),
        /** Text density alone: unlinked sentence text against link lists. */
        DENSITY("text density alone");

        final String label;

        Pass(String label) {
            this.label = label;
        }

        boolean hints() {
            return this == FULL;
        }

        boolean furniture() {
            return this == FULL || this == NO_HINTS;
        }
    }

    /**
     * The body blocks in order, the pass that found them, and whether they are the second opinion's
     * ({@link ParagraphScores}) rather than the picker's own.
     */
    record Result(List<Block> blocks, Pass pass, boolean secondOpinion) {
        Result(List<Block> blocks, Pass pass) {
            this(blocks, pass, false);
        }
    }

    private final ClassHints hints = ClassHints.builtIn();
    /**
     * Per block, set by the first pass: the block sits in a listing of other pages ({@link Agg#listing})
     * that the first pass condemned and that is no wrapper of the page's text. A relaxed pass stops
     * trusting class names to find the article's container, but a box named for related stories or
     * teasers inside that container is still no part of the article: pages that split their body into
     * many boxes, which is what sends the picker to a relaxed pass, put such listings between them.
     * A forum thread is such a page, one box per post, and each post's member card (name, rank,
     * "Joined", post count) stays out likewise.
     */
    private boolean[] inListing;

    private static final class Agg {
        double rawGood;
        double good;
        double bad;
        /** The part of {@link #good} that cookie or consent notices give ({@link ConsentNotices#isNotice}). */
        double notice;
        /** Text and link-list weight by density alone, for the densest prose region. */
        double plainGood;
        double plainBad;
        int first = -1;
        int last;
        ClassHints.Hint hint;
        boolean positive;
        boolean containsPositive;
        boolean activeNegative;
        /**
         * Named as a listing of other pages (related, teasers) by a whole class word, or as a member's
         * card beside a forum post, in the first pass: furniture in every pass.
         */
        boolean listing;
        /** Named as a person's card (a forum member's box beside a post, a post's author line) in the first pass. */
        boolean personCard;
        /** How many person cards, not inside one another, the element holds ({@link #countCards}). */
        int cards;
        /** The aggregate of the element's parent, when a block's climb went on past the element. */
        Agg up;
        boolean body;
    }

    /**
     * @param evidence the page's own statement of its body (JSON-LD articleBody): blocks that agree with
     *                 it count double towards their container, so a page whose template defeats the
     *                 density rules still yields the container the publisher named
     */
    Result pick(Element body, List<Block> blocks, BodyEvidence evidence) {
        if (blocks.isEmpty()) {
            return new Result(List.of(), Pass.FULL);
        }
        Map<Element, ClassHints.Hint> memo = new IdentityHashMap<>();
        Result own = pickOwn(body, blocks, evidence, memo);
        List<Block> second = new ParagraphScores(e -> hint(memo, e)).pick(body, blocks);
        if (SecondOpinion.prefer(own.blocks(), second)) {
            return new Result(endOfBody(second), own.pass(), true);
        }
        return new Result(endOfBody(SecondOpinion.trimTail(own.blocks(), second)), own.pass());
    }

    /**
     * The body up to a comment thread's heading ({@link CommentHeadings}) and without a consent
     * notice at its end ({@link ConsentNotices}), trimmed again: readers' replies and cookie banners
     * in boxes no class name marks read as prose and join a short article's container.
     */
    private static List<Block> endOfBody(List<Block> blocks) {
        List<Block> cut = ConsentNotices.builtIn().cut(CommentHeadings.builtIn().cut(blocks));
        return cut.size() == blocks.size() ? blocks : trim(cut);
    }

    /**
     * What an element's class and id say, read once per page: the relaxed passes and the second
     * opinion ask again for the same elements, and reading class names is a tenth of the HTML path.
     */
    private ClassHints.Hint hint(Map<Element, ClassHints.Hint> memo, Element e) {
        ClassHints.Hint h = memo.get(e);
        if (h == null) {
            h = hints.of(e);
            memo.put(e, h);
        }
        return h;
    }

    private Result pickOwn(Element body, List<Block> blocks, BodyEvidence evidence, Map<Element, ClassHints.Hint> memo) {
        double[] region = {0};
        List<Block> first = pick(body, blocks, evidence, Pass.FULL, region, memo);
        double want = RELAX_SHARE * region[0];
        if (weight(first) >= want) {
            return new Result(first, Pass.FULL);
        }
        boolean named = named(first, body, memo);
        for (Pass pass : new Pass[] {Pass.NO_HINTS, Pass.NO_FURNITURE, Pass.DENSITY}) {
            List<Block> out = pick(body, blocks, evidence, pass, null, memo);
            // A relaxed pass may replace the first's pick only by taking it in: one that keeps
            // something else instead (a sidebar beside a short post) has found a longer region,
            // not the article. A first pick that nothing names as the article is no such post.
            if (weight(out) >= want && (!named || new HashSet<>(out).containsAll(first))) {
                return new Result(out, pass);
            }
        }
        return new Result(first, Pass.FULL);
    }

    /** Fewest person cards that make an element a thread of posts ({@link #countCards}). */
    static final int MIN_THREAD_CARDS = 2;

    /**
     * Counts each element's person cards ({@link Agg#personCard}). A forum thread sets a member's box
     * (name, rank, "Joined", post count) beside every post; weighed as furniture, those boxes
     * outweighed the replies, and the thread's container lost to its first post alone. In an element
     * holding {@link #MIN_THREAD_CARDS} cards or more they are still left out of the body but weigh
     * nothing against it, and nor do the links of each post beside its card (phpBB heads every reply
     * with a link "Re: &lt;thread title&gt;" and links the member's name in its author line), unless a
     * class name makes them furniture. A single card (an author box, one reader's comment under an
     * article) weighs as before.
     */
    private static void countCards(Iterable<Agg> aggs) {
        for (Agg card : aggs) {
            if (!card.personCard) {
                continue;
            }
            boolean nested = false;
            for (Agg a = card.up; a != null && !nested; a = a.body ? null : a.up) {
                nested = a.personCard;
            }
            if (nested) {
                continue;
            }
            for (Agg a = card.up; a != null; a = a.body ? null : a.up) {
                a.cards++;
            }
        }
    }

    /**
     * True when a block of the pick stands in an element that names the article: an {@code <article>}
     * or {@code <main>}, a positive class name, the {@code articleBody} property. A first pass that
     * falls short of the page's densest prose and keeps only unnamed text (a footer's line, when the
     * article's own column carries a furniture word: "col-md-8 rail", "sidebar-layout") has not
     * found a short post, and a relaxed pass's longer region may replace it.
     */
    private boolean named(List<Block> pick, Element body, Map<Element, ClassHints.Hint> memo) {
        for (Block b : pick) {
            int depth = 0;
            for (Element e = b.owner(); e != null && e != body && depth++ < MAX_CLIMB; e = e.parent()) {
                if (hint(memo, e) == ClassHints.Hint.POSITIVE || e.normalName().equals("article")
                        || e.normalName().equals("main") || e.attr("itemprop").equalsIgnoreCase("articleBody")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static double weight(List<Block> blocks) {
        double w = 0;
        for (Block b : blocks) {
            w += value(b);
        }
        return w;
    }

    /**
     * One pass over the blocks under the given pass's rules.
     *
     * @param region when not null, receives the text weight of the densest prose region
     */
    private List<Block> pick(Element body, List<Block> blocks, BodyEvidence evidence, Pass pass, double[] region,
                             Map<Element, ClassHints.Hint> memo) {
        boolean useHints = pass.hints();
        boolean useChrome = pass.furniture();
        // In the order the blocks first reach them (jsoup's elements are equal only to themselves): the
        // pick below keeps the first of equal scores, and an identity map's order would make that choice,
        // between a wrapper and its only child say, differ from run to run and with what was parsed before.
        Map<Element, Agg> aggs = new LinkedHashMap<>();
        // Each block's own aggregate; the chain above it follows Agg.up, so the second pass needs no
        // map look-ups (300,000 one-word paragraphs spent a third of the picker's time in them).
        Agg[] owned = new Agg[blocks.size()];
        double total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean chrome = useChrome && b.chrome();
            double v = value(b);
            total += chrome ? 0 : v;
            boolean seenPositive = false;
            int depth = 0;
            Agg below = null;
            for (Element e = b.owner(); e != null && depth++ < MAX_CLIMB; e = e.parent()) {
                Agg a = aggs.get(e);
                if (a == null) {
                    a = new Agg();
                    a.body = e == body;
                    a.hint = e == body || pass == Pass.DENSITY ? ClassHints.Hint.NONE : hint(memo, e);
                    if (!useHints && a.hint != ClassHints.Hint.NEVER_BODY) {
                        a.hint = ClassHints.Hint.NONE;
                    }
                    a.positive = pass != Pass.DENSITY && (a.hint == ClassHints.Hint.POSITIVE
                            || e.normalName().equals("article") || e.normalName().equals("main")
                            || e.attr("itemprop").equalsIgnoreCase("articleBody"));
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
                a.rawGood += chrome ? 0 : v;
                if (e == body) {
                    break;
                }
            }
        }
        wrapsTitle(blocks, aggs, total);
        if (pass == Pass.FULL) {
            for (Map.Entry<Element, Agg> en : aggs.entrySet()) {
                Agg a = en.getValue();
                a.personCard = (a.hint == ClassHints.Hint.NEGATIVE || a.hint == ClassHints.Hint.WEAK_NEGATIVE)
                        && hints.namesPersonCard(en.getKey());
                a.listing = a.hint == ClassHints.Hint.NEGATIVE && hints.namesListing(en.getKey()) || a.personCard;
            }
            countCards(aggs.values());
        }
        for (Agg a : aggs.values()) {
            boolean wrapper = a.rawGood >= WRAPPER_SHARE * total;
            a.activeNegative = a.hint == ClassHints.Hint.NEVER_BODY
                    || a.hint == ClassHints.Hint.NEGATIVE && !(a.containsPositive && wrapper)
                    || a.hint == ClassHints.Hint.WEAK_NEGATIVE && !wrapper;
        }
        boolean useEvidence = evidence.present() && pass != Pass.DENSITY;
        boolean[] furniture = new boolean[blocks.size()];
        boolean[] never = new boolean[blocks.size()];
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            boolean neg = useChrome && b.chrome();
            boolean neverBody = false;
            boolean card = false;
            boolean post = false; // inside one post of a thread: a box of one person card under a box of several
            boolean postSeen = false;
            for (Agg a = owned[i], end = chainEnd(owned[i]); a != end; a = a.up) {
                neg |= a.activeNegative;
                neverBody |= a.hint == ClassHints.Hint.NEVER_BODY;
                card |= a.personCard;
                postSeen |= a.cards == 1;
                post |= postSeen && a.cards >= MIN_THREAD_CARDS;
            }
            // The densest prose region leaves comment threads out: they are often longer than the
            // article and would make every article look too short.
            // Teaser cards ({@link TeaserCards}) weigh as they did before they were known: they
            // keep the picker from taking their listing, not the region from counting them.
            Block p = b.card() ? b.uncarded() : b;
            double plain = neverBody ? 0 : value(p);
            double plainBad = !neverBody && (p.linkDensity() > 0.5 || p.teaser()) && !linkedProse(p) ? p.length() : 0;
            furniture[i] = neg;
            if (pass == Pass.FULL) {
                if (inListing == null) {
                    inListing = new boolean[blocks.size()];
                }
                for (Agg a = owned[i], end = chainEnd(owned[i]); a != end; a = a.up) {
                    if (a.listing && a.activeNegative && a.rawGood < WRAPPER_SHARE * total) {
                        inListing[i] = true;
                        break;
                    }
                }
            }
            never[i] = neverBody;
            double v = neg ? 0 : value(b);
            if (v == 0 && !neg && linkedProse(b)) {
                v = 0.5 * b.length();
            }
            if (useEvidence && v > 0 && evidence.agrees(b.text())) {
                v *= 2;
            }
            boolean linkList = (b.linkDensity() > 0.5 || b.teaser()) && !linkedProse(b);
            double bad = neg || linkList ? b.length() : 0;
            // a post's own links (its "Re: <thread title>" heading, the member's name) weigh nothing
            // against the thread, as its member card does not
            double badBesidePosts = card && !linkList || post && !neg ? 0 : bad;
            double notice = v > 0 && ConsentNotices.builtIn().isNotice(b.text()) ? v : 0;
            for (Agg a = owned[i], end = chainEnd(owned[i]); a != end; a = a.up) {
                a.good += v;
                a.notice += notice;
                a.bad += a.cards >= MIN_THREAD_CARDS ? badBesidePosts : bad;
                a.plainGood += plain;
                a.plainBad += plainBad;
            }
        }
        Element best = null;
        double bestScore = 0;
        double bestPlain = 0;
        for (Map.Entry<Element, Agg> en : aggs.entrySet()) {
            Agg a = en.getValue();
            if (a.notice * 2 > a.good) {
                // a cookie dialog whose box has no telling name: its notice is most of its prose
                continue;
            }
            double s = a.good - PENALTY * a.bad;
            if (a.positive) {
                s += 0.05 * a.good;
            }
            if (s > bestScore) {
                bestScore = s;
                best = en.getKey();
            }
            double dense = a.plainGood - PENALTY * a.plainBad;
            if (region != null && dense > bestPlain) {
                bestPlain = dense;
                region[0] = a.plainGood;
            }
        }
        if (DEBUG) {
            System.err.println("-- pass " + pass.label);
            aggs.entrySet().stream().sorted((x, y) -> Double.compare(y.getValue().good - PENALTY * y.getValue().bad, x.getValue().good - PENALTY * x.getValue().bad)).limit(8)
                .forEach(en -> System.err.printf("%8.0f good=%.0f bad=%.0f raw=%.0f neg=%s hint=%s %s%n", en.getValue().good - PENALTY * en.getValue().bad, en.getValue().good, en.getValue().bad, en.getValue().rawGood, en.getValue().activeNegative, en.getValue().hint, path(en.getKey())));
            aggs.entrySet().stream().filter(en -> en.getValue().activeNegative && en.getValue().rawGood > 500).forEach(en -> System.err.printf("NEG raw=%.0f %s%n", en.getValue().rawGood, path(en.getKey())));
        }
        if (best == null) {
            return List.of();
        }
        if (pass != Pass.DENSITY) {
            // The stream first: a longer next story in an <article> of its own would be the inner article.
            Element story = firstStory(best, blocks, aggs);
            if (story != best && region != null) {
                // A stream of stories: the densest region holds the next ones, which are no
                // measure of how much of the article the pick missed.
                region[0] = Math.min(region[0], aggs.get(story).plainGood);
            }
            best = innerArticle(story, aggs);
        }
        Agg c = aggs.get(best);
        List<Element> parts = pass == Pass.DENSITY ? List.of(best) : splitBody(best, blocks, aggs);
        int from = c.first;
        int to = c.last;
        for (Element part : parts) {
            from = Math.min(from, aggs.get(part).first);
            to = Math.max(to, aggs.get(part).last);
        }
        List<Block> out = new ArrayList<>();
        lede(blocks, from, never, out);
        Map<Integer, BitSet> counters = bareCounters(blocks, from, to);
        for (int i = from; i <= to; i++) {
            Block b = blocks.get(i);
            boolean isFurniture = furniture[i] && !(useHints && quotedInside(b, best, never[i]))
                    || inListing != null && inListing[i];
            if (parts.size() > 1) {
                Element part = partOf(b.owner(), parts);
                if (part == null) {
                    continue;
                }
                if (part != best) {
                    isFurniture = furnitureInPart(b, owned[i], part, aggs.get(part), isFurniture);
                }
            }
            if (isFurniture || b.linkDensity() > 0.5 && !linkInSentence(b) && !loneLink(blocks, furniture, i, from, to)
                    && !linkedSentence(blocks, furniture, i, from, to) && !linkedProse(b) || b.kind() == Block.Kind.TITLE_HEADING
                    || headsLinkList(blocks, i) || hints.isFurnitureLabel(b.text()) || shortcode(b.text())
                    || ReadingTime.is(b.text()) || symbolsOnly(b.text()) || slideCounter(b.text(), counters)) {
                continue;
            }
            out.add(b);
        }
        if (useEvidence && evidence.coveredBy(out)) {
            // The publisher's statement is whole here, so text it leaves out is not body (a sidebar
            // the container took in); headings stay, as statements commonly drop them.
            out.removeIf(b -> b.kind() != Block.Kind.HEADING && !evidence.agrees(b.text()));
        }
        return trim(out);
    }

    /**
     * A never-body box (comments, dialogs) that holds the page's first title heading ({@code <h1>})
     * and most of its text is a wrapper of the page, named for one thing it also holds or for a
     * state of the layout ("article-with-comments", "layout cookie-consent-offset", "gdpr-wrapper"
     * around the whole page): it loses its hint, and the boxes inside keep theirs. A comment thread
     * follows the article's title and a dialog holds its own; taken as never-body, such a wrapper
     * left the page no body at all.
     */
    private static void wrapsTitle(List<Block> blocks, Map<Element, Agg> aggs, double total) {
        int title = -1;
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).kind() == Block.Kind.TITLE_HEADING) {
                title = i;
                break;
            }
        }
        if (title < 0) {
            return;
        }
        for (Agg a : aggs.values()) {
            if (a.hint == ClassHints.Hint.NEVER_BODY && a.first <= title && title <= a.last
                    && a.rawGood >= WRAPPER_SHARE * total) {
                a.hint = ClassHints.Hint.NONE;
            }
        }
    }

    /**
     * The block sits in a quotation ({@code <blockquote>}) inside the container, and only class names
     * condemn it: an embedded post the article quotes ("Club statement — The club (@club) 20 May"),
     * which templates wrap in a box named for the embed or a widget. Page chrome (nav, aside, footer,
     * figure) and never-body boxes (comments, newsletter dialogs) still condemn it.
     */
    private static boolean quotedInside(Block b, Element best, boolean never) {
        if (never || b.chrome()) {
            return false;
        }
        boolean quote = false;
        int depth = 0;
        for (Element e = b.owner(); e != null && depth++ < MAX_CLIMB; e = e.parent()) {
            if (e == best) {
                return quote;
            }
            quote |= e.normalName().equals("blockquote");
        }
        return false;
    }

    /**
     * Share of the container's body text an {@code <article>} inside it must hold to be taken instead.
     * On trafilatura-dev's tuning half F is flat from 0.5 to 0.75 and falls at 0.9, where a long
     * bio beside a short post keeps the wrapper.
     */
    static final double ARTICLE_SHARE = 0.6;

    /**
     * The one {@code <article>} element inside the chosen container that holds most of its body text,
     * or the container itself. Blog themes put the author's bio, a push-notification prompt or a
     * newsletter box beside the {@code <article>} in one wrapper; they read as prose, so the wrapper
     * outscores the article by their length. When no article holds that much (a listing of like
     * posts), the container stays.
     */
    private static Element innerArticle(Element best, Map<Element, Agg> aggs) {
        Agg c = aggs.get(best);
        if (best.normalName().equals("article") || c.good <= 0) {
            return best;
        }
        Element found = null;
        for (Map.Entry<Element, Agg> en : aggs.entrySet()) {
            Element e = en.getKey();
            if (!e.normalName().equals("article") || en.getValue().good < ARTICLE_SHARE * c.good) {
                continue;
            }
            boolean inside = false;
            for (Element x = e.parent(); x != null; x = x.parent()) {
                if (x == best) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                continue;
            }
            if (found != null && !isAncestor(found, e) && !isAncestor(e, found)) {
                return best;
            }
            if (found == null || isAncestor(e, found)) {
                found = e;
            }
        }
        return found == null || postsOfThread(best, aggs) ? best : found;
    }

    /**
     * True when {@link #MIN_THREAD_CARDS} {@code <article>} elements inside the container each hold one
     * person card ({@link Agg#personCard}): a forum thread that sets each post, member's box and all, in
     * an article of its own. Its first post often holds most of the text (a long question, short
     * replies), and is no article beside furniture.
     */
    private static boolean postsOfThread(Element best, Map<Element, Agg> aggs) {
        if (aggs.get(best).cards < MIN_THREAD_CARDS) {
            return false;
        }
        int posts = 0;
        for (Map.Entry<Element, Agg> en : aggs.entrySet()) {
            if (en.getValue().cards == 1 && en.getKey().normalName().equals("article") && isAncestor(best, en.getKey())
                    && ++posts >= MIN_THREAD_CARDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The box inside the container that holds the page's title heading ({@code <h1>}) and its story,
     * when a later box beside it opens with a headline of its own that links to another page, or with
     * an {@code <h1>} set like the title's in a box of the same template ({@link #opensWithTitle}): a
     * stream of stories, the next one loaded under the article as the reader scrolls, or a listing
     * page's next entry. Each box reads as a whole article, so the stream's wrapper outscores any
     * one of them. Otherwise the container itself.
     */
    private static Element firstStory(Element best, List<Block> blocks, Map<Element, Agg> aggs) {
        Element titled = null;
        boolean next = false;
        for (Element child : best.children()) {
            Agg a = aggs.get(child);
            if (a == null || a.good < MIN_PART) {
                continue;
            }
            if (titled == null) {
                if (holdsTitle(blocks, a)) {
                    titled = child;
                } else {
                    return best;
                }
            } else if (opensWithHeadline(blocks, a) || sameTemplate(titled, child) && opensWithTitle(blocks, a)
                    || opensWithLinkList(blocks, a) && aggs.get(titled).good >= RAIL_SHARE * aggs.get(best).good) {
                next = true;
            }
        }
        return titled != null && next ? titled : best;
    }

    /** Share of the container's body text the titled box needs for a {@link #opensWithLinkList} box beside it to be a rail. */
    static final double RAIL_SHARE = 0.5;

    /**
     * The box opens with a short heading over a list of links ({@link #headsLinkList}: "Most popular",
     * "Latest news"): a rail of the page set beside the article with no class or id to name it, whose
     * listings of other stories are often followed by prose of its own (an events box, an about-us
     * note) that outweighs the links. The article's own sections open with their text.
     */
    private static boolean opensWithLinkList(List<Block> blocks, Agg a) {
        return opensWithLinkList(blocks, a.first, a.last);
    }

    /** {@link #opensWithLinkList} of the box whose blocks are {@code first..last}. */
    static boolean opensWithLinkList(List<Block> blocks, int first, int last) {
        return first >= 0 && first + 2 <= last && blocks.get(first).kind() == Block.Kind.HEADING && headsLinkList(blocks, first);
    }

    /** Among the box's blocks before its body text, the page's title heading. */
    private static boolean holdsTitle(List<Block> blocks, Agg a) {
        for (int i = a.first; i <= a.last; i++) {
            Block b = blocks.get(i);
            if (b.kind() == Block.Kind.TITLE_HEADING) {
                return true;
            }
            if (substantive(b)) {
                return false;
            }
        }
        return false;
    }

    /** Two boxes of one story template: the same tag and class attribute (an empty one only on {@code <article>}). */
    static boolean sameTemplate(Element a, Element b) {
        String cls = a.className();
        return a.normalName().equals(b.normalName()) && cls.equals(b.className())
                && (!cls.isEmpty() || a.normalName().equals("article"));
    }

    /**
     * The box opens with an {@code <h1>} of the class of the page's first {@code <h1>}: the next
     * story's title, set by the template that set the article's own. A stream that loads the next
     * story under the article gives it the article's markup, its title unlinked like the first. An
     * article written as sections each opening with an {@code <h1>} gives them plain or other
     * headings than its title's.
     */
    private static boolean opensWithTitle(List<Block> blocks, Agg a) {
        Block b = blocks.get(a.first);
        String cls = b.owner().className();
        if (b.kind() != Block.Kind.TITLE_HEADING || cls.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.first; i++) {
            if (blocks.get(i).kind() == Block.Kind.TITLE_HEADING) {
                return blocks.get(i).owner().className().equals(cls);
            }
        }
        return false;
    }

    /** The box's first block is a heading that is a {@link Block#linkedHeadline}: another story's title. */
    private static boolean opensWithHeadline(List<Block> blocks, Agg a) {
        Block b = blocks.get(a.first);
        return (b.kind() == Block.Kind.HEADING || b.kind() == Block.Kind.TITLE_HEADING) && b.linkedHeadline();
    }

    /** How many boxes without body text may stand between two parts of a split body. */
    static final int MAX_INTERRUPTERS = 2;
    /**
     * Body text a sibling box needs to be taken as another part of the article: a full sentence. A
     * date-and-source line under the title may share a tracking class with the body box beside it;
     * it weighs less, being no sentence.
     */
    static final double MIN_PART = 100;

    /**
     * The chosen container and the sibling boxes that hold the rest of the same body. Templates break
     * an article into several like boxes ("text-block" after "text-block") with an advertisement slot,
     * a picture or a related-stories box between them, so the best-scored box is one part of the
     * body; its parent would take in the interrupter's links and lose to the part. A sibling joins
     * when it has the container's tag and shares one of its class names, holds body text with
     * fewer links than text, and only boxes without body text stand between them; any other prose
     * box between them ends the search in that direction.
     *
     * <p>A later box that opens with a headline linked to another page is the next story of a stream
     * ({@link #firstStory}), not a part, whatever class it shares.
     */
    private static List<Element> splitBody(Element best, List<Block> blocks, Map<Element, Agg> aggs) {
        Set<String> classes = best.classNames();
        if (classes.isEmpty() || best.parent() == null) {
            return List.of(best);
        }
        List<Element> parts = new ArrayList<>();
        parts.add(best);
        for (int dir = -1; dir <= 1; dir += 2) {
            int gap = 0;
            for (Element s = dir < 0 ? best.previousElementSibling() : best.nextElementSibling(); s != null;
                 s = dir < 0 ? s.previousElementSibling() : s.nextElementSibling()) {
                Agg a = aggs.get(s);
                if (a == null || a.good <= 0 && !ownHintOnly(a)) {
                    if (++gap > MAX_INTERRUPTERS) {
                        break;
                    }
                    continue;
                }
                if (!s.normalName().equals(best.normalName()) || java.util.Collections.disjoint(s.classNames(), classes)
                        || !(a.good >= MIN_PART && a.bad <= a.good || ownHintOnly(a) && a.rawGood >= MIN_PART && a.rawGood >= 0.8 * a.bad)
                        || dir > 0 && (opensWithHeadline(blocks, a) || opensWithTitle(blocks, a))) {
                    break;
                }
                parts.add(s);
                gap = 0;
            }
        }
        return parts;
    }

    /**
     * A box condemned by its own class name alone, which a part of a split body may be: besides the
     * class it shares with the other parts it carries a state or script word ("js-slider-toggle")
     * that reads as furniture. A never-body word (comments, cookie dialogs) is never excused.
     */
    private static boolean ownHintOnly(Agg a) {
        return a.activeNegative && a.hint != ClassHints.Hint.NEVER_BODY && a.rawGood > 0;
    }

    /**
     * Whether a block of a split body's part is body: in the chosen container the page's own verdict
     * stands; in a part condemned only by its own class name ({@link #ownHintOnly}) the verdict is
     * taken again without that name, from the block's own chrome and the boxes below the part.
     */
    private static boolean furnitureInPart(Block b, Agg owned, Element part, Agg partAgg, boolean furniture) {
        if (!ownHintOnly(partAgg)) {
            return furniture;
        }
        if (b.chrome()) {
            return true;
        }
        for (Agg a = owned; a != null && a != partAgg; a = a.up) {
            if (a.activeNegative) {
                return true;
            }
        }
        return false;
    }

    private static Element partOf(Element owner, List<Element> parts) {
        for (Element x = owner; x != null; x = x.parent()) {
            for (Element p : parts) {
                if (x == p) {
                    return p;
                }
            }
        }
        return null;
    }

    private static boolean isAncestor(Element a, Element d) {
        for (Element x = d.parent(); x != null; x = x.parent()) {
            if (x == a) {
                return true;
            }
        }
        return false;
    }

    /** Longest link text of a {@link #linkInSentence} line: longer, the link is a headline. */
    static final int MAX_INLINE_LINK_CHARS = 40;
    /** Unlinked characters a {@link #linkInSentence} line needs besides its link: fewer, it is a bare link. */
    static final int MIN_OWN_CHARS = 5;

    /**
     * A mostly linked paragraph or list item inside the container that is still the article's text:
     * its link is a short phrase ("Get it at the harbour shop for $12", "First, <a>install the
     * tools</a> the course needs.", an exercise's "<a>worked solution</a> (PDF)"), its own words
     * make it more than a bare link, and those words are not a label before the link. Link lists,
     * teasers and pointers to other stories link a headline, longer than {@link #MAX_INLINE_LINK_CHARS},
     * or set a label before it ("Related: ...", "Read more \u00bb ...", {@link #labelledLink}); those
     * stay out, as every block more than half link did before.
     */
    static boolean linkInSentence(Block b) {
        return (b.kind() == Block.Kind.PARAGRAPH || b.kind() == Block.Kind.LIST_ITEM) && !b.teaser()
                && b.linkChars() <= MAX_INLINE_LINK_CHARS && nonSpace(b.text(), 0) - b.linkChars() >= MIN_OWN_CHARS
                && !labelledLink(b);
    }

    /**
     * A short link standing alone between two paragraphs of the container's body text is part of
     * that text, even bare: a shop link under a product's description, an exercise's link to its
     * worked solution, the issue a piece first appeared in. Link lists come in runs of links, and
     * teasers and pointers to other stories link a headline or set a label before the link
     * ({@link #labelledLink}), so none of them passes.
     */
    private static boolean loneLink(List<Block> blocks, boolean[] furniture, int i, int from, int to) {
        Block b = blocks.get(i);
        if (i <= from || i >= to || b.kind() != Block.Kind.PARAGRAPH && b.kind() != Block.Kind.LIST_ITEM || b.teaser()
                || b.linkChars() > MAX_INLINE_LINK_CHARS || labelledLink(b)) {
            return false;
        }
        return !furniture[i - 1] && substantive(blocks.get(i - 1)) && !furniture[i + 1] && substantive(blocks.get(i + 1));
    }

    /** Unlinked non-space characters a {@link #linkedSentence} needs: its own words around the links. */
    static final int MIN_LINKED_SENTENCE_OWN = 15;

    /**
     * A paragraph of the container's body text that links most of its words: a sentence that points
     * the reader to two earlier reports ("For background, see <a>our report on the silted channel
     * last year</a> and <a>the board's first vote on the levy</a>."), whose links are too long for
     * {@link #linkInSentence}. It stands between two body paragraphs, opens with its own words, and
     * ends as a sentence ends; link lists and teasers do none of these (a list of headlines ends
     * without a full stop, a teaser opens with its headline's link), and a label before the links
     * ({@link #labelledLink}) marks a pointer to other stories.
     */
    private static boolean linkedSentence(List<Block> blocks, boolean[] furniture, int i, int from, int to) {
        Block b = blocks.get(i);
        if (i <= from || i >= to || b.kind() != Block.Kind.PARAGRAPH || b.teaser() || b.leadingLinkChars() > 0
                || labelledLink(b) || nonSpace(b.text(), 0) - b.linkChars() < MIN_LINKED_SENTENCE_OWN
                || !endsAsSentence(b.text())) {
            return false;
        }
        return !furniture[i - 1] && substantive(blocks.get(i - 1)) && !furniture[i + 1] && substantive(blocks.get(i + 1));
    }

    /** Fewest words of a {@link #linkedProse} paragraph. */
    static final int MIN_LINKED_PROSE_WORDS = 8;

    /**
     * A paragraph that is a sentence though a link holds most of it: a reading list's item, whose
     * link is the sentence's subject or the whole sentence ("<a>Why Tokyo's rail companies also
     * build the neighbourhoods around their stations</a> is a long read but worth it.", "<a>A new
     * study finds that bike lanes did not hurt shops</a>."). It counts for its container at half its
     * length, and inside the container it is body text, the last paragraphs too: a roundup of linked
     * sentences had only its unlinked lines to weigh, lost its container to one of them, and was
     * trimmed back to its last lightly linked line. A teaser's headline ends without a full
     * stop or goes on with a new sentence, a link list's item is no {@code <p>} of eight words or more
     * ending in one, a pointer to another story carries a label ({@link #labelledLink}), and a card
     * that links to another page wraps its summary in the link instead of linking words of it.
     */
    static boolean linkedProse(Block b) {
        if (b.kind() != Block.Kind.PARAGRAPH || b.teaser() && b.text().length() - b.leadingLinkChars() > 2
                || !endsAsSentence(b.text()) || labelledLink(b)) {
            return false;
        }
        String t = b.text();
        if (words(t) < MIN_LINKED_PROSE_WORDS) {
            return false;
        }
        int lead = b.leadingLinkChars();
        if (!(lead == 0 || b.runsOn() || t.length() - lead <= 2)) {
            return false;
        }
        // A card linked as a whole (<a><h3>...</h3><p>Summary. Read on.</p></a>) points to another page.
        int depth = 0;
        for (Element e = b.owner(); e != null && depth++ < MAX_CARD_DEPTH; e = e.parent()) {
            if (e.normalName().equals("a")) {
                return false;
            }
        }
        return true;
    }

    /** How far above a paragraph a link wrapping its whole card is looked for. */
    static final int MAX_CARD_DEPTH = 8;

    /** The text's last mark, past closing quotes and brackets, is a full stop, question or exclamation mark. */
    private static boolean endsAsSentence(String t) {
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i >= 0 && ".!?".indexOf(t.charAt(i)) >= 0 && !t.startsWith("...", i - 2);
    }

    /** Characters other than spaces from {@code from} on: what {@link Block#linkChars()} counts. */
    private static int nonSpace(String t, int from) {
        int n = 0;
        for (int j = from; j < t.length(); j++) {
            if (t.charAt(j) != ' ') {
                n++;
            }
        }
        return n;
    }

    /** How far into a line a label's mark may sit ("Read more:", "Lesen Sie auch \u00bb"). */
    static final int MAX_LABEL_CHARS = 40;

    /**
     * The line is a label and a link: everything after its first colon, guillemet, arrow or bar is
     * link text ("See also: <a>The new dredger</a>", "&gt;&gt; <a>More from the port</a>").
     */
    static boolean labelledLink(Block b) {
        String t = b.text();
        int end = Math.min(t.length(), MAX_LABEL_CHARS);
        for (int i = 0; i < end; i++) {
            char c = t.charAt(i);
            if (c == ':' || c == '\u00bb' || c == '>' || c == '|' || c == '\u2192') {
                // one stray mark after the link is allowed
                return b.linkChars() >= nonSpace(t, i + 1) - 1;
            }
        }
        return false;
    }

    /** How many blocks before the container the page's title heading may sit for a lede to be sought. */
    static final int LEDE_WINDOW = 12;
    /** Unlinked sentence text a block between the title and the container needs to be a lede. */
    static final int LEDE_MIN = 150;

    /**
     * Adds the lede: prose between the page's title heading ({@code h1}) and the container. Pages set
     * the standfirst or intro apart from the body, in the article's header or a box of its own
     * ("intro", "abstract", "description"), so the container holding the body paragraphs starts
     * after it. Between the title and the body stand bylines, dates, share links and captions, which
     * are short, linked or in figures; a lede is a sentence of some length outside them, or text the
     * page names as its lead ({@link #markedLede}).
     */
    private void lede(List<Block> blocks, int first, boolean[] never, List<Block> out) {
        int h1 = -1;
        for (int i = first - 1; i >= 0 && i >= first - LEDE_WINDOW; i--) {
            if (blocks.get(i).kind() == Block.Kind.TITLE_HEADING) {
                h1 = i;
                break;
            }
        }
        for (int i = h1 + 1; h1 >= 0 && i < first; i++) {
            Block b = blocks.get(i);
            if (never[i] || b.linkDensity() >= 0.25) {
                continue;
            }
            if (value(b) >= LEDE_MIN && b.kind() != Block.Kind.HEADING && hasSentence(b.text()) && !inFurniture(b.owner())
                    || markedLede(b)) {
                out.add(b);
                if (DEBUG) {
                    System.err.println("LEDE " + path(b.owner()) + " :: " + b.text().substring(0, Math.min(60, b.text().length())));
                }
            }
        }
    }

    /** Characters a standfirst the page marks as such needs: below it, a label or a date line. */
    static final int MARKED_LEDE_MIN = 40;
    /** How far above a block a class or microdata property naming the standfirst may sit. */
    static final int MARKED_LEDE_LEVELS = 3;

    /**
     * A lead the page names as such, kept whatever its length or element: it sits in an element whose
     * class or id names the article's opening text ("intro", "lead", "abstract", "standfirst") or
     * whose microdata property is the article's description. Pages set it under the title as a
     * heading, in a box of the article's header, or as a bullet list of key points, all of which the
     * plain lede rule turns down for being short, a heading or list items; the name tells it from the
     * bylines, dates and captions around it. Never inside a caption, figure, navigation, aside, footer
     * or comment box.
     *
     * <p>Words that name a summary rather than the opening text ("subtitle", "deck", "summary") and
     * the page's meta description were tried as marks too and left out: the development pages
     * annotated as whole bodies leave such a dek out of the body, so keeping it cost them precision
     * and gained nothing on the others.
     */
    private boolean markedLede(Block b) {
        if (b.length() < MARKED_LEDE_MIN || b.kind() == Block.Kind.TITLE_HEADING) {
            return false;
        }
        boolean marked = false;
        int depth = 0;
        for (Element e = b.owner(); e != null && depth++ < 6; e = e.parent()) {
            switch (e.normalName()) {
                case "figure", "figcaption", "nav", "aside", "footer", "blockquote" -> {
                    return false;
                }
                default -> {
                    boolean near = depth <= MARKED_LEDE_LEVELS;
                    if (hints.of(e) == ClassHints.Hint.NEVER_BODY || near && hints.namesMedia(e)) {
                        return false;
                    }
                    marked |= near && hints.namesLede(e);
                }
            }
        }
        return marked;
    }

    /**
     * Tags a lede never sits in, furniture named as a whole word by a class ("byline"), and boxes
     * named for pictures ("featured-image-caption", "InlineImage-embed"): a caption set between the
     * title and the body reads like a lede.
     */
    private boolean inFurniture(Element owner) {
        int depth = 0;
        for (Element e = owner; e != null && depth++ < 6; e = e.parent()) {
            switch (e.normalName()) {
                case "figure", "figcaption", "nav", "aside", "footer", "li", "td", "blockquote" -> {
                    return true;
                }
                default -> {
                    ClassHints.Hint h = hints.of(e);
                    if (h == ClassHints.Hint.NEGATIVE || h == ClassHints.Hint.NEVER_BODY || hints.namesMedia(e)) {
                        return true;
                    }
                }
            }
        }
        return false;
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
        int n = 0;
        for (Element x = e; x != null && n++ < 4; x = x.parent()) {
            String cls = x.className().replace(' ', '.');
            sb.insert(0, " > " + x.normalName() + (x.id().isEmpty() ? "" : "#" + x.id())
                    + (cls.isEmpty() ? "" : "." + cls.substring(0, Math.min(cls.length(), 70))));
        }
        return sb.toString();
    }

    /**
     * A short caption line followed by a link list is that list's heading ("related news" over links
     * inside the article box, moneycontrol.com in html-dev); kept, it would also make the text
     * pipeline's boilerplate stage treat the rest of the body as related links. A list is two links
     * or more: a short line over a single link is body text that ends in a link (an exercise's
     * answer over the link to its worked solution, a source line over the source).
     */
    private static boolean headsLinkList(List<Block> blocks, int i) {
        Block b = blocks.get(i);
        return i + 2 < blocks.size() && b.length() <= 80 && !substantive(b) && blocks.get(i + 1).linkDensity() > 0.5
                && blocks.get(i + 2).linkDensity() > 0.5;
    }

    /**
     * A blog engine's shortcode left unrendered ({@code [button link="..."]Send us your review[/button]},
     * {@code [gallery ids="1,2"]}): the markup of a widget, printed as text when the plug-in that draws
     * it is gone. A block that is one such code, from its opening bracket to its closing one, is no body.
     */
    private static final java.util.regex.Pattern SHORTCODE = java.util.regex.Pattern.compile(
            "\\[([a-z][a-z0-9_-]*)(?:\\s[^\\]]*)?\\](?:.*\\[/\\1\\])?", java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.DOTALL);

    /** Longest block read by {@link #symbolsOnly}. */
    static final int MAX_SYMBOLS = 8;

    /**
     * A short block of pictographs alone: a callout box's icon ("💡", "👉") or a rating's stars ("★★★"),
     * which templates set in an element of its own beside the text; it says nothing as a paragraph.
     * Only symbols of that kind (with the joiners and variation selectors emoji are built of) count:
     * a rule of punctuation ("___", "* * *") breaks an article into parts, and pages annotated as
     * whole bodies keep it.
     */
    static boolean symbolsOnly(String text) {
        if (text.isEmpty() || text.length() > MAX_SYMBOLS) {
            return false;
        }
        boolean symbol = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.OTHER_SYMBOL) {
                symbol = true;
            } else if (type != Character.FORMAT && type != Character.NON_SPACING_MARK && type != Character.SPACE_SEPARATOR) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return symbol;
    }

    /** Longest block read by {@link #slideCounter}: "Picture 12 of 20". */
    static final int MAX_COUNTER = 20;

    /**
     * A counter with a word: "2 of 12", "Photo 3 of 10", "Bild 2 von 8", "Slide 4/9", and "Image 1 of / 23"
     * from a slideshow whose template sets "of" and a slash around the count it fills in.
     */
    private static final String SLIDE_WORD = "(?:image|photo|picture|slide|bild|foto|imagen|immagine)";
    private static final java.util.regex.Pattern WORDED_COUNTER = java.util.regex.Pattern.compile(
            "(?iu)(?:" + SLIDE_WORD + "\\s)?\\d{1,3}\\s?(?:of|von|de|di|sur|z|из)\\s?(?:/\\s?)?\\d{1,3}"
            + "|" + SLIDE_WORD + "\\s\\d{1,3}\\s?/\\s?\\d{1,3}");
    /** A bare counter, "1/4" or "2 / 12": also a fraction, so only a run of them counts. */
    private static final java.util.regex.Pattern BARE_COUNTER = java.util.regex.Pattern.compile("(\\d{1,3})\\s?/\\s?(\\d{1,3})");
    /** Fewest consecutive positions of one slideshow ("2/5", "3/5", "4/5") that make bare counters. */
    static final int MIN_COUNTER_RUN = 3;

    /**
     * A gallery's slide counter in an element of its own beside each picture ("2 of 12", "Photo 3 of
     * 10", "Bild 2 von 8", "1/4"): the slideshow's position, which a gallery of short captions left
     * among the captions as body paragraphs. A block that is nothing but such a counter is no body.
     * A bare "1/4" is also a recipe's quantity set apart from its ingredient, so it counts only when
     * the pick holds a run of {@link #MIN_COUNTER_RUN} consecutive positions of the same slideshow
     * ({@code counters}: numerators seen per denominator), which quantities never make. A count inside
     * a sentence is left alone.
     */
    static boolean slideCounter(String text, Map<Integer, BitSet> counters) {
        int n = text.length();
        if (n < 3 || n > MAX_COUNTER || !Character.isDigit(text.charAt(n - 1))) {
            return false;
        }
        if (WORDED_COUNTER.matcher(text).matches()) {
            return true;
        }
        java.util.regex.Matcher m = BARE_COUNTER.matcher(text);
        if (counters.isEmpty() || !m.matches()) {
            return false;
        }
        BitSet seen = counters.get(Integer.parseInt(m.group(2)));
        int at = Integer.parseInt(m.group(1));
        if (seen == null) {
            return false;
        }
        int lo = at;
        int hi = at;
        while (lo > 0 && seen.get(lo - 1)) {
            lo--;
        }
        while (seen.get(hi + 1)) {
            hi++;
        }
        return hi - lo + 1 >= MIN_COUNTER_RUN;
    }

    /** The bare counters' numerators per denominator among the blocks {@code from..to}. */
    static Map<Integer, BitSet> bareCounters(List<Block> blocks, int from, int to) {
        Map<Integer, BitSet> out = Map.of();
        for (int i = from; i <= to; i++) {
            String t = blocks.get(i).text();
            int n = t.length();
            if (n < 3 || n > 9 || t.indexOf('/') < 0 || !Character.isDigit(t.charAt(n - 1))) {
                continue;
            }
            java.util.regex.Matcher m = BARE_COUNTER.matcher(t);
            if (m.matches()) {
                int at = Integer.parseInt(m.group(1));
                int of = Integer.parseInt(m.group(2));
                if (at >= 1 && at <= of) {
                    if (out.isEmpty()) {
                        out = new HashMap<>();
                    }
                    out.computeIfAbsent(of, k -> new BitSet()).set(at);
                }
            }
        }
        return out;
    }

    static boolean shortcode(String text) {
        return text.length() > 2 && text.charAt(0) == '[' && text.charAt(text.length() - 1) == ']'
                && (text.contains("=") || text.contains("[/")) && SHORTCODE.matcher(text).matches();
    }

    /**
     * Drops non-body blocks before the first and after the last block that reads like body text, and
     * headings left last: a heading introduces what follows it, so one with nothing after it in the
     * pick heads a box the picker left out ("Tell us what you think" over a comment widget, "More on
     * this" over a teaser list).
     */
    static List<Block> trim(List<Block> in) {
        int from = 0;
        while (from < in.size() && !substantive(in.get(from))) {
            from++;
        }
        from = leadingList(in, from);
        int to = in.size();
        int kept = Math.max(from, linesOfLastBox(in, from, to));
        while (to > kept && (!substantive(in.get(to - 1)) && !linkedProse(in.get(to - 1)) && !closingSentence(in, from, to - 1)
                || in.get(to - 1).kind() == Block.Kind.HEADING
                || to > from + 1 && linkedTag(in.get(to - 1))) && !endsInList(in, to)) {
            to--;
        }
        return in.subList(from, to);
    }

    /** Fewest words of a {@link #closingSentence}. */
    static final int MIN_CLOSING_WORDS = 2;

    /**
     * A short paragraph that is a whole statement, right after a body paragraph of the same box (or after a
     * list of that box that follows one): the article's last line ("No one was hurt.", "Lesson learned."),
     * shorter than the bar for body text. It starts with a capital or a quotation mark, ends with a full stop, has
     * {@link #MIN_CLOSING_WORDS} words or more and no link; labels, dates and bylines under an
     * article are no sentences ("Photo: AP", "Updated 5 May 2024") or stand in boxes of their own,
     * and a short line that ends in "!" or "?" under a post calls the reader ("Sharing is caring!",
     * "What do you think?").
     */
    static boolean closingSentence(List<Block> in, int from, int i) {
        if (i <= from) {
            return false;
        }
        Block b = in.get(i);
        int k = i - 1;
        // "... adds two librarians." / a list of the same box / "The vote was 5-2.": the list's items stand
        // between the body paragraph and the story's last line
        while (k > from && in.get(k).kind() == Block.Kind.LIST_ITEM && in.get(k).owner().parent() != null
                && in.get(k).owner().parent().parent() == b.owner().parent()) {
            k--;
        }
        Block prev = in.get(k);
        if (b.kind() != Block.Kind.PARAGRAPH || b.linkChars() > 0 || prev.kind() != Block.Kind.PARAGRAPH
                || !substantive(prev) && !linkedProse(prev) || b.owner().parent() != prev.owner().parent()) {
            return false;
        }
        String t = b.text();
        if (t.isEmpty() || !(Character.isUpperCase(t.charAt(0)) || "\"'\u201c\u201e\u00ab\u2018".indexOf(t.charAt(0)) >= 0)) {
            return false;
        }
        int end = t.length() - 1;
        while (end > 0 && "\"'\u201d\u2019\u00bb)".indexOf(t.charAt(end)) >= 0) {
            end--;
        }
        if (t.charAt(end) != '.' || t.startsWith("...", end - 2)) {
            return false;
        }
        return words(t) >= MIN_CLOSING_WORDS;
    }

    /** Words of a block's text, whose white space is collapsed to single spaces. */
    private static int words(String t) {
        int words = 1;
        for (int k = 0; k < t.length(); k++) {
            if (t.charAt(k) == ' ') {
                words++;
            }
        }
        return words;
    }

    /**
     * Where the short lines that close the last body block's own box end: the trim keeps them. An
     * address, a press contact, a book's details or opening hours are lines of one box ("Harbour
     * office", "Quay Street 4", "Tel. 0123 4567"), whose longer lines pass for body text and whose
     * short ones do not; cut after the last long line, the box loses its closing lines. Such a box
     * reads as a block of lines, not as prose: its last long line holds no sentence. A line with a
     * link or a heading, or one in another box, ends the run, as does any sentence: bylines, dates
     * and labels under an article's last paragraph stay trimmed. Returns {@code from} when there
     * is no such run.
     */
    static int linesOfLastBox(List<Block> in, int from, int to) {
        int last = to - 1;
        while (last >= from && !substantive(in.get(last))) {
            last--;
        }
        if (last < from || last == to - 1) {
            return from;
        }
        Block body = in.get(last);
        Element box = body.owner().parent();
        if (box == null || hasSentence(body.text()) || body.kind() == Block.Kind.HEADING || body.linkChars() > 0) {
            return from;
        }
        int end = last + 1;
        while (end < to && in.get(end).linkChars() == 0 && in.get(end).kind() != Block.Kind.HEADING
                && in.get(end).owner().parent() == box) {
            end++;
        }
        return end == last + 1 ? from : end;
    }

    /** A line's last word is a host name or address ("example.com", "www.example.org/shop"). */
    private static final java.util.regex.Pattern WEB_ADDRESS_END = java.util.regex.Pattern.compile("\\w\\.[a-z]{2,}(/\\S*)?$");

    /** Longest line that {@link #linkedTag} reads as a pointer rather than a closing sentence. */
    static final int MAX_TAG_CHARS = 80;

    /**
     * A short line holding a link and no finished sentence, last in the pick: a pointer to the next
     * part or page ("... continued in Part 2", "Next: the word choice", "Latest posts by the author
     * (see all)"), which closes a page's body without belonging to it. A closing paragraph of the
     * article ends as a sentence does; a quotation and a line that ends in a web address ("More on
     * the maker's site: example.com") are the article's own, however short.
     */
    static boolean linkedTag(Block b) {
        if (b.linkChars() == 0 || b.length() > MAX_TAG_CHARS) {
            return false;
        }
        String t = b.text();
        if ("\"'\u201c\u201e\u00ab\u2018\u201a".indexOf(t.charAt(0)) >= 0 || WEB_ADDRESS_END.matcher(t).find()) {
            return false;
        }
        int i = t.length() - 1;
        while (i >= 0 && "\"'\u201d\u2019\u00bb)]".indexOf(t.charAt(i)) >= 0) {
            i--;
        }
        return i < 0 || ".!?".indexOf(t.charAt(i)) < 0 || t.startsWith("...", i - 2);
    }

    /** How many short lines in a row make a list rather than a tail of page furniture. */
    static final int LIST_RUN = 5;

    /**
     * True when the blocks before {@code to} end in a run of at least {@link #LIST_RUN} short lines of
     * one list: lines broken inside one element, or the items of one list element. A post that ends
     * in a ranking or a track list ("98. Name", "99. Name", "100. Name") ends in short lines that
     * read like no sentence, but bylines, dates and labels under an article stand in boxes of their
     * own, one or two lines each. A last line with a link is a pointer ({@link #linkedTag}), trimmed
     * as before.
     */
    private static boolean endsInList(List<Block> in, int to) {
        Block last = in.get(to - 1);
        if (last.kind() == Block.Kind.HEADING || last.linkChars() > 0) {
            return false;
        }
        Element box = last.kind() == Block.Kind.LIST_ITEM ? last.owner().parent() : last.owner();
        int n = 0;
        for (int i = to - 1; i >= 0 && n < LIST_RUN; i--) {
            Block b = in.get(i);
            Element bBox = b.kind() == Block.Kind.LIST_ITEM ? b.owner().parent() : b.owner();
            if (bBox != box || b.kind() == Block.Kind.HEADING) {
                break;
            }
            n++;
        }
        return n >= LIST_RUN;
    }

    /**
     * Where a run of at least {@link #LIST_RUN} short lines of one list that ends right before the
     * first body block starts, with the heading set over it: a product's features or a recipe's
     * ingredients above its description read like no sentence, but bylines, dates and labels before
     * an article stand in boxes of their own, one or two lines each. Returns {@code from} when there
     * is no such run.
     */
    static int leadingList(List<Block> in, int from) {
        int n = 0;
        Element box = null;
        int i = from - 1;
        for (; i >= 0; i--) {
            Block b = in.get(i);
            Element bBox = b.kind() == Block.Kind.LIST_ITEM ? b.owner().parent() : b.owner();
            if (b.kind() == Block.Kind.HEADING || b.linkChars() > 0 || box != null && bBox != box) {
                break;
            }
            box = bBox;
            n++;
        }
        if (n < LIST_RUN) {
            return from;
        }
        return i >= 0 && in.get(i).kind() == Block.Kind.HEADING && in.get(i).linkChars() == 0 ? i : i + 1;
    }

    static boolean substantive(Block b) {
        return value(b) > 0;
    }

    /** How much a block looks like body text: its unlinked characters, less for fragments without a sentence. */
    static double value(Block b) {
        int len = b.length();
        if (len < MIN_BODY_CHARS && wide(b.text(), 0, len) < MIN_BODY_CHARS || b.linkDensity() > 0.5 || b.teaser()) {
            return 0;
        }
        if (b.kind() == Block.Kind.CELL && b.text().contains(BlockCollector.CELL_SEPARATOR)) {
            return rowValue(b);
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

    /**
     * A table row read as one block counts as its cells would one by one: only cells of some length
     * count, so a calendar's or a score sheet's rows of short cells add nothing to the table's
     * container, as they did when every cell was a block of its own.
     */
    private static double rowValue(Block b) {
        double unlinked = 1 - b.linkDensity();
        double v = 0;
        // The cells by the separator's places: a split by a quoted pattern compiled a regex per row.
        String text = b.text();
        String sep = BlockCollector.CELL_SEPARATOR;
        for (int from = 0; from <= text.length(); ) {
            int end = text.indexOf(sep, from);
            if (end < 0) {
                end = text.length();
            }
            int length = end - from;
            if (length >= MIN_BODY_CHARS || wide(text, from, end) >= MIN_BODY_CHARS) {
                v += length * unlinked * (hasSentence(text, from, end) ? 0.8 : 0.24);
            }
            from = end + sep.length();
        }
        return v;
    }

    /**
     * The length of {@code s[from, to)} counting each Chinese, Japanese or Korean character twice,
     * for the short texts that {@link #MIN_BODY_CHARS} weighs. Such a character holds a word or a
     * syllable where a Latin letter holds a sound: a whole closing sentence of a Chinese or Japanese
     * article ("第一座公园预计将于明年五月对外开放。") has 17 characters, and the bar set for
     * Latin text dropped it from the body's end. Only texts shorter than the bar are scanned, and
     * only those of half its length or more can reach it.
     */
    static int wide(String s, int from, int to) {
        int n = to - from;
        if (n * 2 < MIN_BODY_CHARS) {
            return n;
        }
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            // Hiragana and katakana to the CJK ideographs (U+3040-U+9FFF), Hangul syllables, fullwidth forms.
            if (c >= '\u3040' && c <= '\u9FFF' || c >= '\uAC00' && c <= '\uD7A3' || c >= '\uFF00' && c <= '\uFFEF') {
                n++;
            }
        }
        return n;
    }

    static boolean hasSentence(String s) {
        return hasSentence(s, 0, s.length());
    }

    /** Whether {@code s[from, to)} holds a sentence's closing mark. */
    private static boolean hasSentence(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == '\u3002' || c == '\uFF01' || c == '\uFF1F' || c == '\u061F') {
                return true;
            }
        }
        return false;
    }
}
