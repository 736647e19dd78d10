package io.articlex.html;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a page's JSON-LD ({@code <script type="application/ld+json">}) says about its article. Only the
 * object whose {@code @type} is an article kind (Article, NewsArticle, BlogPosting, ReportageNewsArticle
 * ...) is read; a WebPage object is used for the language and publisher when no article object exists.
 * Malformed JSON-LD is common (trailing commas, raw newlines in strings, the whole object wrapped in
 * {@code <![CDATA[ ]]>} as XHTML templates write it) and is read leniently or skipped, never fatal.
 * An author given only as a reference ({@code {"@id": "#jane"}}) is looked up among the page's
 * objects ({@code @graph} lists the Person once and points to it).
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
        Map<String, JsonNode> byId = new HashMap<>();
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
                String id = text(o.get("@id"));
                if (id != null) {
                    byId.putIfAbsent(id, o);
                }
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
        String publisher = name(a.get("publisher"), byId);
        if (publisher == null && page != null) {
            publisher = name(page.get("publisher"), byId);
        }
        return new JsonLd(
                article == null ? null : firstText(a, "headline", "name"),
                article == null ? null : published,
                article == null ? List.of() : names(a.get("author"), byId),
                publisher,
                article == null ? null : text(a.get("articleBody")),
                language);
    }

    /** One statement read as {@link #read} reads it: null when it is no JSON. */
    static JsonNode parse(String json) {
        return Holder.parse(json);
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

    /** The name of a person or organisation, or of the first of a list; an {@code @id} reference is read through {@code byId}. */
    private static String name(JsonNode n, Map<String, JsonNode> byId) {
        String v = name(n);
        if (v == null && n != null && n.isArray() && !n.isEmpty()) {
            n = n.get(0);
        }
        if (v == null && n != null && n.isObject() && text(n.get("@id")) != null) {
            v = name(byId.get(text(n.get("@id"))));
        }
        return v;
    }

    /** The names of one author or a list of them, an {@code @id} reference read through {@code byId}. */
    private static List<String> names(JsonNode n, Map<String, JsonNode> byId) {
        List<String> out = new ArrayList<>();
        if (n == null) {
            return out;
        }
        for (JsonNode x : n.isArray() ? n : List.of(n)) {
            String v = name(x, byId);
            if (v != null && !out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /** Jackson's parser and tree nodes are loaded only when a page is parsed. */
    private static final class Holder {
        /** {@code <![CDATA[} at the start, alone or behind a line or block comment opener. */
        private static final Pattern CDATA_OPEN = Pattern.compile("^(?://|/\\*)?\\s*<!\\[CDATA\\[(?:\\s*\\*/)?");
        /** {@code ]]>} at the end, alone or in a comment. */
        private static final Pattern CDATA_CLOSE = Pattern.compile("(?://|/\\*)?\\s*\\]\\]>(?:\\s*\\*/)?$");

        private static final JsonFactory FACTORY = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                        JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                        JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
                .build();
        private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

        static JsonNode parse(String json) {
            String s = json.strip();
            if (s.startsWith("<!--")) {
                s = s.substring(4);
            }
            if (s.endsWith("-->")) {
                s = s.substring(0, s.length() - 3);
            }
            s = CDATA_OPEN.matcher(s.strip()).replaceFirst("");
            // The close pattern is tried at every position of the statement: only one that holds the
            // marker can match, and most hold none.
            s = (s.contains("]]>") ? CDATA_CLOSE.matcher(s).replaceFirst("") : s).strip();
            if (s.endsWith(";")) {
                s = s.substring(0, s.length() - 1);
            }
            try (JsonParser p = FACTORY.createParser(s)) {
                JsonToken t = p.nextToken();
                return t == null ? null : tree(p, t);
            } catch (Exception e) {
                return null;
            }
        }

        /**
         * The value at the parser's current token as a tree, as databind's {@code readTree} builds it
         * (a later duplicate key replaces the earlier value in its place; numbers as int, long or big
         * integer nodes by size, fractions as double nodes; anything after the value is not read).
         *
         * <p>Why not {@code ObjectMapper.readTree}: the first ObjectMapper initialises several hundred
         * databind classes and a date format, about 45 ms of CPU on the first page of every run (a
         * tenth of reading one page from the command line); the tree nodes alone cost little.
         */
        static JsonNode tree(JsonParser p, JsonToken t) throws java.io.IOException {
            switch (t) {
                case START_OBJECT: {
                    ObjectNode o = NODES.objectNode();
                    JsonToken k;
                    while ((k = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        o.replace(name, tree(p, p.nextToken()));
                    }
                    if (k != JsonToken.END_OBJECT) {
                        throw new JsonParseException(p, "unexpected " + k + " in an object");
                    }
                    return o;
                }
                case START_ARRAY: {
                    ArrayNode a = NODES.arrayNode();
                    JsonToken e;
                    while ((e = p.nextToken()) != JsonToken.END_ARRAY) {
                        if (e == null) {
                            throw new JsonParseException(p, "unclosed array");
                        }
                        a.add(tree(p, e));
                    }
                    return a;
                }
                case VALUE_STRING:
                    return NODES.textNode(p.getText());
                case VALUE_NUMBER_INT:
                    return switch (p.getNumberType()) {
                        case INT -> NODES.numberNode(p.getIntValue());
                        case LONG -> NODES.numberNode(p.getLongValue());
                        default -> NODES.numberNode(p.getBigIntegerValue());
                    };
                case VALUE_NUMBER_FLOAT:
                    // A text parser knows no single-precision or big-decimal fractions (those come from
                    // binary formats), so a double, as the default ObjectMapper reads one. Not
                    // getNumberTypeFP: Spark ships a jackson-core older than that method.
                    return NODES.numberNode(p.getDoubleValue());
                case VALUE_TRUE:
                    return NODES.booleanNode(true);
                case VALUE_FALSE:
                    return NODES.booleanNode(false);
                case VALUE_NULL:
                    return NODES.nullNode();
                default:
                    throw new JsonParseException(p, "unexpected " + t);
            }
        }
    }
}
