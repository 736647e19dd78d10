package io.articlex.html;

import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what an element's {@code class}, {@code id}, {@code role} and microdata {@code itemprop} say
 * about it, using the word lists in {@code html-hints.txt}. The property counts as a class name: an
 * author box that a plug-in names only with its own words ({@code xyz-wrap}) is marked
 * {@code itemprop="author"}, and its bio reads as prose under the article. Each class name is read
 * on its own and cut into tokens at punctuation, digits and camelCase humps, so
 * {@code relatedArticles}, {@code related-articles} and {@code related_2} all yield "related", and
 * BEM names ({@code block__element--modifier}) their parts.
 *
 * <p>How the words rank:
 * <ul>
 *   <li>A state class says how the element looks now, not what it holds: {@code modal-open},
 *   {@code has-widget}, {@code is-hidden-print}, {@code no-sidebar}, {@code hidden-xs} (a state prefix
 *   such as "is", "has", "no", "js", or a state suffix such as "open", "active"). Its words are
 *   ignored, since body and page wrappers carry the states of dialogs and menus elsewhere.</li>
 *   <li>Never-body words (comments, cookie dialogs) win over everything: they hold long prose that no
 *   density rule rejects. A kind-of-post word before a specific word that ends the same name
 *   ({@code newsletter-post}, the article of a newsletter's archive page) names the kind of
 *   article, not a sign-up box, and is skipped.</li>
 *   <li>Structural words ({@code footer}, {@code nav}, {@code header}, {@code sidebar} ...) outrank
 *   generic positive words: {@code footer-content} is a footer, {@code sidebar-text} a sidebar. Only
 *   a specific positive word in another class name of the element ({@code article}, {@code post},
 *   {@code story} ...) outranks them.</li>
 *   <li>A positive word wins over other furniture words: class lists are long and mixed ("article-body
 *   pagination-first", "post-meta"), and a mixed element that is really furniture ("article-share") is
 *   caught by its link density instead.</li>
 *   <li>A furniture word met only inside compound class names ({@code elementor-widget-container},
 *   {@code print-area}) gives {@link Hint#WEAK_NEGATIVE}: page builders name every box so, and the
 *   picker lets such an element wrap the article when it holds most of the page's prose.</li>
 * </ul>
 */
final class ClassHints {

    enum Hint { NONE, POSITIVE, NEGATIVE, WEAK_NEGATIVE, NEVER_BODY }

    private final Set<String> positive = new HashSet<>();
    private final Set<String> specific = new HashSet<>();
    private final Set<String> negative = new HashSet<>();
    private final Set<String> structural = new HashSet<>();
    private final Set<String> comments = new HashSet<>();
    private final Set<String> statePrefix = new HashSet<>();
    private final Set<String> stateSuffix = new HashSet<>();
    private final Set<String> media = new HashSet<>();
    private final Set<String> picture = new HashSet<>();
    private final Set<String> lede = new HashSet<>();
    private final Set<String> listing = new HashSet<>();
    private final Set<String> kindOfPost = new HashSet<>();
    private final Set<String> personCard = new HashSet<>();
    private final Set<String> credit = new HashSet<>();

    /**
     * What each class name (or role, property) read so far says, per thread: the one instance is
     * shared by a batch's workers. Names longer than {@link #LONGEST_KEPT} are read each time.
     */
    private final ThreadLocal<RegionTable> said = ThreadLocal.withInitial(() -> new RegionTable(1 << 14));
    private static final int LONGEST_KEPT = 64;

    private ClassHints() {
    }

    static ClassHints builtIn() {
        return Holder.BUILT_IN;
    }

    /** What one class name (or id, or role) says: the strongest kind of word among its tokens. */
    private static final int POS = 1;
    private static final int SPECIFIC = 2;
    private static final int NEG = 4;
    private static final int STRUCT = 8;
    private static final int NEVER = 16;
    private static final int COMPOUND = 32;
    /** A person-card word: furniture when a class name says it, nothing in an id (see {@link #namesPersonCard}). */
    private static final int PERSON = 64;

    Hint of(Element e) {
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        String prop = e.attr("itemprop");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty() && prop.isEmpty()) {
            return Hint.NONE;
        }
        int all = 0;
        boolean wholeNeg = false;
        List<String> tokens = new ArrayList<>(8);
        RegionTable table = said.get();
        boolean heading = headingTag(e.normalName()) && (cls.contains("eader") || id.contains("eader"));
        for (String attr : new String[] {cls, id, role, prop}) {
            int n = attr.length();
            int from = 0;
            while (from < n) {
                int to = nameEnd(attr, from);
                if (to > from) {
                    // An id is most often the page's only one (post-12345): kept, it would only push out class names.
                    int says = heading ? name(attr, from, to, tokens, true) & (attr == id ? ~PERSON : ~0)
                            : attr == id ? name(attr, from, to, tokens, false) & ~PERSON : keptName(attr, from, to, tokens, table);
                    if ((says & PERSON) != 0) {
                        says |= NEG;
                    }
                    all |= says;
                    wholeNeg |= (says & (NEG | STRUCT)) != 0 && (says & COMPOUND) == 0;
                }
                from = to + 1;
            }
        }
        if ((all & NEVER) != 0) {
            return Hint.NEVER_BODY;
        }
        if ((all & STRUCT) != 0 && (all & SPECIFIC) == 0) {
            return Hint.NEGATIVE;
        }
        if ((all & (POS | SPECIFIC)) != 0) {
            return Hint.POSITIVE;
        }
        if ((all & NEG) != 0) {
            return wholeNeg ? Hint.NEGATIVE : Hint.WEAK_NEGATIVE;
        }
        return Hint.NONE;
    }

    /** An {@code <h1>} to {@code <h6>}. */
    private static boolean headingTag(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Where the class name (or id, or role) that starts at {@code from} ends: the next whitespace or the end. */
    private static int nameEnd(String attr, int from) {
        int to = from;
        char c;
        // Printable ASCII by a range check, without Character.isWhitespace's chain of calls.
        while (to < attr.length() && ((c = attr.charAt(to)) > ' ' && c < '\u007F' || !Character.isWhitespace(c))) {
            to++;
        }
        return to;
    }

    /** True when a token of the element's class or id names a listing of other pages (related stories, teasers). */
    boolean namesListing(Element e) {
        return names(e, listing);
    }

    /**
     * True when a token of the element's class or id names a person's card: the member box beside
     * each post of a forum thread (name, rank, "Joined", "Posts: 2,304") or the post's author line
     * ("by member » Sat Feb 04, 2023 9:14 am"), which forum engines name so and which read as short
     * lines that no density rule rejects. Its class says so; an
     * id is read for no card, since pages make ids of their headings ("user-settings").
     */
    boolean namesPersonCard(Element e) {
        return names(e.className(), "", personCard);
    }

    /**
     * True when one class name of the element names an article's title: "title" or "headline"
     * with a specific word ("post-title", "entry-title", "article__headline", "storyTitle"), or a
     * forum thread's ("topic-title", "thread-title").
     */
    boolean namesPostTitle(Element e) {
        String cls = e.className();
        List<String> tokens = new ArrayList<>(4);
        int from = 0;
        while (from < cls.length()) {
            int to = nameEnd(cls, from);
            tokens.clear();
            words(cls, from, to, tokens);
            if ((tokens.contains("title") || tokens.contains("headline"))
                    && tokens.stream().anyMatch(t -> specific.contains(t) || t.equals("topic") || t.equals("thread"))) {
                return true;
            }
            from = to + 1;
        }
        return false;
    }

    /** True when a token of the element's class or id names a picture's credit line ("credit", "photographer"). */
    boolean namesCredit(Element e) {
        return names(e, credit);
    }

    /** True when a token of the element's class or id names a picture or its caption. */
    boolean namesMedia(Element e) {
        return names(e, media);
    }

    /** True when a token of the element's class or id names a still picture ("img_desc", "end_photo_org"). */
    boolean namesPicture(Element e) {
        return names(e, picture);
    }

    /**
     * True when the element's class, id or {@code itemprop} names the article's standfirst: a token
     * such as "intro", "lead", "abstract" or "subheadline", or the microdata properties
     * {@code description} and {@code abstract}.
     */
    boolean namesLede(Element e) {
        String prop = e.attr("itemprop");
        if (!prop.isEmpty()) {
            String p = prop.strip().toLowerCase(Locale.ROOT);
            if (p.equals("description") || p.equals("abstract") || p.equals("alternativeheadline")) {
                return true;
            }
        }
        return names(e, lede);
    }

    /**
     * True when a token of one of the element's class names or its id is one of the words. A state
     * class ("has-post-video", "with-intro") says what the element contains or how it looks, not
     * what it is, so its words are skipped, as in {@link #of}.
     */
    private boolean names(Element e, Set<String> words) {
        return names(e.className(), e.id(), words);
    }

    private boolean names(String cls, String id, Set<String> words) {
        if (cls.isEmpty() && id.isEmpty()) {
            return false;
        }
        List<String> tokens = new ArrayList<>(8);
        for (String attr : new String[] {cls, id}) {
            int n = attr.length();
            int from = 0;
            while (from < n) {
                int to = nameEnd(attr, from);
                tokens.clear();
                words(attr, from, to, tokens);
                if (!state(tokens)) {
                    for (String t : tokens) {
                        if (words.contains(t)) {
                            return true;
                        }
                    }
                }
                from = to + 1;
            }
        }
        return false;
    }

    /** A class name of several words that opens with a state prefix or ends with a state suffix. */
    private boolean state(List<String> tokens) {
        return tokens.size() > 1 && (statePrefix.contains(tokens.get(0)) || stateSuffix.contains(tokens.get(tokens.size() - 1)));
    }

    /**
     * Adds the lower-case words of {@code s[from, to)} to {@code out}: a class name or id splits at
     * anything but an ASCII letter and at camelCase humps ({@code article__byline}, {@code authorName}).
     */
    static void words(String s, int from, int to, List<String> out) {
        // Only ASCII letters make words, so case is told by range checks and a word is lower-cased
        // only when it has a capital (the character-class calls and a second string per word were
        // most of reading a class name).
        int start = -1;
        boolean upper = false;
        boolean prevLower = false;
        for (int i = from; i <= to; i++) {
            char c = i < to ? s.charAt(i) : ' ';
            boolean isLower = c >= 'a' && c <= 'z';
            boolean isUpper = c >= 'A' && c <= 'Z';
            boolean letter = isLower || isUpper;
            boolean hump = isUpper && start >= 0 && prevLower;
            if (start >= 0 && (!letter || hump)) {
                out.add(upper ? lowerAscii(s, start, i) : s.substring(start, i));
                start = -1;
            }
            if (letter && start < 0) {
                start = i;
                upper = false;
            }
            upper |= isUpper;
            prevLower = isLower;
        }
    }

    private static String lowerAscii(String s, int from, int to) {
        char[] w = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            w[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        return new String(w);
    }

    /** {@link #name}, read once per thread for each name up to {@link #LONGEST_KEPT} characters. */
    private int keptName(String attr, int from, int to, List<String> tokens, RegionTable table) {
        if (to - from > LONGEST_KEPT) {
            return name(attr, from, to, tokens, false);
        }
        int hash = RegionTable.hash(attr, from, to);
        int says = table.get(attr, from, to, hash);
        if (says == RegionTable.ABSENT) {
            says = name(attr, from, to, tokens, false);
            table.put(attr, from, to, hash, says);
        }
        return says;
    }

    /**
     * Reads one class name {@code attr[from, to)}; {@code tokens} is scratch space. What it says
     * depends on those characters alone (a {@code __} or {@code --} is looked for inside them only,
     * since the name ends at white space or the attribute's end), so it may be kept by them. A BEM element
     * name ({@code block__element}, {@code block__element--modifier}) whose element part names
     * furniture is read by that part alone: the block names the component the element belongs to,
     * the element what it is, so {@code article-box__meta-value} is the meta line of a box, not an
     * article. A region word in the element part ({@code entry__header}) is left to the whole name,
     * since an article's header box holds its lead as well as its byline. On a heading element
     * ({@code headingElement}) "header" names the heading itself ({@code <h2 class="section-header">},
     * a recipe card's {@code <h3 class="wprm-recipe-header">Ingredients</h3>}), not the page's header
     * region, and says nothing.
     */
    private int name(String attr, int from, int to, List<String> tokens, boolean headingElement) {
        to = withoutModuleHash(attr, from, to);
        int elem = attr.lastIndexOf("__", to - 1);
        if (elem > from && elem + 2 < to) {
            int mod = attr.indexOf("--", elem + 2);
            int says = bareName(attr, elem + 2, mod < 0 || mod >= to ? to : mod, tokens, headingElement);
            if ((says & (NEG | NEVER)) != 0) {
                return says | COMPOUND;
            }
        }
        return bareName(attr, from, to, tokens, headingElement);
    }

    /** Length of a CSS module's generated hash ({@code [hash:base64:5]}). */
    private static final int MODULE_HASH = 5;

    /**
     * The end of the class name {@code attr[from, to)} without the hash a CSS-module build appends
     * ({@code Article_byline__9hHaQ}, {@code Header_nav__b2LkP}: component, local name, hash). Read as
     * a BEM element, the hash hid the local name, and cut into words it makes chance tokens: "xAd9Q"
     * reads "ad", which would condemn every paragraph of a page that classes them alike. A hash is
     * five letters, digits, '-' or '_' holding a digit or a capital, after a name with a '_' of its
     * own; {@code to} when there is none.
     */
    static int withoutModuleHash(String attr, int from, int to) {
        int h = to - MODULE_HASH;
        if (h - 2 <= from || attr.charAt(h - 1) != '_' || attr.charAt(h - 2) != '_') {
            return to;
        }
        boolean marked = false;
        for (int i = h; i < to; i++) {
            char c = attr.charAt(i);
            boolean upper = c >= 'A' && c <= 'Z';
            boolean digit = c >= '0' && c <= '9';
            if (!(upper || digit || c >= 'a' && c <= 'z' || c == '-' || c == '_')) {
                return to;
            }
            marked |= upper || digit;
        }
        int under = attr.indexOf('_', from);
        return marked && under > from && under < h - 2 ? h - 2 : to;
    }

    private int bareName(String attr, int from, int to, List<String> tokens, boolean headingElement) {
        tokens.clear();
        words(attr, from, to, tokens);
        if (tokens.isEmpty() || state(tokens)) {
            return 0;
        }
        int says = tokens.size() > 1 ? COMPOUND : 0;
        boolean kindOf = tokens.size() > 1 && specific.contains(tokens.get(tokens.size() - 1));
        for (String tok : tokens) {
            if (kindOf && kindOfPost.contains(tok)) {
                // "newsletter-post": the last word names the element, the first what kind of post it is.
                continue;
            }
            if (comments.contains(tok)) {
                says |= NEVER;
            } else if (headingElement && tok.equals("header")) {
                continue;
            } else if (structural.contains(tok) || structural.contains(singular(tok))) {
                // In a long compound the word is one modifier among several
                // ("header-content-align-left" on a recipe card), not the element's region.
                says |= tokens.size() <= 2 ? STRUCT : NEG;
            } else if (specific.contains(tok)) {
                says |= SPECIFIC | POS;
            } else if (positive.contains(tok)) {
                says |= POS;
            } else if (negative.contains(tok) || negative.contains(singular(tok))) {
                says |= NEG;
            } else if (personCard.contains(tok)) {
                says |= PERSON;
            }
        }
        return says;
    }

    /**
     * A furniture word's plural names a box of them ("Teasers", "widgets", "banners") as the word
     * names one. Only furniture words are read so: "posts" (a listing of posts) must not turn a
     * related-posts box into the article's container.
     */
    private static String singular(String tok) {
        return tok.length() > 3 && tok.charAt(tok.length() - 1) == 's' ? tok.substring(0, tok.length() - 1) : tok;
    }

    /**
     * True when a block's whole text is one furniture word ("Advert", "Caption", "ADVERTISEMENT"):
     * the label of an ad slot or a caption toggle that the page left as text between paragraphs.
     */
    boolean isFurnitureLabel(String text) {
        if (text.length() > 20) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        while (!t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && t.chars().allMatch(Character::isLetter)
                && (negative.contains(t) || structural.contains(t) || comments.contains(t));
    }

    private static final class Holder {
        static final ClassHints BUILT_IN = load();

        private static ClassHints load() {
            ClassHints h = new ClassHints();
            WordSections words = WordSections.read("html-hints.txt");
            h.positive.addAll(words.section("positive"));
            h.specific.addAll(words.section("specific"));
            h.negative.addAll(words.section("negative"));
            h.structural.addAll(words.section("structural"));
            h.statePrefix.addAll(words.section("state-prefix"));
            h.stateSuffix.addAll(words.section("state-suffix"));
            h.media.addAll(words.section("media"));
            h.picture.addAll(words.section("picture"));
            h.lede.addAll(words.section("lede"));
            h.listing.addAll(words.section("listing"));
            h.comments.addAll(words.section("never-body"));
            h.kindOfPost.addAll(words.section("kind-of-post"));
            h.personCard.addAll(words.section("person-card"));
            h.credit.addAll(words.section("credit"));
            return h;
        }
    }
}
