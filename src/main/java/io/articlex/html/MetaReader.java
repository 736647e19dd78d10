package io.articlex.html;

import io.articlex.pipeline.PageMeta;
import org.jsoup.nodes.Element;

import java.util.List;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a page's metadata. Each field takes the first source that has a usable value, in order of
 * how reliably pages fill it: structured data (Open Graph, JSON-LD, article meta tags) before visible
 * markup. The title is chosen and cut of the site's name by {@link Titles}, the byline read by
 * {@link Bylines}.
 */
final class MetaReader {

    private static final Pattern YEAR = Pattern.compile("(?<!\\d)\\d{4}(?!\\d)");

    // The page searches behind the meta tags, each with the elements it can match (see PageIndex).
    private static final PageIndex.Query HTML = PageIndex.Query.of("html", "html");
    private static final PageIndex.Query BODY_H1 = PageIndex.Query.of("body h1", "h1");
    private static final PageIndex.Query HEAD_TITLE = PageIndex.Query.of("head > title", "title");
    private static final PageIndex.Query TIME_ITEMPROP = PageIndex.Query.of("time[itemprop=datePublished][datetime]", "time");
    private static final PageIndex.Query TIME_PUBDATE = PageIndex.Query.of("time[pubdate][datetime]", "time");
    private static final PageIndex.Query TIME_IN_ARTICLE = PageIndex.Query.of("article time[datetime]", "time");
    private static final PageIndex.Query TIME_ANY = PageIndex.Query.of("time[datetime]", "time");
    /** The hAtom microformat's date: {@code <abbr class="published" title="2023-05-14T18:20:00+02:00">18:20</abbr>}. */
    private static final PageIndex.Query HATOM_PUBLISHED = PageIndex.Query.of(".published[title]", "[class");
    /** Schema.org microdata's headline: {@code <h2 itemprop="headline">} of a CMS theme that sets no JSON-LD. */
    private static final PageIndex.Query HEADLINE_ITEMPROP = PageIndex.Query.of("[itemprop=headline]", "[itemprop");
    /** Every query above, for the test that checks the index finds what {@code selectFirst} finds. */
    static final List<PageIndex.Query> QUERIES = List.of(HTML, BODY_H1, HEAD_TITLE, TIME_ITEMPROP, TIME_PUBDATE,
            TIME_IN_ARTICLE, TIME_ANY, HATOM_PUBLISHED, HEADLINE_ITEMPROP);

    private MetaReader() {
    }

    static PageMeta read(PageIndex idx, JsonLd ld) {
        MetaTags metas = MetaTags.of(idx);
        String site = firstValid(MetaReader::plausibleSiteName,
                metas.first("property=og:site_name"), ld.publisher(), metas.first("name=application-name"));
        String og = metas.first("property=og:title");
        String doc = text(idx.first(HEAD_TITLE));
        String h1 = firstH1(idx);
        String headline = ld.headline();
        if (og == null && headline == null) {
            h1 = postHeading(idx, h1, doc);
            headline = microdataHeadline(idx);
        }
        String title = Titles.choose(og, headline, metas.first("name=twitter:title"), h1, doc, site);
        return new PageMeta(title, published(idx, metas, ld), Bylines.read(idx, metas, ld), language(idx, metas, ld), site);
    }

    /**
     * The headline schema.org microdata marks, on a page without Open Graph or JSON-LD titles: CMS
     * themes (Joomla's article view, older WordPress and Drupal themes) set the headline in an
     * {@code <h2 itemprop="headline">} with no {@code <h1>}, under a {@code <title>} that adds the
     * site's name ("Council approves new bus lanes - Westvale Town Council") with no metadata naming
     * the site to cut. Only a page's single such element: a listing marks one per story.
     */
    private static String microdataHeadline(PageIndex idx) {
        List<Element> all = idx.all(HEADLINE_ITEMPROP);
        if (all.size() != 1) {
            return null;
        }
        Element e = all.get(0);
        return e.normalName().equals("meta") ? blankToNull(e.attr("content")) : text(e);
    }

    /** The first {@code <h1>} with text: a logo's {@code <h1>} often holds only an image. */
    private static String firstH1(PageIndex idx) {
        for (Element h : idx.all(BODY_H1)) {
            String t = text(h);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /**
     * The post's own heading in place of the first {@code <h1>}, on a page that states its title
     * nowhere else: blog engines set the blog's name in an {@code <h1>} over every page and the
     * post's title in a lower heading named for it ({@code <h3 class="post-title entry-title">},
     * {@code <h2 class="entry-title">}), with a {@code <title>} of "Blog name: Post title". Taken
     * only when one heading of the page is so named (a blog's index names each post's) and the
     * {@code <title>} holds its words, or holds nothing but the {@code <h1>}'s (the blog's name). A
     * page without an {@code <h1>} takes it before its {@code <title>}, which adds the site's name
     * ("Post title - Forum name") where no metadata names the site to cut.
     */
    private static String postHeading(PageIndex idx, String h1, String doc) {
        if (doc == null) {
            return h1;
        }
        Element found = null;
        for (Element e : idx.candidates("[class")) {
            String tag = e.normalName();
            if (tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '4'
                    && ClassHints.builtIn().namesPostTitle(e)) {
                if (found != null) {
                    return h1;
                }
                found = e;
            }
        }
        String post = text(found);
        if (post == null) {
            return h1;
        }
        String docKey = Titles.key(doc);
        String postKey = Titles.key(post);
        boolean inTitle = !postKey.isEmpty() && (" " + docKey + " ").contains(" " + postKey + " ");
        return inTitle || h1 != null && docKey.equals(Titles.key(h1)) ? post : h1;
    }

    private static String published(PageIndex idx, MetaTags metas, JsonLd ld) {
        return firstValid(MetaReader::plausibleDate,
                ld.published(),
                metas.first("property=article:published_time"),
                metas.first("itemprop=datepublished"),
                metas.first("name=article:published_time"),
                metas.first("property=og:published_time"),
                metas.first("name=pubdate"),
                metas.first("name=publishdate"),
                metas.first("name=dc.date.issued"),
                metas.first("name=dc.date"),
                metas.first("name=date"),
                lazy(() -> attr(idx.first(TIME_ITEMPROP), "datetime")),
                lazy(() -> attr(idx.first(TIME_PUBDATE), "datetime")),
                lazy(() -> attr(outsideThread(idx.all(TIME_IN_ARTICLE)), "datetime")),
                lazy(() -> attr(outsideThread(idx.all(TIME_ANY)), "datetime")),
                // Blog engines (Blogger, old WordPress themes) mark the post's date by the hAtom class
                // and print only the clock time ("um 18:20"); a reply's is passed over as above.
                lazy(() -> isoDate(attr(outsideThread(idx.all(HATOM_PUBLISHED)), "title"))));
    }

    /**
     * The first of the elements that no comment thread or dialog holds ({@link ClassHints.Hint#NEVER_BODY}),
     * unless that box also holds the page's {@code <h1>} (a wrapper of the whole page).
     * A post whose own date is plain text (a link under the title) leaves a reply's {@code <time>}
     * the first on the page, and themes wrap each reply in an {@code <article class="comment-body">}.
     */
    private static Element outsideThread(List<Element> found) {
        ClassHints hints = ClassHints.builtIn();
        for (Element e : found) {
            boolean reply = false;
            for (Element up = e.parent(); up != null; up = up.parent()) {
                if (hints.of(up) == ClassHints.Hint.NEVER_BODY) {
                    // a page's wrapper named for its thread ("article-with-comments") holds the title
                    reply = up.selectFirst("h1") == null;
                    break;
                }
            }
            if (!reply) {
                return e;
            }
        }
        return null;
    }

    /** An ISO 8601 date or date-time, as a microformat's {@code title} holds it; else null (a tooltip's words). */
    private static String isoDate(String s) {
        return s != null && ISO_DATE.matcher(s).lookingAt() ? s : null;
    }

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private static String language(PageIndex idx, MetaTags metas, JsonLd ld) {
        Element html = idx.first(HTML);
        String lang = firstValid(v -> true,
                html == null ? null : blankToNull(html.attr("lang")),
                html == null ? null : blankToNull(html.attr("xml:lang")),
                metas.first("http-equiv=content-language"),
                metas.first("property=og:locale"),
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

    /** The first non-null value that passes the test; suppliers (tree searches) run only when needed. */
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
