package io.articlex.html;

import java.util.List;

/**
 * Cuts tag names longer than {@link #LIMIT} characters before the page reaches jsoup.
 *
 * <p>Why: jsoup's tokeniser reads a tag name in chunks and lower-cases the whole name so far after
 * each chunk, so a name of n characters costs time in n squared: a page holding one 6 MB tag name
 * ({@code <aaaa...>}, or {@code </aaaa...>}) took about a minute, and a 50 MB one would take an hour.
 * No element name is that long (the longest in HTML has 10 characters; custom elements a few dozen),
 * so a name is cut to its first {@link #LIMIT} characters and the rest of it dropped; the tag's
 * attributes and everything after it are kept. The content of comments and of raw-text elements
 * (scripts, styles) is text, where only an end tag's name counts. One scan from {@code <} to
 * {@code <}, linear; the page is copied only when a name is cut.
 */
final class NameCap {

    /** Longest tag name kept. */
    static final int LIMIT = 256;

    private static final List<String> RAW = List.of("script", "style", "textarea", "title", "xmp", "iframe",
            "noembed", "noframes", "noscript");

    static final String WARNING = "page has tag names longer than " + LIMIT + " characters; they were cut";

    private NameCap() {
    }

    /** The page with every over-long tag name cut, and a warning; the very same instance when none is. */
    static String apply(String html, List<String> warnings) {
        char[] page = html.toCharArray();
        char[] capped = apply(page, warnings);
        return capped == page ? html : new String(capped);
    }

    /** The page with every over-long tag name cut, and a warning; the very same array when none is. */
    static char[] apply(char[] html, List<String> warnings) {
        StringBuilder out = null;
        int copied = 0;
        int n = html.length;
        String raw = null;
        int lt = PageChars.indexOf(html, '<', 0);
        while (lt >= 0) {
            if (raw == null && PageChars.startsWith(html, "<!--", lt)) {
                int close = PageChars.indexOf(html, "-->", lt + 4);
                lt = close < 0 ? -1 : PageChars.indexOf(html, '<', close + 3);
                continue;
            }
            int start = lt + 1;
            boolean end = start < n && html[start] == '/';
            if (end) {
                start++;
            }
            int stop = start;
            if (start < n && isAsciiLetter(html[start]) && (raw == null || end)) {
                stop = nameEnd(html, start);
                if (stop - start > LIMIT) {
                    if (out == null) {
                        out = new StringBuilder(n);
                    }
                    out.append(html, copied, start + LIMIT - copied);
                    copied = stop;
                } else if (raw == null && !end) {
                    raw = rawTextElement(html, start, stop);
                } else if (raw != null && stop - start == raw.length() && PageChars.regionMatchesIgnoreCase(html, start, raw)) {
                    raw = null;
                }
            }
            lt = PageChars.indexOf(html, '<', Math.max(stop, lt + 1));
        }
        if (out == null) {
            return html;
        }
        warnings.add(WARNING);
        return out.append(html, copied, n - copied).toString().toCharArray();
    }

    /**
     * The element's name when its content is raw text up to its end tag (a script, a style ...): in
     * there a {@code <} followed by letters is text ({@code i<n;i++} in a minified script) and only an
     * end tag's name is read as one.
     */
    private static String rawTextElement(char[] html, int start, int stop) {
        // The name opens with an ASCII letter: every raw-text name opens with one of these five, and
        // most tags (div, a, p, span, li) are told by that letter without trying the nine names.
        char first = (char) (html[start] | 0x20);
        if (first != 's' && first != 't' && first != 'x' && first != 'i' && first != 'n') {
            return null;
        }
        for (String r : RAW) {
            if (stop - start == r.length() && PageChars.regionMatchesIgnoreCase(html, start, r)) {
                return r;
            }
        }
        return null;
    }

    /** Where a tag name starting at {@code from} ends: white space, a slash or {@code >}, as the tokeniser reads it. */
    private static int nameEnd(char[] html, int from) {
        int i = from;
        int n = html.length;
        while (i < n) {
            char c = html[i];
            if (c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                break;
            }
            i++;
        }
        return i;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
