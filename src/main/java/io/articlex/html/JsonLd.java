package io.articlex.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article. Only the
 * object whose {@code @type} is an article kind (Article, NewsArticle, BlogPosting, ReportageNewsArticle
 * ...) is read; a WebPage object is used for the language and publisher when no article object exists.
 * Malformed JSON-LD is common (trailing commas, raw newlines in strings) and is read leniently or
 * skipped, never fatal.
 *
 * @param headline    the article's headline
 * @param published   datePublished (dateCreated when absent), as written
 * @param authors     author names in order
 * @param publisher   the publisher's name
 * @param articleBody the body text, used as evidence for the content container
 * @param language    inLanguage
 */
record JsonLd(String headline, String published, List<String> authors, String publisher, String articleBody,
              String language) {

    static final JsonLd NONE = new JsonLd(null, null, List.of(), null, null, null);

    /** Scripts larger than this are not parsed: they are data dumps, not article metadata. */
    private static final int MAX_SCRIPT = 2_000_000;

    /** The JSON-LD scripts, wherever they sit in the page. */
    static final PageIndex.Query SCRIPTS = PageIndex.Query.of("script[type~=(?i)application/ld\\+json]", "script");

    static JsonLd read(PageIndex idx) {
        JsonNode article = null;
        JsonNode page = null;
        for (Element s : idx.all(SCRIPTS)) {
            String json = s.data();
            if (json.length() > MAX_SCRIPT) {
                continue;
            }
            JsonNode root = Holder.parse(json);
            if (root == null) {
                continue;
            }
            List<JsonNode> objects = new ArrayList<>();
            flatten(root, objects, 0);
            for (JsonNode o : objects) {
                if (article == null && isArticle(o)) {
                    article = o;
                } else if (page == null && hasType(o, "WebPage")) {
                    page = o;
                }
            }
        }
        if (article == null && page == null) {
            return NONE;
        }
        JsonNode a = article != null ? article : page;
        String published = text(a.get("datePublished"));
        if (published == null) {
            published = text(a.get("dateCreated"));
        }
        String language = text(a.get("inLanguage"));
        if (language == null && page != null) {
            language = text(page.get("inLanguage"));
        }
        String publisher = name(a.get("publisher"));
        if (publisher == null && page != null) {
            publisher = name(page.get("publisher"));
        }
        return new JsonLd(
                article == null ? null : firstText(a, "headline", "name"),
                article == null ? null : published,
                article == null ? List.of() : names(a.get("author")),
                publisher,
                article == null ? null : text(a.get("articleBody")),
                language);
    }

    private static void flatten(JsonNode n, List<JsonNode> out, int depth) {
        if (n == null || depth > 4) {
            return;
        }
        if (n.isArray()) {
            for (JsonNode c : n) {
                flatten(c, out, depth + 1);
            }
        } else if (n.isObject()) {
            out.add(n);
            flatten(n.get("@graph"), out, depth + 1);
            JsonNode main = n.get("mainEntity");
            if (main != null && main.isObject()) {
                flatten(main, out, depth + 1);
            }
        }
    }

    private static boolean isArticle(JsonNode o) {
        return hasType(o, "Article") || hasType(o, "Posting") || hasType(o, "Report");
    }

    /** True when a type name ends with the suffix: NewsArticle, ReportageNewsArticle, BlogPosting. */
    private static boolean hasType(JsonNode o, String suffix) {
        JsonNode t = o.get("@type");
        if (t == null) {
            return false;
        }
        if (t.isArray()) {
            for (JsonNode x : t) {
                if (x.isTextual() && x.asText().endsWith(suffix)) {
                    return true;
                }
            }
            return false;
        }
        return t.isTextual() && t.asText().endsWith(suffix);
    }

    private static String firstText(JsonNode o, String... fields) {
        for (String f : fields) {
            String v = text(o.get(f));
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String text(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : text(n.get(0));
        }
        if (n.isObject()) {
            return null;
        }
        String s = n.asText().strip();
        return s.isEmpty() ? null : s;
    }

    private static String name(JsonNode n) {
        if (n == null) {
            return null;
        }
        if (n.isArray()) {
            return n.isEmpty() ? null : name(n.get(0));
        }
        if (n.isObject()) {
            return text(n.get("name"));
        }
        return text(n);
    }

    private static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        if (n.isArray()) {
            for (JsonNode x : n) {
                String v = name(x);
                if (v != null && !out.contains(v)) {
                    out.add(v);
                }
            }
        } else {
            String v = name(n);
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    /** Jackson is loaded only when a page is parsed. */
    private static final class Holder {
        private static final ObjectMapper MAPPER = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .build();

        static JsonNode parse(String json) {
            String s = json.strip();
            if (s.startsWith("<!--")) {
                s = s.substring(4);
            }
            if (s.endsWith("-->")) {
                s = s.substring(0, s.length() - 3);
            }
            s = s.strip();
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1);
            }
            try (JsonParser p = MAPPER.createParser(s)) {
                return MAPPER.readTree(p);
            } catch (Exception e) {
                return null;
            }
        }
    }
}
