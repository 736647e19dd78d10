package io.articlex.html;

import io.articlex.limits.Deadline;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Set;

/**
 * Parses a page with jsoup and drops plain formatting elements as the parser closes them, keeping
 * their text where it was.
 *
 * <p>Why: the HTML parsing rules reopen every formatting element still open ({@code <b>}, {@code <i>}
 * ...) at the start of each following paragraph, up to three of each kind. A page that never closes
 * them (300,000 {@code <p><b><i>word}) becomes 2.7 million elements, 400 MB of live tree for 4 MB of
 * input: the garbage collector's copying of that tree was about 40% of the time of reading the page,
 * and every walk over the page visited nine elements per paragraph. Nothing
 * downstream looks at a formatting element without attributes: the block collector and the metadata
 * read its text, the content picker climbs from block elements upwards. So such an element is
 * unwrapped as soon as it is complete, and the tree holds one paragraph element per paragraph again.
 *
 * <p>Only small leaves in small parents are unwrapped: no element children, at most
 * {@link #MAX_CHILDREN} child nodes, a parent of at most {@link #MAX_SIBLINGS}. An unwrap moves the
 * children and makes jsoup re-index the parent's children on the next look-up, so both bounds keep
 * each unwrap's cost constant: a body of 300,000 {@code <b>x</b>} or 100,000 nested {@code <b>x} stay
 * linear (the elements past the bounds are kept as they are). Links ({@code <a>}) are kept, since
 * link text counts against a block.
 */
final class PageParser {

    /** The HTML parsing rules' formatting elements, less {@code a}. */
    static final Set<String> FORMATTING = Set.of("b", "big", "code", "em", "font", "i", "nobr", "s", "small",
            "strike", "strong", "tt", "u");
    /** An element with more child nodes than this is kept: unwrapping moves each of them. */
    static final int MAX_CHILDREN = 16;
    /** An element whose parent has more child nodes than this is kept: unwrapping re-indexes them. */
    static final int MAX_SIBLINGS = 64;

    private PageParser() {
    }

    static Document parse(String html) {
        return parse(html.toCharArray(), NO_BODIES);
    }

    static Document parse(String html, int[] bodies) {
        return parse(html.toCharArray(), bodies);
    }

    /**
     * Parses the page, handing jsoup a mark of a few characters in place of each script or style body
     * in {@code bodies} (pairs of start and end index, ascending, as {@link NestingCap#cap} gives
     * them: each ends where an end tag of its element's name starts, and a script body holds no
     * {@code <!--}).
     *
     * <p>Why: a fifth of a page's characters are script bodies and a sixth style sheets, which the
     * tokeniser reads character by character and keeps as strings that nothing here reads (the
     * JSON-LD scripts are never among the bodies). The bodies come from a model of the tokeniser,
     * not from jsoup, so the parse checks them: each mark must come back, in order, as the whole
     * content of a script or style element of the same name. Then each body was exactly that
     * element's content (the text before it parsed alike, and a body holding no {@code <!--} ends at
     * the first end tag), and the tree is the one the whole page gives but for those contents. If
     * any mark went elsewhere (into a comment, an attribute, an SVG style's text), the page is parsed
     * again whole.
     */
    static Document parse(char[] html, int[] bodies) {
        if (bodies.length > 0) {
            Document doc = parse(html, bodies, marks(bodies.length / 2));
            if (doc != null) {
                return doc;
            }
        }
        return parse(html, NO_BODIES, new String[0]);
    }

    private static final int[] NO_BODIES = new int[0];

    /** Stands in for a body; a noncharacter, which no page means as text, and the body's number. */
    private static String[] marks(int n) {
        String[] m = new String[n];
        for (int k = 0; k < n; k++) {
            m[k] = "\uFDD0" + k;
        }
        return m;
    }

    /** The parse, or null when a body's mark did not come back where the body was. */
    private static Document parse(char[] html, int[] bodies, String[] marks) {
        Deadline deadline = Deadline.current();
        Reader in = new Bodiless(html, bodies, marks);
        int found = 0;
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(in, "")) {
            int n = 0;
            for (Iterator<Element> it = parser.iterator(); it.hasNext(); ) {
                Element e = it.next();
                if (deadline != null && (++n & 255) == 0) {
                    deadline.checkNow();
                }
                if (found < marks.length && holdsMark(e, marks[found])) {
                    found++;
                } else if (plainLeaf(e)) {
                    unwrap(e);
                }
            }
            Document doc = parser.complete();
            return found == marks.length ? doc : null;
        } catch (IOException e) {
            // The input is a string: nothing to read can fail.
            throw new UncheckedIOException(e);
        }
    }

    /** A script or style whose one child is the data {@code mark}. */
    private static boolean holdsMark(Element e, String mark) {
        String name = e.normalName();
        return (name.equals("script") || name.equals("style")) && e.childNodeSize() == 1
                && e.childNode(0) instanceof DataNode d && d.getWholeData().equals(mark);
    }

    /** The page's characters with each body replaced by its mark; an array copy per read. */
    private static final class Bodiless extends Reader {
        private final char[] page;
        private final int[] bodies;
        private final String[] marks;
        private int pos;
        /** Index in {@link #bodies} of the next body's start. */
        private int next;
        /** A mark being read, and how far. */
        private String mark;
        private int markAt;

        Bodiless(char[] page, int[] bodies, String[] marks) {
            this.page = page;
            this.bodies = bodies;
            this.marks = marks;
        }

        @Override
        public int read(char[] buf, int off, int len) {
            int n = 0;
            while (n < len) {
                if (mark != null) {
                    int k = Math.min(len - n, mark.length() - markAt);
                    mark.getChars(markAt, markAt + k, buf, off + n);
                    n += k;
                    markAt += k;
                    if (markAt == mark.length()) {
                        mark = null;
                    }
                    continue;
                }
                int stop = next < bodies.length ? bodies[next] : page.length;
                if (pos == stop) {
                    if (next >= bodies.length) {
                        break;
                    }
                    mark = marks[next / 2];
                    markAt = 0;
                    pos = bodies[next + 1];
                    next += 2;
                    continue;
                }
                int k = Math.min(len - n, stop - pos);
                System.arraycopy(page, pos, buf, off + n, k);
                pos += k;
                n += k;
            }
            return n == 0 && len > 0 ? -1 : n;
        }

        @Override
        public void close() {
            // Nothing to release: the page is an array.
        }
    }

    /**
     * Puts the element's children in its place. A lone child replaces it in place, which leaves the
     * parent's sibling index valid; jsoup's general unwrap marks it stale, to be rebuilt on the next
     * look-up. Unclosed tags give chains of one-child elements, unwrapped from the inside out.
     */
    private static void unwrap(Element e) {
        if (e.childNodeSize() == 1) {
            e.replaceWith(e.childNode(0));
        } else {
            e.unwrap();
        }
    }

    /** A complete formatting element without attributes holding a few nodes but no element, in a small parent. */
    static boolean plainLeaf(Element e) {
        Element parent = e.parent();
        return e.attributesSize() == 0
                && FORMATTING.contains(e.normalName())
                && e.childNodeSize() <= MAX_CHILDREN
                && parent != null
                && parent.childNodeSize() <= MAX_SIBLINGS
                && e.firstElementChild() == null;
    }
}
