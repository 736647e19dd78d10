package io.articlex.pipeline;

/**
 * What an input format knows about the article before the text pipeline runs: for HTML, the page's
 * metadata; for plain text, nothing. Null members are unknown.
 *
 * @param title     the page's headline (og:title, JSON-LD headline, h1)
 * @param published publication date, ISO 8601 as found
 * @param byline    author line without a leading "By"
 * @param language  BCP 47 language tag
 * @param siteName  the site's name, used as source when the text names no agency
 */
public record PageMeta(String title, String published, String byline, String language, String siteName) {
    public static final PageMeta NONE = new PageMeta(null, null, null, null, null);
}
