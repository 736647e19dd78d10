package io.articlex.normalize;

/**
 * Makes text uniform before segmentation: CRLF and CR become LF, no-break and other odd spaces
 * become plain spaces, zero-width characters and stray control characters go. Nothing else is
 * changed: quotation marks, dashes and mojibake are kept as found, because the output must quote
 * the input's own characters.
 */
public final class Normalizer {

    private Normalizer() {
    }

    public static String normalize(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && kept(text.charAt(i))) {
            i++;
        }
        if (i == n) {
            return text; // most inputs: nothing to change, no copy
        }
        StringBuilder out = new StringBuilder(n);
        out.append(text, 0, i);
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (kept(c)) {
                int from = i;
                while (i + 1 < n && kept(text.charAt(i + 1))) {
                    i++;
                }
                out.append(text, from, i + 1);
                continue;
            }
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < n && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\n' -> out.append('\n');
                case '\t', '\u000B', '\u000C', '\u00A0', '\u1680', '\u202F', '\u205F', '\u3000', '\u2800' -> out.append(' ');
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                case '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD' -> {
                    // zero-width and soft hyphen: invisible, and they break word matching
                }
                default -> {
                    if (c >= '\u2000' && c <= '\u200A') {
                        out.append(' ');
                    } else if (c < ' ' || (c >= '\u007F' && c < '\u00A0')) {
                        // other C0/C1 controls (Reuters' end-of-text byte and the like) carry no text
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /**
     * A character the switch in {@link #normalize} copies unchanged, tested cheaply (a subset: anything
     * else goes through the switch). Copying runs of these in bulk, and returning the input itself when
     * all of it is kept, took the per-character StringBuilder.append (~2% of a text parse) off most texts.
     */
    private static boolean kept(char c) {
        return c >= ' ' && c < '\u007F' || c == '\n' || c > '\u00A0' && c < '\u1680' && c != '\u00AD';
    }
}
