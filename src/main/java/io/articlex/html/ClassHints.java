package io.articlex.html;

import org.jsoup.nodes.Element;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Reads what an element's {@code class}, {@code id} and {@code role} say about it, using the word
 * lists in {@code html-hints.txt}. Tokens are split at punctuation, digits and camelCase humps, so
 * {@code relatedArticles}, {@code related-articles} and {@code related_2} all yield "related".
 * A positive word wins over a furniture word: class lists are long and mixed ("article-body
 * pagination-first", "hs_cos_wrapper_meta_field ... rich_text" wrap whole bodies in html-dev), and a
 * mixed element that is really furniture ("article-share") is caught by its link density instead.
 * Never-body words (comments, cookie dialogs) win over everything: they hold long prose that no
 * density rule rejects.
 */
final class ClassHints {

    enum Hint { NONE, POSITIVE, NEGATIVE, NEVER_BODY }

    private final Set<String> positive = new HashSet<>();
    private final Set<String> negative = new HashSet<>();
    private final Set<String> comments = new HashSet<>();

    private ClassHints() {
    }

    static ClassHints builtIn() {
        return Holder.BUILT_IN;
    }

    Hint of(Element e) {
        String cls = e.className();
        String id = e.id();
        String role = e.attr("role");
        if (cls.isEmpty() && id.isEmpty() && role.isEmpty()) {
            return Hint.NONE;
        }
        boolean pos = false;
        boolean neg = false;
        for (String attr : new String[] {cls, id, role}) {
            int n = attr.length();
            int start = -1;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? attr.charAt(i) : ' ';
                boolean letter = c < 128 && Character.isLetter(c);
                boolean hump = letter && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(attr.charAt(i - 1));
                if (start >= 0 && (!letter || hump)) {
                    String tok = attr.substring(start, i).toLowerCase(Locale.ROOT);
                    if (comments.contains(tok)) {
                        return Hint.NEVER_BODY;
                    }
                    neg |= negative.contains(tok);
                    pos |= positive.contains(tok);
                    start = -1;
                }
                if (letter && start < 0) {
                    start = i;
                }
            }
        }
        return pos ? Hint.POSITIVE : neg ? Hint.NEGATIVE : Hint.NONE;
    }

    /**
     * True when a block's whole text is one furniture word ("Advert", "Caption", "ADVERTISEMENT"):
     * the label of an ad slot or a caption toggle that the page left as text between paragraphs.
     */
    boolean isFurnitureLabel(String text) {
        if (text.length() > 20) {
            return false;
        }
        String t = text.strip().toLowerCase(Locale.ROOT);
        while (!t.isEmpty() && !Character.isLetter(t.charAt(t.length() - 1))) {
            t = t.substring(0, t.length() - 1);
        }
        return !t.isEmpty() && t.chars().allMatch(Character::isLetter) && (negative.contains(t) || comments.contains(t));
    }

    private static final class Holder {
        static final ClassHints BUILT_IN = load();

        private static ClassHints load() {
            ClassHints h = new ClassHints();
            try (InputStream in = ClassHints.class.getResourceAsStream("/io/articlex/html-hints.txt");
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                Set<String> target = null;
                for (String line; (line = r.readLine()) != null; ) {
                    line = line.strip();
                    if (line.isEmpty() || line.startsWith("#")) {
                        continue;
                    }
                    switch (line) {
                        case "[positive]" -> target = h.positive;
                        case "[negative]" -> target = h.negative;
                        case "[never-body]" -> target = h.comments;
                        default -> {
                            if (target == null) {
                                throw new IllegalStateException("html-hints.txt: word before a section: " + line);
                            }
                            target.add(line);
                        }
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return h;
        }
    }
}
