package io.articlex.html;

import io.articlex.limits.Deadline;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.parser.StreamParser;

import java.io.IOException;
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
        Deadline deadline = Deadline.current();
        try (StreamParser parser = new StreamParser(Parser.htmlParser()).parse(html, "")) {
            int n = 0;
            for (Iterator<Element> it = parser.iterator(); it.hasNext(); ) {
                Element e = it.next();
                if (deadline != null && (++n & 255) == 0) {
                    deadline.checkNow();
                }
                if (plainLeaf(e)) {
                    unwrap(e);
                }
            }
            return parser.complete();
        } catch (IOException e) {
            // The input is a string: nothing to read can fail.
            throw new UncheckedIOException(e);
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
