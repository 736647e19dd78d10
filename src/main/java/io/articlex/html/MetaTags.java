package io.articlex.html;

import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A page's {@code <meta>} contents keyed {@code ATTR=name} (the name lower-cased: {@code DC.creator}
 * and {@code dc.creator} are one key) for the name, property, itemprop and http-equiv attributes.
 * A key can have several values in page order: pages give one {@code <meta name="author">} or
 * {@code article:author} per author.
 */
final class MetaTags {

    private static final String[] KEYS = {"name", "property", "itemprop", "http-equiv"};

    private final Map<String, List<String>> values = new HashMap<>();

    private MetaTags() {
    }

    static MetaTags of(PageIndex idx) {
        MetaTags out = new MetaTags();
        for (Element m : idx.candidates("meta")) {
            String c = m.attr("content").strip();
            if (c.isEmpty()) {
                continue;
            }
            for (String a : KEYS) {
                String v = m.attr(a);
                if (!v.isEmpty()) {
                    out.values.computeIfAbsent(a + "=" + v.strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>(1)).add(c);
                }
            }
        }
        return out;
    }

    /** The first value of the key, or null. */
    String first(String key) {
        List<String> v = values.get(key);
        return v == null ? null : v.get(0);
    }

    /** Every value of the key, in page order. */
    List<String> all(String key) {
        return values.getOrDefault(key, List.of());
    }
}
