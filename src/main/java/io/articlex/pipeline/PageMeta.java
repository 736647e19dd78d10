package io.articlex.pipeline;

/**
 * What is known about the article besides its text: for HTML, the page's metadata, known before the text
 * pipeline runs; for plain text, what the head stage reads from the story's own head (a byline line, a
 * timestamp line). Null members are unknown.
 *
 * @param title     the page's headline (og:title, JSON-LD headline, h1)
 * @param published publication date, ISO 8601 as found
 * @param byline    author line without a leading "By"
 * @param language  BCP 47 language tag
 * @param siteName  the site's name, used as source when the text names no agency
 */
public record PageMeta(String title, String published, String byline, String language, String siteName) {
    public static final PageMeta NONE = new PageMeta(null, null, null, null, null);

    public PageMeta withByline(String b) {
        return new PageMeta(title, published, b, language, siteName);
    }

    public PageMeta withPublished(String p) {
        return new PageMeta(title, p, byline, language, siteName);
    }

    public PageMeta withLanguage(String l) {
        return new PageMeta(title, published, byline, l, siteName);
    }
}
