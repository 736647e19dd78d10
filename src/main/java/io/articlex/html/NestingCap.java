package io.articlex.html;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Drops the tags of a page nested deeper than {@link #LIMIT} elements, keeping all of its text, before
 * the page reaches jsoup.
 *
 * <p>Why: issue 6's "deeply nested html" case (380,000 nested {@code <div>} around one sentence) took
 * about 3.8 times as long as an ordinary page of the same size: for each start tag jsoup's tree builder
 * searches the open elements (up to 100 of them) for the scopes the parsing rules ask about, and every
 * walk of ours then climbs a 380,000-deep tree. Browsers cap the depth of the tree too (elements below
 * a few hundred levels are laid out flat), and no article is nested hundreds of levels deep.
 *
 * <p>One linear scan keeps a model of the open elements: start tags push (void elements, self-closed
 * tags, formatting elements, which the parser reopens and closes on its own, raw-text elements and
 * html/head/body do not, so neither they nor a script's content are ever touched); an end tag pops down to its name when the name is among the top {@link #SEARCH} entries; a
 * start tag of {@code p}, {@code li}, {@code dd}/{@code dt}, {@code td}/{@code th}, {@code tr} or
 * {@code option} closes an open element of its kind nearby, as the parser would; the content of
 * script, style and the other raw-text elements and of comments is skipped. The model errs towards a
 * shallower page than the parser builds, so a real page does not reach the limit. Only when the model
 * goes deeper than the limit is the page rewritten: the start tags pushed beyond the limit and the end
 * tags that close them are replaced by one space (so words on either side stay apart); every other
 * character is kept. Each step looks at most {@link #SEARCH} entries, so both scans are linear.
 */
final class NestingCap {

    /** Deepest element nesting kept, as deep as browsers lay out. */
    static final int LIMIT = 512;
    /** Places for the distinct tag names of one page ({@code Scan#name}), a power of two; half are filled at most. */
    private static final int NAME_SLOTS = 256;

    /** How far down the open elements an end tag or an auto-closing start tag looks for its element. */
    static final int SEARCH = 64;

    static final String WARNING = "page nested deeper than " + LIMIT
            + " elements; the tags below that depth were dropped, their text kept";

    /**
     * Most formatting elements left open at once that a page keeps. jsoup reopens every open
     * formatting element in each new paragraph (the "active formatting elements" rule), so a page
     * that never closes them ({@code <p><b><i>word} x 300,000, issue 6's "unclosed html tags") grows a
     * tree ten times its element count and took ~4x an ordinary page. Such markup has no meaning
     * worth keeping: past this count every formatting tag (b, i, em, strong, font ...; not links) is
     * dropped, its text kept. A real page leaves a handful open.
     */
    static final int FORMATTING_LIMIT = 256;

    static final String FORMATTING_WARNING = "page leaves more than " + FORMATTING_LIMIT
            + " formatting tags open; its formatting tags were dropped, their text kept";

    /** Formatting elements the parser reopens in later paragraphs; links are left alone. */
    private static final Set<String> FORMATTING = Set.of("b", "big", "code", "em", "font", "i", "nobr", "s",
            "small", "strike", "strong", "tt", "u");

    private static final Set<String> NOT_PUSHED = Set.of(
            // void
            "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
            "keygen", "link", "menuitem", "meta", "param", "source", "track", "wbr",
            // formatting: reopened and closed by the parser's own rules
            "a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u",
            // the page's frame
            "html", "head", "body");
    /** Elements whose content is text up to their end tag. */
    private static final Set<String> RAW = Set.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript");
    /** Start tags that close an open element of the same group nearby. */
    private static final Set<String> SIBLING_CLOSING = Set.of("p", "li", "dd", "dt", "td", "th", "tr", "option");

    /** What the sets above say of a tag name, as bits: one look-up per tag instead of one per set. */
    private static final Map<String, Integer> KIND = new HashMap<>();
    private static final int IS_FORMATTING = 1;
    private static final int IS_NOT_PUSHED = 2;
    private static final int IS_RAW = 4;
    private static final int IS_SIBLING_CLOSING = 8;

    static {
        mark(FORMATTING, IS_FORMATTING);
        mark(NOT_PUSHED, IS_NOT_PUSHED);
        mark(RAW, IS_RAW);
        mark(SIBLING_CLOSING, IS_SIBLING_CLOSING);
    }

    private static void mark(Set<String> names, int bit) {
        for (String name : names) {
            KIND.put(name, KIND.getOrDefault(name, 0) | bit);
        }
    }

    private NestingCap() {
    }

    /** The page, or the same page with the tags below {@link #LIMIT} dropped: the very same instance when none is. */
    static String apply(String html) {
        return apply(html, new java.util.ArrayList<>());
    }

    /**
     * The page with the tags below {@link #LIMIT} dropped and, when it leaves more than
     * {@link #FORMATTING_LIMIT} formatting elements open, its formatting tags dropped; a warning for
     * each. The very same instance when neither is.
     */
    static String apply(String html, java.util.List<String> warnings) {
        char[] page = html.toCharArray();
        char[] capped = cap(page, warnings).html();
        return capped == page ? html : new String(capped);
    }

    /**
     * The page as {@link #apply(String, java.util.List)} gives it, and where in it the bodies of
     * scripts and styles seem to lie (pairs of start and end index): the model's scan meets them on
     * its way, and {@link PageParser} need not hand jsoup what no reader of the page looks at. The
     * bodies are the model's guess, which the parser checks; none are given for a page the cap rewrote.
     */
    record Capped(char[] html, int[] bodies) {
    }

    static Capped cap(char[] html, java.util.List<String> warnings) {
        if (PageChars.indexOf(html, '<', 0) < 0) {
            return new Capped(html, NO_BODIES);
        }
        Scan first = new Scan(html, null, false);
        first.bodies = new int[16];
        boolean deep = first.run() > LIMIT;
        boolean formatting = first.maxFormattingOpen > FORMATTING_LIMIT;
        if (!deep && !formatting) {
            return new Capped(html, java.util.Arrays.copyOf(first.bodies, first.bodyCount));
        }
        StringBuilder out = new StringBuilder(html.length);
        new Scan(html, out, formatting).run();
        if (deep) {
            warnings.add(WARNING);
        }
        if (formatting) {
            warnings.add(FORMATTING_WARNING);
        }
        return new Capped(out.toString().toCharArray(), NO_BODIES);
    }

    private static final int[] NO_BODIES = new int[0];

    /** The deepest nesting the model reaches on the page. */
    static int depth(String html) {
        return new Scan(html.toCharArray(), null, false).run();
    }

    /** The most formatting elements the page leaves open at once. */
    static int formattingOpen(String html) {
        Scan scan = new Scan(html.toCharArray(), null, false);
        scan.run();
        return scan.maxFormattingOpen;
    }

    /** One pass of the model; with {@code out}, also writes the page with the deep tags dropped. */
    private static final class Scan {
        private final char[] s;
        private final StringBuilder out;
        private String[] stack = new String[64];
        private int depth;
        private int maxDepth;
        /** Start of the input not yet copied to {@code out}. */
        private int copied;
        /** Whether to drop every formatting tag (with {@code out}). */
        private final boolean dropFormatting;
        /** Formatting elements open now (start tags minus end tags), and the most at once. */
        private int formattingOpen;
        int maxFormattingOpen;
        /** When not null, receives the start and end of each script or style body {@link #body} accepts. */
        int[] bodies;
        int bodyCount;

        Scan(char[] s, StringBuilder out, boolean dropFormatting) {
            this.s = s;
            this.out = out;
            this.dropFormatting = dropFormatting;
        }

        int run() {
            int n = s.length;
            int i = 0;
            while ((i = PageChars.indexOf(s, '<', i)) >= 0 && i + 1 < n) {
                char c = s[i + 1];
                if (c == '!') {
                    i = PageChars.startsWith(s, "<!--", i) ? after(PageChars.indexOf(s, "-->", i + 4), 3) : after(PageChars.indexOf(s, '>', i + 2), 1);
                } else if (c == '?') {
                    i = after(PageChars.indexOf(s, '>', i + 2), 1);
                } else {
                    boolean end = c == '/';
                    int start = end ? i + 2 : i + 1;
                    if (start >= n || !letter(s[start])) {
                        i++;
                        continue;
                    }
                    int k = start;
                    char ch;
                    // Printable ASCII by a range check, without Character.isWhitespace's chain of calls in C1 code.
                    while (k < n && ((ch = s[k]) > ' ' && ch < '\u007F' || !Character.isWhitespace(ch)) && ch != '/' && ch != '>') {
                        k++;
                    }
                    int at = name(start, k);
                    String name = names[at];
                    int kind = kinds[at];
                    int close = tagEnd(k);
                    if ((kind & IS_FORMATTING) != 0) {
                        boolean selfClosed = !end && close - 2 > i && s[close - 1] == '>' && s[close - 2] == '/';
                        if (end) {
                            formattingOpen = Math.max(0, formattingOpen - 1);
                        } else if (!selfClosed) {
                            maxFormattingOpen = Math.max(maxFormattingOpen, ++formattingOpen);
                        }
                        if (dropFormatting && out != null) {
                            out.append(s, copied, i - copied); // dropped with no space: formatting joins no words
                            copied = close;
                        }
                        i = close;
                        continue;
                    }
                    if (end) {
                        endTag(name, i, close);
                        i = close;
                    } else {
                        boolean selfClosed = close - 2 > i && s[close - 1] == '>' && s[close - 2] == '/';
                        if (!selfClosed && (kind & (IS_NOT_PUSHED | IS_RAW)) == 0) {
                            startTag(name, (kind & IS_SIBLING_CLOSING) != 0, i, close);
                        }
                        i = close;
                        if ((kind & IS_RAW) != 0 && !selfClosed) {
                            i = rawEnd(name, i);
                            if (bodies != null && (name.equals("script") || name.equals("style"))) {
                                body(name, start, close, i);
                            }
                        }
                    }
                }
            }
            if (out != null) {
                out.append(s, copied, n - copied);
            }
            return maxDepth;
        }

        /**
         * The tag names met on the page, by the characters written (open addressing): a page writes the
         * same few dozen names thousands of times, and making each a lower-cased string to look up its
         * kind in a map was a quarter of the scan. A name found here is the very string the stack holds,
         * so {@link #find} compares it by identity first.
         */
        private final char[][] written = new char[NAME_SLOTS][];
        private final int[] hashes = new int[NAME_SLOTS];
        private final String[] names = new String[NAME_SLOTS + 1];
        private final int[] kinds = new int[NAME_SLOTS + 1];
        private int nameCount;

        /** Index in {@link #names} and {@link #kinds} of the name written at {@code s[start, end)}. */
        private int name(int start, int end) {
            int h = 0;
            for (int j = start; j < end; j++) {
                h = 31 * h + s[j];
            }
            int slot = (h ^ h >>> 16) & (NAME_SLOTS - 1);
            for (; written[slot] != null; slot = (slot + 1) & (NAME_SLOTS - 1)) {
                if (hashes[slot] == h && Arrays.equals(written[slot], 0, written[slot].length, s, start, end)) {
                    return slot;
                }
            }
            String name = new String(s, start, end - start).toLowerCase(Locale.ROOT);
            if (nameCount >= NAME_SLOTS / 2) {
                slot = NAME_SLOTS; // full: a page of made-up names keeps the last one in the spare place
            } else {
                written[slot] = Arrays.copyOfRange(s, start, end);
                hashes[slot] = h;
                nameCount++;
            }
            names[slot] = name;
            kinds[slot] = KIND.getOrDefault(name, 0);
            return slot;
        }

        private void startTag(String name, boolean siblingClosing, int from, int to) {
            if (siblingClosing) {
                int at = find(name);
                if (at >= 0) {
                    depth = at;
                }
            }
            if (depth == stack.length) {
                stack = Arrays.copyOf(stack, depth * 2);
            }
            stack[depth++] = group(name);
            maxDepth = Math.max(maxDepth, depth);
            if (depth > LIMIT) {
                drop(from, to);
            }
        }

        private void endTag(String name, int from, int to) {
            int at = find(name);
            if (at >= 0) {
                depth = at;
                if (at >= LIMIT) {
                    drop(from, to);
                }
            }
        }

        /** Index of the nearest open element of that name (td and th, dd and dt count as one), or -1. */
        private int find(String name) {
            String key = group(name);
            for (int j = depth - 1; j >= 0 && j >= depth - SEARCH; j--) {
                if (stack[j].equals(key)) {
                    return j;
                }
            }
            return -1;
        }

        /**
         * The name an open element is kept under: td and th as one, dd and dt as one. The stack holds
         * these, so each step of {@link #find} is one comparison instead of up to five.
         */
        private static String group(String name) {
            if (name.length() == 2) {
                if (name.equals("th")) {
                    return "td";
                }
                if (name.equals("dt")) {
                    return "dd";
                }
            }
            return name;
        }

        private void drop(int from, int to) {
            if (out == null) {
                return;
            }
            out.append(s, copied, from - copied);
            if (out.isEmpty() || !Character.isWhitespace(out.charAt(out.length() - 1))) {
                out.append(' ');
            }
            copied = to;
        }

        /** Index just past the tag's closing {@code >}, skipping quoted attribute values; the input's end if none. */
        private int tagEnd(int k) {
            int n = s.length;
            while (k < n) {
                char c = s[k];
                if (c == '>') {
                    return k + 1;
                }
                if (c == '=') {
                    k++;
                    char v = 0;
                    while (k < n && Character.isWhitespace(v = s[k])) {
                        k++;
                    }
                    if (k < n && (v == '"' || v == '\'')) {
                        int q = PageChars.indexOf(s, v, k + 1);
                        if (q < 0) {
                            return n;
                        }
                        k = q + 1;
                    }
                    continue;
                }
                k++;
            }
            return n;
        }

        /**
         * Keeps {@code [from, to)} as the body of the script or style whose name starts at
         * {@code nameAt}, unless it is empty, has no end tag the tokeniser would take as one
         * ({@code </script} then white space, {@code /} or {@code >}), belongs to a script whose
         * start tag names JSON (the JSON-LD reader's) or holds a character reference, is a script
         * body holding {@code <!--} (after which the tokeniser's script states may run past the
         * first end tag), or lies inside an {@code <svg>} or {@code <math>} (where it is text).
         */
        private void body(String name, int nameAt, int from, int to) {
            int after = to + 2 + name.length();
            if (to <= from || after >= s.length) {
                return;
            }
            char d = s[after];
            if (d != '>' && d != '/' && d != ' ' && d != '\t' && d != '\n' && d != '\r' && d != '\f') {
                return;
            }
            if (name.equals("script") && (holds(nameAt, from, "json") || holds(nameAt, from, "&") || holdsCommentOpen(from, to))) {
                return;
            }
            for (int j = 0; j < depth; j++) {
                if (stack[j].equals("svg") || stack[j].equals("math")) {
                    return; // a style in an inline icon is an SVG element: its body is text, which a reader may read
                }
            }
            if (bodyCount == bodies.length) {
                bodies = Arrays.copyOf(bodies, bodyCount * 2);
            }
            bodies[bodyCount++] = from;
            bodies[bodyCount++] = to;
        }

        /** Whether {@code s[from, to)} holds {@code <!--}; {@code s[to]} is the {@code <} of the end tag, where the search stops. */
        private boolean holdsCommentOpen(int from, int to) {
            for (int i = PageChars.indexOf(s, '<', from); i >= 0 && i < to; i = PageChars.indexOf(s, '<', i + 1)) {
                if (PageChars.startsWith(s, "<!--", i) && i + 4 <= to) {
                    return true;
                }
            }
            return false;
        }

        /** Whether {@code s[from, to)} holds {@code what} (lower-case ASCII), ignoring ASCII case. */
        private boolean holds(int from, int to, String what) {
            int last = to - what.length();
            for (int i = from; i <= last; i++) {
                if (matchesAt(i, what)) {
                    return true;
                }
            }
            return false;
        }

        private boolean matchesAt(int i, String what) {
            for (int j = 0; j < what.length(); j++) {
                char x = s[i + j];
                char w = what.charAt(j);
                if (x != w && !(w >= 'a' && w <= 'z' && (x | 0x20) == w)) {
                    return false;
                }
            }
            return true;
        }

        /** Index of the end tag closing a raw-text element opened before {@code from}, or the input's end. */
        private int rawEnd(String name, int from) {
            int n = s.length;
            int j = from;
            while ((j = PageChars.indexOf(s, "</", j)) >= 0) {
                if (PageChars.regionMatchesIgnoreCase(s, j + 2, name)) {
                    return j;
                }
                j += 2;
            }
            return n;
        }

        private int after(int found, int len) {
            return found < 0 ? s.length : found + len;
        }

        private static boolean letter(char c) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }
    }
}
