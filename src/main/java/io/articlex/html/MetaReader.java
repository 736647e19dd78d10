package io.articlex.html;

import io.articlex.pipeline.PageMeta;
import org.jsoup.nodes.Element;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads a page's metadata. Each field takes the first source that has it, in order of how reliably
 * pages fill it: structured data (Open Graph, JSON-LD, article meta tags) before visible markup.
 * The title's site-name suffix ("Storm hits coast | Daily Planet") is cut only when the page names
 * its site and the suffix is exactly that name: a rule that cuts after any "|" or " - " would cut
 * real headlines ("Brexit - what happens next").
 */
final class MetaReader {

    private static final Pattern LEADING_BY = Pattern.compile("(?i)^(by|von|par|por|di|da)\\s*:?\\s+");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*[|\\-\u2013\u2014:\u00b7\u2022\u00bb]\\s*");

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");
    private static final String[] META_KEYS = {"name", "property", "itemprop", "http-equiv"};

    // The page searches behind the meta tags, each with the elements it can match (see PageIndex).
    private static final PageIndex.Query HTML = PageIndex.Query.of("html", "html");
    private static final PageIndex.Query BODY_H1 = PageIndex.Query.of("body h1", "h1");
    private static final PageIndex.Query HEAD_TITLE = PageIndex.Query.of("head > title", "title");
    private static final PageIndex.Query TIME_ITEMPROP = PageIndex.Query.of("time[itemprop=datePublished][datetime]", "time");
    private static final PageIndex.Query TIME_PUBDATE = PageIndex.Query.of("time[pubdate][datetime]", "time");
    private static final PageIndex.Query TIME_IN_ARTICLE = PageIndex.Query.of("article time[datetime]", "time");
    private static final PageIndex.Query TIME_ANY = PageIndex.Query.of("time[datetime]", "time");
    private static final PageIndex.Query AUTHOR_NAME = PageIndex.Query.of("[itemprop=author] [itemprop=name]", "[itemprop");
    private static final PageIndex.Query AUTHOR = PageIndex.Query.of("[itemprop=author]", "[itemprop");
    private static final PageIndex.Query REL_AUTHOR = PageIndex.Query.of("[rel=author]", "[rel");
    private static final PageIndex.Query BYLINE = PageIndex.Query.of(".byline", "[class");
    /** Every query above, for the test that checks the index finds what {@code selectFirst} finds. */
    static final List<PageIndex.Query> QUERIES = List.of(HTML, BODY_H1, HEAD_TITLE, TIME_ITEMPROP, TIME_PUBDATE,
            TIME_IN_ARTICLE, TIME_ANY, AUTHOR_NAME, AUTHOR, REL_AUTHOR, BYLINE);

    private MetaReader() {
    }

    static PageMeta read(PageIndex idx, JsonLd ld) {
        Map<String, String> metas = metas(idx);
        String site = firstValid(MetaReader::plausibleSiteName,
                metas.get("property=og:site_name"), ld.publisher(), metas.get("name=application-name"));
        String title = first(
                metas.get("property=og:title"),
                ld.headline(),
                metas.get("name=twitter:title"),
                lazy(() -> text(idx.first(BODY_H1))),
                lazy(() -> text(idx.first(HEAD_TITLE))));
        title = cutSiteName(title, site);
        return new PageMeta(title, published(idx, metas, ld), byline(idx, metas, ld), language(idx, metas, ld), site);
    }

    static String cutSiteName(String title, String site) {
        if (title == null || site == null || site.isBlank() || title.equalsIgnoreCase(site)) {
            return title;
        }
        String t = title;
        String lower = t.toLowerCase(Locale.ROOT);
        String s = site.strip().toLowerCase(Locale.ROOT);
        if (lower.endsWith(s)) {
            String head = t.substring(0, t.length() - s.length());
            String cut = stripTrailingSeparator(head);
            if (cut != null) {
                return cut;
            }
        }
        if (lower.startsWith(s)) {
            String tail = t.substring(s.length());
            var m = SEPARATORS.matcher(tail);
            if (m.lookingAt() && m.end() > 0 && m.end() < tail.length()) {
                return tail.substring(m.end()).strip();
            }
        }
        return t;
    }

    private static String stripTrailingSeparator(String head) {
        String h = head.stripTrailing();
        if (h.isEmpty()) {
            return null;
        }
        char c = h.charAt(h.length() - 1);
        if ("|-\u2013\u2014:\u00b7\u2022\u00bb".indexOf(c) < 0) {
            return null;
        }
        String rest = h.substring(0, h.length() - 1).strip();
        return rest.isEmpty() ? null : rest;
    }

    private static String published(PageIndex idx, Map<String, String> metas, JsonLd ld) {
        return firstValid(MetaReader::plausibleDate,
                ld.published(),
                metas.get("property=article:published_time"),
                metas.get("itemprop=datepublished"),
                metas.get("name=article:published_time"),
                metas.get("property=og:published_time"),
                metas.get("name=pubdate"),
                metas.get("name=publishdate"),
                metas.get("name=dc.date.issued"),
                metas.get("name=dc.date"),
                metas.get("name=date"),
                lazy(() -> attr(idx.first(TIME_ITEMPROP), "datetime")),
                lazy(() -> attr(idx.first(TIME_PUBDATE), "datetime")),
                lazy(() -> attr(idx.first(TIME_IN_ARTICLE), "datetime")),
                lazy(() -> attr(idx.first(TIME_ANY), "datetime")));
    }

    private static String byline(PageIndex idx, Map<String, String> metas, JsonLd ld) {
        List<String> authors = ld.authors().stream().map(MetaReader::cleanByline).filter(a -> a != null).toList();
        if (!authors.isEmpty()) {
            return join(authors);
        }
        return cleanByline(first(
                metas.get("name=author"),
                metas.get("property=article:author"),
                metas.get("name=byl"),
                lazy(() -> text(idx.first(AUTHOR_NAME))),
                lazy(() -> text(idx.first(AUTHOR))),
                lazy(() -> text(idx.first(REL_AUTHOR))),
                lazy(() -> text(idx.first(BYLINE)))));
    }

    private static String join(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
    }

    static String cleanByline(String s) {
        if (s == null) {
            return null;
        }
        String b = s.strip().replaceAll("\\s+", " ");
        b = LEADING_BY.matcher(b).replaceFirst("");
        if (b.isEmpty() || b.length() > 120 || b.contains("://") || b.startsWith("www.")) {
            return null;
        }
        return b;
    }

    private static String language(PageIndex idx, Map<String, String> metas, JsonLd ld) {
        Element html = idx.first(HTML);
        String lang = first(
                html == null ? null : blankToNull(html.attr("lang")),
                html == null ? null : blankToNull(html.attr("xml:lang")),
                metas.get("http-equiv=content-language"),
                metas.get("property=og:locale"),
                ld.language());
        if (lang == null) {
            return null;
        }
        lang = lang.strip().replace('_', '-');
        int comma = lang.indexOf(',');
        if (comma > 0) {
            lang = lang.substring(0, comma).strip();
        }
        return lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*") ? lang : null;
    }

    /** Every {@code <meta>} content keyed "ATTR=name" (name lower-cased) for name, property, itemprop and http-equiv; the first wins. */
    private static Map<String, String> metas(PageIndex idx) {
        Map<String, String> out = new HashMap<>();
        for (Element m : idx.candidates("meta")) {
            String c = m.attr("content").strip();
            if (c.isEmpty()) {
                continue;
            }
            for (String a : META_KEYS) {
                String v = m.attr(a);
                if (!v.isEmpty()) {
                    out.putIfAbsent(a + "=" + v.strip().toLowerCase(Locale.ROOT), c);
                }
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : blankToNull(e.attr(name));
    }

    private static String text(Element e) {
        return e == null ? null : blankToNull(e.text());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Supplier<String> lazy(Supplier<String> s) {
        return s;
    }

    /** The first non-null value; suppliers (tree searches) are only run when the values before them are null. */
    private static String first(Object... values) {
        return firstValid(v -> true, values);
    }

    /** The first non-null value that passes the test; later suppliers run only when needed. */
    private static String firstValid(Predicate<String> ok, Object... values) {
        for (Object v : values) {
            Object x = v instanceof Supplier<?> s ? s.get() : v;
            if (x != null && ok.test((String) x)) {
                return (String) x;
            }
        }
        return null;
    }

    /**
     * A date with a year a web page can have. Templates fill empty date fields with placeholders
     * ("0001-01-01T00:00:00Z" on three html-dev sites), which must fall through to the next source.
     */
    static boolean plausibleDate(String s) {
        Matcher m = YEAR.matcher(s);
        while (m.find()) {
            int y = Integer.parseInt(m.group());
            if (y >= 1990 && y <= 2100) {
                return true;
            }
        }
        return false;
    }

    /** A name, not a URL: some sites put their home page address in og:site_name. */
    static boolean plausibleSiteName(String s) {
        return !s.contains("://") && !s.startsWith("www.") && s.length() <= 100;
    }
}
