package io.articlex.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.function.IntUnaryOperator;

/**
 * Text keys for scoring, written to give the same strings as the reference scorer
 * ({@code tools/score.py}): NFKC, curly quotes and dashes folded to ASCII, whitespace runs collapsed,
 * and "word" characters as Python's {@code \w} understands them. The figures of {@code articlex eval}
 * are only worth quoting if they agree with that scorer to the fourth decimal, so the character
 * classes here follow Python rather than {@link java.util.regex.Pattern}: Java's Unicode {@code \w}
 * also takes combining marks, which Python's does not, and Java's {@code \s} misses NBSP-like spaces.
 */
public final class PyText {

    private PyText() {
    }

    /** {@code norm()}: NFKC, quote/dash map, whitespace runs to one space, stripped; null stays null. */
    public static String norm(String s) {
        if (s == null) {
            return null;
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return joinRuns(n, PyText::mapQuote, PyText::isSpace);
    }

    /** {@code key()}: lower-cased norm with every run of non-word characters turned into one space, stripped. */
    public static String key(String s) {
        if (s == null) {
            return null;
        }
        return joinRuns(norm(s).toLowerCase(Locale.ROOT), cp -> cp, cp -> !isWord(cp));
    }

    /**
     * The code points of {@code n}, each passed through {@code map}, with every run of separators
     * turned into one space and none at either end: the shape both {@code norm()} and {@code key()} share.
     */
    private static String joinRuns(String n, IntUnaryOperator map, IntPredicate separator) {
        StringBuilder b = new StringBuilder(n.length());
        boolean pendingSpace = false;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            i += Character.charCount(cp);
            cp = map.applyAsInt(cp);
            if (separator.test(cp)) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && b.length() > 0) {
                b.append(' ');
            }
            pendingSpace = false;
            b.appendCodePoint(cp);
        }
        return b.toString();
    }

    /** {@code tokens()}: the {@code \w+} runs of the lower-cased norm; null counts as empty text. */
    public static List<String> tokens(String s) {
        String n = norm(s == null ? "" : s).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i < n.length(); ) {
            int cp = n.codePointAt(i);
            if (isWord(cp)) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                out.add(n.substring(start, i));
                start = -1;
            }
            i += Character.charCount(cp);
        }
        if (start >= 0) {
            out.add(n.substring(start));
        }
        return out;
    }

    /** Python's {@code str.isspace()}, which is what its {@code \s} and {@code strip()} match. */
    static boolean isSpace(int cp) {
        return switch (cp) {
            case '\t', '\n', 0x0B, '\f', '\r', 0x1C, 0x1D, 0x1E, 0x1F, ' ', 0x85, 0xA0, 0x1680,
                    0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> cp >= 0x2000 && cp <= 0x200A;
        };
    }

    /** Python's {@code \w}: letters, anything numeric (decimal, digit or numeric), and the underscore. */
    static boolean isWord(int cp) {
        if (cp == '_') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER:
                return true;
            default:
                return false;
        }
    }

    private static int mapQuote(int cp) {
        return switch (cp) {
            case 0x201C, 0x201D, 0x201E, 0xAB, 0xBB -> '"';
            case 0x2018, 0x2019, 0x201A, 0x2032 -> '\'';
            case 0x2013, 0x2014, 0x2212 -> '-';
            case 0xA0 -> ' ';
            default -> cp;
        };
    }
}
