package io.articlex.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site split of a corpus, as the reference scorer's {@code --half} makes it: a case is keyed by
 * the host of the first URL in its gold {@code origin} ({@code www.} dropped), else by the outlet an
 * invented case is written "in the style of", else by its own file stem; it is in half A when the
 * first byte of the SHA-1 of that key is even. Keying by site keeps every page of one site in the same
 * half, so a rule tuned on half A is checked on sites it has not seen.
 */
public final class SiteHalf {

    /** Python's {@code \s} on a str: the code points {@code str.isspace()} accepts (see {@link PyText}). */
    private static final String SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    private static final Pattern URL_HOST = Pattern.compile("https?://(?:www\\.)?([^/" + SPACE + "]+)");
    private static final Pattern STYLE_OF = Pattern.compile("in the style of ([^(]+?)[" + SPACE + "]*(?:\\(|\\n?\\z)");

    private SiteHalf() {
    }

    /** "A" or "B" for a case with this gold object and file stem (the gold file name less {@code .gold.json}). */
    public static String of(JsonNode gold, String stem) {
        JsonNode o = gold.get("origin");
        String origin = o != null && o.isTextual() ? o.asText() : "";
        String key = key(origin, stem);
        return firstByte(key) % 2 == 0 ? "A" : "B";
    }

    /** The split key: URL host, else "in the style of" outlet, else the stem; stripped and lower-cased. */
    static String key(String origin, String stem) {
        Matcher m = URL_HOST.matcher(origin);
        if (!m.find()) {
            m = STYLE_OF.matcher(origin);
            if (!m.find()) {
                return stem;
            }
        }
        return strip(m.group(1)).toLowerCase(Locale.ROOT);
    }

    private static String strip(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && PyText.isSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && PyText.isSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static int firstByte(String key) {
        try {
            return MessageDigest.getInstance("SHA-1").digest(key.getBytes(StandardCharsets.UTF_8))[0] & 0xFF;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-1", e);
        }
    }
}
