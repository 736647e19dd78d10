package io.articlex.html;

import io.articlex.input.Decoded;
import io.articlex.input.Decoder;
import io.articlex.input.MetaCharset;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a page's bytes: a byte-order mark first, then the charset the page declares
 * ({@code <meta charset>}, {@code http-equiv="Content-Type"}, or the XML declaration), then the text
 * decoder's own rule (strict UTF-8, else windows-1252 with a warning).
 *
 * <p>A declaration is not trusted blindly. Pages saved from a browser or fetched by a tool are often
 * re-encoded to UTF-8 while the meta tag still names the old charset; reading those bytes as
 * windows-1251 would garble every letter silently. So when a page declares a legacy charset but its
 * bytes are valid UTF-8 with non-ASCII sequences (which legacy text almost never is), UTF-8 wins and
 * a warning says so.
 */
public final class HtmlDecoder {

    /** Browsers look for the declaration in the first 1024 bytes; saved pages often push it further. */
    private static final int PRESCAN = 16 * 1024;

    /** Bounded gaps: a 16 KB window cannot make this backtrack badly. */
    private static final Pattern XML_ENCODING = Pattern.compile(
            "^\\s{0,10}<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]{1,40})");

    private HtmlDecoder() {
    }

    public static Decoded decode(byte[] bytes) {
        return hasBom(bytes) ? Decoder.decode(bytes) : decode(bytes, declaredCharset(bytes));
    }

    /**
     * The page's characters as {@link #decode} gives them, its warnings added to {@code warnings}. A page
     * without a byte-order mark that declares UTF-8 or nothing, and whose bytes are well-formed UTF-8
     * that the text decoder would take as they are (most pages), is decoded straight into the array
     * ({@link PageChars#utf8}); any other goes through {@link #decode} and is copied out of its string.
     */
    static char[] chars(byte[] bytes, List<String> warnings) {
        if (hasBom(bytes)) {
            return copy(Decoder.decode(bytes), warnings);
        }
        String declared = declaredCharset(bytes);
        if (declared == null || StandardCharsets.UTF_8.equals(lookup(declared))) {
            char[] chars = PageChars.utf8(bytes);
            if (chars != null && !PageChars.blank(chars) && Decoder.utf8AsIs(bytes)) {
                return chars;
            }
        }
        return copy(decode(bytes, declared), warnings);
    }

    private static char[] copy(Decoded d, List<String> warnings) {
        warnings.addAll(d.warnings());
        return d.text().toCharArray();
    }

    /** {@link #decode} of a page without a byte-order mark that declares {@code declared} (null: none). */
    private static Decoded decode(byte[] bytes, String declared) {
        if (declared == null) {
            return Decoder.decode(bytes);
        }
        Charset cs = lookup(declared);
        if (cs == null) {
            Decoded d = Decoder.decode(bytes);
            List<String> w = new ArrayList<>();
            w.add("page declares unknown charset '" + declared + "'; decoded as " + d.charset());
            w.addAll(d.warnings());
            return new Decoded(d.text(), d.charset(), w);
        }
        if (cs.equals(StandardCharsets.UTF_8)) {
            return Decoder.decode(bytes);
        }
        String utf8 = strictUtf8(bytes);
        if (utf8 != null && hasNonAscii(bytes)) {
            return new Decoded(utf8, "UTF-8",
                    List.of("page declares " + cs.name() + " but its bytes are UTF-8; decoded as UTF-8"));
        }
        String text = new String(bytes, cs);
        long bad = text.chars().filter(c -> c == '\uFFFD').count();
        return new Decoded(text, cs.name(), bad == 0 ? List.of()
                : List.of(bad + " byte sequence(s) are not valid " + cs.name() + " and were replaced with U+FFFD"));
    }

    /** The charset named by the page's markup, lower-case, or null. */
    static String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN), StandardCharsets.ISO_8859_1);
        if (!opensWithXmlDeclaration(head)) {
            // The meta pattern ignores case itself: lower-casing the 16 KB first is needed only for
            // the XML declaration's pattern (about 1% of reading a page).
            return MetaCharset.label(head);
        }
        head = head.toLowerCase(Locale.ROOT);
        Matcher x = XML_ENCODING.matcher(head);
        if (x.find()) {
            return x.group(1);
        }
        return MetaCharset.label(head);
    }

    /** Whether {@link #XML_ENCODING} could match: {@code <?xml} in any case after at most ten white-space characters. */
    private static boolean opensWithXmlDeclaration(String head) {
        int i = 0;
        while (i < 10 && i < head.length() && " \t\n\u000B\f\r".indexOf(head.charAt(i)) >= 0) {
            i++;
        }
        return head.regionMatches(true, i, "<?xml", 0, 5);
    }

    /**
     * Maps a declared name to a charset the way browsers do: a page cannot declare UTF-16 in ASCII
     * markup (so it means UTF-8), and ISO-8859-1 / US-ASCII labels mean windows-1252, whose extra
     * letters (curly quotes, dashes) such pages do use.
     */
    static Charset lookup(String name) {
        switch (name) {
            case "utf-16", "utf-16le", "utf-16be", "unicode", "utf8" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "iso8859-1", "latin1", "latin-1", "us-ascii", "ascii" -> {
                return Charset.forName("windows-1252");
            }
            default -> {
                try {
                    return Charset.forName(name);
                } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
                    return null;
                }
            }
        }
    }

    private static String strictUtf8(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF
                || b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE
                || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }
}
