package io.articlex.html;

import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The elements a page's metadata can come from, gathered in one walk over the page: those with a tag
 * the metadata queries name ({@code meta}, {@code script}, {@code time}, {@code h1} ...) and those
 * carrying an attribute they test ({@code itemprop}, {@code rel}, {@code class}).
 *
 * <p>Why: every {@code doc.selectFirst(css)} that finds nothing walks the whole page, and the metadata
 * falls through a dozen such queries on a page without meta tags. On a page whose markup is mostly
 * elements (300,000 unclosed {@code <p><b><i>}, which jsoup's formatting-element reconstruction turns
 * into 2.7 million elements) those walks took about half the time of reading the page. Here the page
 * is walked once and each query tests only its own candidates, in document order, so it finds exactly
 * what {@code selectFirst} would (PageIndexTest checks this on every page of html-dev).
 */
final class PageIndex {

    /** Tags whose elements are kept, for the queries that name a tag in their last step. */
    static final Set<String> TAGS = Set.of("html", "title", "h1", "time", "meta", "script");
    /** Attributes whose elements are kept, for the queries that test an attribute in their last step. */
    static final Set<String> ATTRS = Set.of("itemprop", "rel", "class");
    private static final String[][] ATTR_KEYS = ATTRS.stream().map(a -> new String[] {a, "[" + a}).toArray(String[][]::new);

    /**
     * A CSS query and the candidates its matches are drawn from: a tag of {@link #TAGS}, or an
     * attribute of {@link #ATTRS} written {@code [name}. Every element the query can match must be a
     * candidate: the last step of the query requires that tag or attribute.
     */
    record Query(String css, String from, Evaluator evaluator) {

        static Query of(String css, String from) {
            String key = from.startsWith("[") ? from.substring(1) : from;
            if (!(from.startsWith("[") ? ATTRS : TAGS).contains(key)) {
                throw new IllegalArgumentException("not indexed: " + from);
            }
            return new Query(css, from, QueryParser.parse(css));
        }
    }

    private final Document doc;
    private final Map<String, List<Element>> lists = new HashMap<>();

    private PageIndex(Document doc) {
        this.doc = doc;
    }

    static PageIndex of(Document doc) {
        PageIndex idx = new PageIndex(doc);
        idx.walk();
        return idx;
    }

    /** The elements with this tag (or, written {@code [name}, this attribute), in document order. */
    List<Element> candidates(String from) {
        return lists.getOrDefault(from, List.of());
    }

    /** The first element in document order that the query matches, as {@code doc.selectFirst} finds it. */
    Element first(Query q) {
        for (Element e : candidates(q.from())) {
            if (q.evaluator().matches(doc, e)) {
                return e;
            }
        }
        return null;
    }

    /** Every element the query matches, in document order, as {@code doc.select} finds them. */
    List<Element> all(Query q) {
        List<Element> out = new ArrayList<>();
        for (Element e : candidates(q.from())) {
            if (q.evaluator().matches(doc, e)) {
                out.add(e);
            }
        }
        return out;
    }

    /** Pre-order over elements only, without recursion (deep pages) and without visiting text nodes. */
    private void walk() {
        Element e = doc;
        while (true) {
            visit(e);
            Element child = e.firstElementChild();
            if (child != null) {
                e = child;
                continue;
            }
            while (e != doc) {
                Element sibling = e.nextElementSibling();
                if (sibling != null) {
                    e = sibling;
                    break;
                }
                e = e.parent();
            }
            if (e == doc) {
                return;
            }
        }
    }

    private void visit(Element e) {
        String tag = e.normalName();
        if (TAGS.contains(tag)) {
            lists.computeIfAbsent(tag, k -> new ArrayList<>()).add(e);
        }
        if (e.attributesSize() > 0) {
            // The parser keeps attribute names in lower case, and only ASCII letters spell these:
            // an exact look-up finds what hasAttr's case-blind one does, without folding each
            // attribute name of the page three times.
            Attributes attributes = e.attributes();
            for (String[] a : ATTR_KEYS) {
                if (attributes.hasKey(a[0])) {
                    lists.computeIfAbsent(a[1], k -> new ArrayList<>()).add(e);
                }
            }
        }
    }
}
