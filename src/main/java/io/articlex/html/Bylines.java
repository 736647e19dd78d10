package io.articlex.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * A page's byline: the author names from the first source that gives a usable one, several names
 * joined with ", ". Sources in order of how reliably pages fill them: JSON-LD {@code author}, the
 * author meta tags ({@code author}, {@code article:author}, {@code parsely-author}, {@code byl},
 * Dublin Core {@code DC.creator}), microdata ({@code itemprop=author}), {@code rel=author} links, and
 * last the visible byline, found by the words of its class names.
 *
 * <p>A source is passed over when what it gives is not a name: {@code article:author} often holds a
 * profile URL, JSON-LD an author object with an empty name, a byline box only "By". Taking the first
 * source that is present, whatever it holds, would print the URL or nothing while a later source has
 * the name.
 */
final class Bylines {

    private static final PageIndex.Query AUTHOR_NAME = PageIndex.Query.of("[itemprop=author] [itemprop=name]", "[itemprop");
    private static final PageIndex.Query AUTHOR = PageIndex.Query.of("[itemprop=author]", "[itemprop");
    private static final PageIndex.Query REL_AUTHOR = PageIndex.Query.of("[rel~=(?i)(^|\\s)author(\\s|$)]", "[rel");
    /** The queries above, for the test that checks the index finds what {@code select} finds. */
    static final List<PageIndex.Query> QUERIES = List.of(AUTHOR_NAME, AUTHOR, REL_AUTHOR);

    /** Author meta tags, as {@link MetaTags} keys. */
    private static final List<String> META_KEYS = List.of("name=author", "property=article:author", "name=article:author",
            "name=parsely-author", "name=byl", "name=dc.creator", "name=dcterms.creator");

    /** "By", "Von", "Par" ... before the names; Italian and Portuguese "di", "da" only in lower case ("Da Silva" is a name). */
    private static final Pattern LEADING_BY = Pattern.compile(
            "^(?:(?i:(?:written|posted|reported|interview|interviewed|words|text|story)\\s+)?(?i:by|von|par|por|door|przez)|di|da|(?i:authors?|autor(?:in)?|auteur|autore))"
            + "(?:\\s*:?\\s+|\\s*:?$)");
    /** A relative time after the names: "8h", "5 min", "3 hours ago", "yesterday". */
    private static final Pattern RELATIVE_TIME = Pattern.compile("(?i)[\\s\u2022\u00b7|,\u2013\u2014-]*\\b(?:\\d+\\s*"
            + "(?:s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|mos|months?|y|yrs?|years?)\\.?"
            + "(?:\\s+ago)?|(?:an?|one)\\s+(?:minute|hour|day|week|month|year)\\s+ago|just now|yesterday|today)\\s*$");
    /**
     * A separator after the names, and what follows it when it holds a digit (a date, a time). A forum
     * post's author line sets a guillemet before its date ("by member \u00bb Tue Nov 14, 2023 8:02 pm").
     */
    private static final Pattern DATED_TAIL = Pattern.compile("\\s*(?:[\u2022\u00b7|,\u2013\u2014\u00bb]|\\s-)\\s*[^\u2022\u00b7|,\u2013\u2014\u00bb]*\\d[^\u2022\u00b7|,\u2013\u2014\u00bb]*$");
    /**
     * A date after the names joined by a preposition: "lupa am 26/10/13", "Jane Doe on 3 March 2024",
     * "Ana Ruiz on November 30, 2026" (a month's name, then the day).
     */
    private static final Pattern DATED_BY_WORD = Pattern.compile("(?i)\\s+(?:am|on|le|el|il|op|dnia)\\s+(?:\\S*\\d|\\p{L}{3,9}\\.?\\s\\d).*$");
    /** A numeric date right after the names, with no mark between: "Konstantin 21.10.2019" (two spans glued). */
    private static final Pattern NUMERIC_DATE_TAIL = Pattern.compile("\\s+\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}\\b.*$");
    /** A weekday left at the end once the date after it is cut ("Jeff Foust Monday" of "... Monday, November 18, 2019"). */
    private static final Pattern WEEKDAY = Pattern.compile("(?i)[\\s,]*\\b(?:mon|tues|wednes|thurs|fri|satur|sun)day$");
    /**
     * A short word left after a mark once the date after it is cut: an abbreviated weekday in any
     * language ("Jonas Weber \u00b7 Di" of "Von Jonas Weber \u00b7 Di, 1. Dezember 2026 \u00b7 18:30 Uhr").
     */
    private static final Pattern SHORT_DAY = Pattern.compile("\\s*[\u00b7\u2022|]\\s*\\p{L}{2,3}\\.?$");
    /** Separators left at the end once a time element's text is out ("By Jane Doe • <time>8h</time>"). */
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s\u2022\u00b7|,\u2013\u2014\u00bb-]+$");
    /** A copyright line put in an author field. */
    private static final Pattern COPYRIGHT = Pattern.compile("(?i)\u00a9|\\bcopyright\\b|rights reserved");
    /** Longer than this, or more words than {@link #MAX_WORDS}, it is a sentence or a bio, not a byline. */
    private static final int MAX_LENGTH = 120;
    private static final int MAX_WORDS = 16;

    /** Elements whose authors are not the article's: the page footer, a figure and its caption. */
    private static final Set<String> OTHER_AUTHOR_TAGS = Set.of("footer", "figure", "figcaption");
    /** Elements that end a byline's first line. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "header", "footer", "aside", "nav",
            "ul", "ol", "li", "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "br", "button",
            "figure", "figcaption", "blockquote", "form");
    /** A byline element holding more elements than this is a section, not a line. */
    private static final int MAX_BYLINE_ELEMENTS = 64;
    /** A visible byline of more words than this is a box of other things (a bio, buttons, tags). */
    private static final int MAX_VISIBLE_WORDS = 10;
    /** The word lists of {@code byline-words.txt}, read when a page first needs its visible byline. */
    private static final class Words {
        static final WordSections LISTS = WordSections.read("byline-words.txt");
        static final Set<String> BYLINE = list("byline");
        static final Set<String> NOT_BYLINE = list("not-byline");
        static final Set<String> OTHER_AUTHORS = list("other-authors");
        static final Set<String> TIME = list("time");
        static final Set<String> STATE = list("state");

        /** A section's words, lower-cased as the class-name words they are matched against. */
        private static Set<String> list(String name) {
            Set<String> l = new HashSet<>();
            for (String w : LISTS.section(name)) {
                l.add(w.toLowerCase(Locale.ROOT));
            }
            return l;
        }
    }

    private Bylines() {
    }

    static String read(PageIndex idx, MetaTags metas, JsonLd ld) {
        List<Supplier<List<String>>> sources = new ArrayList<>();
        sources.add(ld::authors);
        for (String k : META_KEYS) {
            sources.add(() -> metas.all(k));
        }
        sources.add(() -> peerTexts(idx.all(AUTHOR_NAME)));
        sources.add(() -> peerTexts(idx.all(AUTHOR)));
        sources.add(() -> peerTexts(idx.all(REL_AUTHOR)));
        sources.add(() -> visible(idx));
        for (Supplier<List<String>> s : sources) {
            String b = join(s.get());
            if (b != null) {
                return b;
            }
        }
        return null;
    }

    /** The usable names, each once (ignoring case), joined with ", "; null when none is usable. */
    static String join(List<String> raw) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String r : raw) {
            String c = clean(r);
            if (c != null) {
                names.putIfAbsent(c.toLowerCase(Locale.ROOT), c);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names.values());
    }

    /**
     * The names of a byline as the page gives them, without a leading "By" and without a trailing
     * time or date ("By Jane Doe • 8h", "Jane Doe | March 3, 2024"); null when what is left is no name:
     * empty, a URL, an e-mail address, no letter, or a sentence.
     */
    static String clean(String s) {
        if (s == null) {
            return null;
        }
        String b = s.replace('\u00a0', ' ').strip().replaceAll("\\s+", " ");
        b = LEADING_BY.matcher(b).replaceFirst("");
        String undated = DATED_BY_WORD.matcher(b).replaceFirst("");
        for (String prev = null; !undated.equals(prev); ) {
            prev = undated;
            undated = RELATIVE_TIME.matcher(undated).replaceFirst("");
            undated = DATED_TAIL.matcher(undated).replaceFirst("");
            undated = NUMERIC_DATE_TAIL.matcher(undated).replaceFirst("");
        }
        if (!undated.equals(b)) {
            undated = WEEKDAY.matcher(undated).replaceFirst("");
            undated = SHORT_DAY.matcher(undated).replaceFirst("");
        }
        b = TRAILING_MARKS.matcher(undated).replaceFirst("").strip();
        if (b.isEmpty() || b.length() > MAX_LENGTH || b.split(" ").length > MAX_WORDS
                || b.contains("://") || b.startsWith("www.") || b.startsWith("/") || b.matches("\\S+@\\S+\\.\\S+")
                || COPYRIGHT.matcher(b).find() || b.codePoints().noneMatch(Character::isLetter)
                || Words.BYLINE.contains(b.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return b;
    }

    /**
     * The texts of the first match that has text and of the matches beside it: in the same parent, or
     * in a parent of the same tag and class beside the first's ({@code <span class="author">} once
     * per author). Those are the authors of one byline; other author links on the page (a footer, a
     * list of other stories) are not.
     */
    private static List<String> peerTexts(List<Element> matches) {
        List<String> out = new ArrayList<>();
        Element first = null;
        for (Element e : matches) {
            String t = e.text();
            if (t.isBlank()) {
                continue;
            }
            if (first == null) {
                first = e;
            } else if (!peers(first, e)) {
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static boolean peers(Element first, Element e) {
        Element p = first.parent();
        Element q = e.parent();
        if (p == null || q == null || p == q) {
            return p == q;
        }
        return p.parent() != null && p.parent() == q.parent()
                && p.normalName().equals(q.normalName()) && p.className().equals(q.className());
    }

    /**
     * The visible byline: the first element whose class names it a byline or an author
     * ({@code byline}, {@code author-name}, {@code pb-byline}, BEM {@code article__byline},
     * {@code c-byline__author--main}), outside comment sections, whose text holds a name. When it holds
     * such elements of its own (a byline box around one element per author), their texts are the names.
     */
    private static List<String> visible(PageIndex idx) {
        Map<String, Boolean> read = new HashMap<>();
        Element taken = null;
        for (Element e : idx.candidates("[class")) {
            if (taken != null && isInside(e, taken) || !namesByline(read, e.className()) || otherAuthors(e)) {
                continue;
            }
            taken = e;
            if (!small(e)) {
                continue;
            }
            List<String> names = new ArrayList<>();
            for (Element d : e.getAllElements()) {
                if (d != e && namesByline(read, d.className()) && innermost(d)) {
                    names.add(firstLine(d));
                }
            }
            if (!plausibleVisible(names)) {
                names = List.of(firstLine(e));
            }
            if (plausibleVisible(names)) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * At most {@link #MAX_BYLINE_ELEMENTS} elements: a byline is a line, and the search for author
     * elements inside it is quadratic in its size (a hostile page nests thousands of "author" boxes).
     */
    private static boolean small(Element e) {
        int[] n = {0};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return node instanceof Element && ++n[0] > MAX_BYLINE_ELEMENTS ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, e);
        return n[0] <= MAX_BYLINE_ELEMENTS;
    }

    /** Names as a visible byline gives them: a usable one, short, without a label ("Tags:", "Theme:"). */
    private static boolean plausibleVisible(List<String> names) {
        String b = join(names);
        return b != null && b.indexOf(':') < 0 && b.split(" ").length <= MAX_VISIBLE_WORDS;
    }

    /**
     * The text of an element up to its first line or block break, without the text of date and time
     * elements: an author card holds the name first, then a bio line, buttons, tags; a byline the
     * names, then a time ({@code by Jane Doe<br><span class="date">Monday</span>}).
     */
    static String firstLine(Element e) {
        StringBuilder b = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    b.append(t.getWholeText());
                    return FilterResult.CONTINUE;
                }
                if (node instanceof Element x && x != e) {
                    if (BLOCKS.contains(x.normalName()) && !b.toString().isBlank()) {
                        return FilterResult.STOP;
                    }
                    if (x.normalName().equals("time") || words(x.className()).stream().anyMatch(Words.TIME::contains)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (x.normalName().equals("br") || BLOCKS.contains(x.normalName())) {
                        b.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (node instanceof Element x && x != e && BLOCKS.contains(x.normalName())) {
                    if (!b.toString().isBlank()) {
                        return FilterResult.STOP;
                    }
                    b.append(' ');
                }
                return FilterResult.CONTINUE;
            }
        }, e);
        return b.toString();
    }

    private static boolean innermost(Element d) {
        for (Element x : d.getAllElements()) {
            if (x != d && namesByline(x.className())) {
                return false;
            }
        }
        return true;
    }

    private static boolean isInside(Element e, Element ancestor) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p == ancestor) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #namesByline(String)}, each class value read once per page: a page repeats a few values
     * on most of its elements, and on a page without a byline class every element's value was cut
     * into words (~3% of reading such a page).
     */
    private static boolean namesByline(Map<String, Boolean> read, String classes) {
        Boolean known = read.get(classes);
        if (known == null) {
            known = namesByline(classes);
            read.put(classes, known);
        }
        return known;
    }

    /**
     * True when one of the class names is a byline's or an author's: the BEM element (or the block,
     * without one), modifier dropped, ends in "byline"/"author"/"authors", or in "author name"
     * ({@code author-name}, {@code authorName}, {@code byline__author-name}).
     */
    static boolean namesByline(String classes) {
        if (classes.isEmpty()) {
            return false;
        }
        // The names between runs of white space, cut by hand: a split by "\\s+" ran the regex engine over
        // every class attribute of a page not yet read (an empty name, as before, says nothing).
        int n0 = classes.length();
        for (int from = 0; from < n0; ) {
            while (from < n0 && regexSpace(classes.charAt(from))) {
                from++;
            }
            int to = from;
            while (to < n0 && !regexSpace(classes.charAt(to))) {
                to++;
            }
            if (to == from) {
                break;
            }
            String c = classes.substring(from, ClassHints.withoutModuleHash(classes, from, to));
            from = to;
            int mod = c.indexOf("--");
            String name = mod >= 0 ? c.substring(0, mod) : c;
            int el = name.lastIndexOf("__");
            name = el >= 0 ? name.substring(el + 2) : name;
            List<String> w = words(name);
            int n = w.size();
            if (n == 0 || Words.STATE.contains(w.get(0)) || w.stream().anyMatch(Words.NOT_BYLINE::contains)) {
                continue;
            }
            String last = w.get(n - 1);
            if (Words.BYLINE.contains(last)
                    || n >= 2 && (last.equals("name") || last.equals("names")) && Words.BYLINE.contains(w.get(n - 2))) {
                return true;
            }
        }
        return false;
    }

    /** White space as the regex {@code \s} reads it: space, tab, line feed, vertical tab, form feed, carriage return. */
    private static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /**
     * A comment's author, or one in a list of other stories: a class name or id of the element or an
     * ancestor below {@code <body>} says so (state classes such as {@code has-comments} aside).
     */
    private static boolean otherAuthors(Element e) {
        for (Element p = e; p != null && !p.normalName().equals("body"); p = p.parent()) {
            if (OTHER_AUTHOR_TAGS.contains(p.normalName())) {
                return true;
            }
            for (String name : (p.className() + " " + p.id()).split("\\s+")) {
                List<String> w = words(name);
                if (!w.isEmpty() && !Words.STATE.contains(w.get(0)) && w.stream().anyMatch(Words.OTHER_AUTHORS::contains)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lower-case words of a class name or id: split at anything but ASCII letters and at camelCase humps. */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>(4);
        ClassHints.words(s, 0, s.length(), out);
        return out;
    }
}
