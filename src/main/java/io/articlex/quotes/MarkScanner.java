package io.articlex.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the stretches of a paragraph that stand between quotation marks, in one left-to-right pass.
 *
 * <p>Double marks: straight {@code "}, curly {@code “ ”}, NYT's two apostrophes {@code ''}, the typewriter
 * pair of two backticks closed by two apostrophes ({@code ``...''}, in 1980s-90s wire archives), a
 * straight mark closed by a curly one ({@code "...”}, as some sites' editors leave them),
 * {@code „ “}, guillemets both ways ({@code « »}, also set off by spaces, and {@code » «}), {@code ‹ ›},
 * corner brackets {@code 「 」}, the Dutch papers' two commas closed by two apostrophes or a curly
 * mark ({@code ,,...''}, a typewriter's low double quote) and the cp1251 mojibake of curly
 * quotes ({@code вЂњ … вЂќ}, kept as found in scraped copy). A double mark that is never closed runs to
 * the next opening mark or the paragraph's end (the seed's second quote).
 *
 * <p>Single marks ({@code ‘ ’} and {@code '}) are scanned only when the caller says the article uses
 * them as its primary marks (British copy); they must open after a boundary, be followed by a
 * letter, and close before a non-letter inside the same paragraph, so apostrophes in {@code Iran's},
 * {@code '90s} and {@code rock 'n' roll} never open a quote worth keeping. Marks nested inside a span
 * are skipped with it.
 */
final class MarkScanner {

    private MarkScanner() {
    }

    private record Pair(String open, String[] closers, boolean straight, boolean single) {
    }

    private static final Pair[] PAIRS = {
            new Pair("вЂњ", new String[] {"вЂќ", "вЂњ"}, false, false),
            new Pair("''", new String[] {"''"}, true, false),
            new Pair("\"", new String[] {"\"", "”"}, true, false),
            new Pair("“", new String[] {"”", "\""}, false, false),
            new Pair("„", new String[] {"“", "”"}, false, false),
            new Pair("«", new String[] {"»"}, false, false),
            new Pair("»", new String[] {"«"}, false, false),
            new Pair("‹", new String[] {"›"}, false, false),
            new Pair("「", new String[] {"」"}, false, false),
            new Pair("‘", new String[] {"’"}, false, true),
            new Pair("'", new String[] {"'"}, true, true),
            new Pair("``", new String[] {"''"}, false, false),
            new Pair(",,", new String[] {"''", "”", "“", "\""}, false, false),
    };

    /**
     * Whether a mark (opening or closing) can start with {@code c}: the scan skips all other characters at
     * once. A switch, not a search of a string of the marks: in a text in Cyrillic or Greek every
     * character is past ASCII and was looked for among the marks one by one.
     */
    static boolean markStart(char c) {
        if (c < 128) {
            return c == '"' || c == '\'' || c == '`';
        }
        return switch (c) {
            case 'в', 'Ђ', '“', '”', '„', '«', '»', '‘', '’', '‹', '›', '「', '」' -> true;
            default -> false;
        };
    }

    /** Spans of {@code p} in order; {@code singles} turns on single quotes as primary marks. */
    static List<Span> scan(String p, boolean singles) {
        return scan(p, singles, new byte[p.length()]);
    }

    /** {@link #scan(String, boolean, byte[], long[], int)} without the capitals' mask. */
    static List<Span> scan(String p, boolean singles, byte[] lows) {
        return scan(p, singles, lows, null, 0);
    }

    /** {@link #LOW}: a low byte no mark and no capital has. */
    private static final byte PLAIN = 0;
    /** {@link #LOW}: the low byte of a character that can start a mark ({@link #markStart}). */
    private static final byte MARK = 1;
    /** {@link #LOW}: an ASCII capital's low byte (also that of some characters past Latin-1: a mask only gains bits by them). */
    private static final byte CAPITAL = 2;

    /**
     * The bit of {@link #capitals} a capital {@code c} followed by {@code next} sets, both as low bytes;
     * 0 when {@code word} opens with no ASCII capital or has one character: such a word's paragraphs
     * cannot be told by the mask.
     */
    static long capitalBit(String word) {
        if (word.length() < 2) {
            return 0;
        }
        char c = word.charAt(0);
        return c >= 'A' && c <= 'Z' ? 1L << (c * 7 + (word.charAt(1) & 0xFF)) : 0;
    }

    /**
     * For each byte value, what a character whose low byte it is may be: the start of a mark, an ASCII
     * capital (for the paragraph's mask of capitals), or neither. The scan reads the paragraph's low bytes
     * and looks at the character itself only where this says it may be a mark or a capital.
     */
    private static final byte[] LOW = new byte[256];

    /** Every character {@link #markStart} accepts. */
    static final String MARK_STARTS = "\"'`вЂ“”„«»‘’‹›「」";

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            LOW[c] = CAPITAL;
        }
        for (int k = 0; k < MARK_STARTS.length(); k++) {
            LOW[MARK_STARTS.charAt(k) & 0xFF] = MARK;
        }
        // a comma opens only as the first of two ({@code ,,}), and closes nothing: not in markStart
        LOW[','] = MARK;
    }

    /** Whether {@code c}'s low byte is that of a character that can start a mark: never false where {@link #markStart} is true. */
    static boolean markLow(char c) {
        return LOW[c & 0xFF] == MARK;
    }

    /**
     * The mask of the capitals at {@code lows[from, n - 1)}: for each ASCII capital's low byte, the bit that it
     * and the next low byte choose ({@link #capitalBit}). A word that opens with an ASCII capital and whose bit is not
     * set is not in the text: its first two characters' low bytes would have set it.
     */
    static long capitals(byte[] lows, int from, int n) {
        long mask = 0;
        for (int i = from; i + 1 < n; i++) {
            int b = lows[i];
            if (LOW[b & 0xFF] == CAPITAL) {
                mask |= 1L << (b * 7 + (lows[i + 1] & 0xFF));
            }
        }
        return mask;
    }

    /**
     * {@link #scan(String, boolean)} with {@code lows} (at least as long as {@code p}) to read the
     * characters' low bytes in: the stage passes one array for all the paragraphs of an article. A
     * paragraph with no quoted stretch (most of them) gets the shared empty list.
     *
     * <p>Why low bytes: every paragraph is scanned, so the scan is paid per character of the whole text.
     * Batches run C1 code, in which {@code String.charAt} on a paragraph holding any character past
     * Latin-1 (a curly quote, a dash) is a call with an index check per character, and {@code getChars}
     * into a {@code char[]} widens a Latin-1 paragraph one byte at a time; {@code getBytes} copies a
     * Latin-1 paragraph's bytes at once (an English paragraph without curly marks, most of the text) and
     * gives the low byte of each character of any other. A character is read only where its low byte is
     * that of a mark (the digits 2 and 9, a colon: a handful per paragraph). This also replaced a
     * rejection of mark-less paragraphs by one {@code indexOf} per opening mark, seven passes over each.
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low bytes are what is wanted
    static List<Span> scan(String p, boolean singles, byte[] lows, long[] caps, int at) {
        List<Span> out = null;
        int n = p.length();
        p.getBytes(0, n, lows, 0);
        // the capitals' mask is read on the way: each character is read once, by this loop or by the walk
        // to a closing mark
        long mask = 0;
        int i = 0;
        while (i < n) {
            int b = lows[i];
            byte k = LOW[b & 0xFF];
            if (k == PLAIN) {
                i++;
                continue;
            }
            if (k == CAPITAL) {
                if (i + 1 < n) {
                    mask |= 1L << (b * 7 + (lows[i + 1] & 0xFF));
                }
                i++;
                continue;
            }
            char ch = p.charAt(i);
            // an apostrophe opens a double span only as the first of two, and a single one only when asked;
            // a comma only as the first of two
            if (ch == ',' ? i + 1 >= n || p.charAt(i + 1) != ','
                    : ch == '\'' ? !singles && (i + 1 >= n || p.charAt(i + 1) != '\'') : !markStart(ch)) {
                i++;
                continue;
            }
            Pair pair = openingAt(p, i, singles);
            if (pair == null) {
                i++;
                continue;
            }
            int textStart = i + pair.open.length();
            int close = -1;
            String closer = null;
            int stop = n;
            for (int j = textStart; j < n; j++) {
                int lb = lows[j];
                byte kj = LOW[lb & 0xFF];
                if (kj != MARK) {
                    if (kj == CAPITAL && j + 1 < n) {
                        mask |= 1L << (lb * 7 + (lows[j + 1] & 0xFF));
                    }
                    continue;
                }
                if (!markStart(p.charAt(j))) {
                    continue;
                }
                if (pair == PAIRS[2]) {
                    int inner = innerCurlyEnd(p, j);
                    if (inner > 0) {
                        mask |= capitals(lows, j, inner + 1); // the inner quotation's capitals, passed by
                        j = inner;
                        continue;
                    }
                }
                String c = closerAt(p, j, pair);
                if (c != null && j > textStart) {
                    close = j;
                    closer = c;
                    break;
                }
                if (!pair.single && j > textStart && openingAt(p, j, false) == pair && !pair.straight) {
                    stop = j;
                    break;
                }
                if (!pair.single && pair.straight && j > textStart && startsStraightOpener(p, j, pair)) {
                    stop = j;
                    break;
                }
            }
            if (out == null) {
                out = new ArrayList<>(4);
            }
            if (close >= 0) {
                out.add(new Span(i, textStart, close, close + closer.length(), true, pair.single));
                i = close + closer.length();
            } else if (pair.single) {
                i = textStart;
            } else {
                int end = stop;
                while (end > textStart && Character.isWhitespace(p.charAt(end - 1))) {
                    end--;
                }
                out.add(new Span(i, textStart, end, end, false, false));
                i = stop;
            }
        }
        if (caps != null) {
            caps[at] = mask;
        }
        return out == null ? List.of() : out;
    }

    /**
     * Where a curly quotation inside a straight one ends ({@code "... “rant,” ...}, {@code "... „upartych
     * partnerów” ..."}): its closer, if it comes before the next straight mark; else -1. A straight quotation
     * may close with a curly mark, so the inner one's closer must not be taken for the outer one's.
     */
    private static int innerCurlyEnd(String p, int j) {
        char open = p.charAt(j);
        if (open != '“' && open != '„') {
            return -1;
        }
        for (int k = j + 1; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == '"') {
                return -1;
            }
            if (c == '”' || c == '“' && open == '„') {
                return k;
            }
        }
        return -1;
    }

    /** Whether the paragraph holds a closed double-mark span of more than a couple of words: then the article quotes with double marks. */
    static boolean hasDoubleSpan(List<Span> spans) {
        // indexed: asked of every paragraph, and an iterator of even the shared empty list is an allocation
        for (int k = 0; k < spans.size(); k++) {
            Span s = spans.get(k);
            if (s.closed() && s.textEnd() - s.textStart() > 12) {
                return true;
            }
        }
        return false;
    }

    private static Pair openingAt(String p, int i, boolean singles) {
        // Every opener starts with a quote mark or a non-ASCII character (the mojibake one): the other
        // ASCII characters, nearly all of any text, need no look at the pairs. Cut the scan's share
        // of a batch profile from 8% to ~0.
        char c = p.charAt(i);
        if (c < 0x80 && c != '"' && c != '\'' && c != '`' && c != ',') {
            return null;
        }
        // the one pair whose opening mark can start here: no two openers share a first character, but
        // for the two apostrophes and the single one, which the character after tells apart
        Pair pair = switch (c) {
            case 'в' -> PAIRS[0];
            case '\'' -> i + 1 < p.length() && p.charAt(i + 1) == '\'' ? PAIRS[1] : PAIRS[10];
            case '"' -> PAIRS[2];
            case '“' -> PAIRS[3];
            case '„' -> PAIRS[4];
            case '«' -> PAIRS[5];
            case '»' -> PAIRS[6];
            case '‹' -> PAIRS[7];
            case '「' -> PAIRS[8];
            case '‘' -> PAIRS[9];
            case '`' -> PAIRS[11];
            case ',' -> PAIRS[12];
            default -> null;
        };
        if (pair == null || (pair.single && !singles) || !p.startsWith(pair.open, i)) {
            return null;
        }
        int after = i + pair.open.length();
        if (after >= p.length() || Character.isWhitespace(p.charAt(after)) && !spacedGuillemet(p, pair, after)) {
            return null;
        }
        if (pair.single || pair.straight || pair == PAIRS[6]) {
            if (!boundaryBefore(p, i)) {
                return null;
            }
            if (pair.single && !Character.isLetter(p.charAt(after))) {
                return null;
            }
        }
        if (pair == PAIRS[12] && (!Character.isLetterOrDigit(p.charAt(after)) || !boundaryBefore(p, i))) {
            return null; // ",,Dit": a word follows at once, after a space or the paragraph's start
        }
        return pair;
    }

    /**
     * French sets its guillemets off with a space ({@code « Nous voulons … »}), often a no-break or narrow
     * no-break one that a normaliser may have turned into a plain space: one space after {@code «} still
     * opens a quote when a word follows it.
     */
    private static boolean spacedGuillemet(String p, Pair pair, int after) {
        return pair.open.equals("«") && after + 1 < p.length() && Character.isLetterOrDigit(p.charAt(after + 1));
    }

    private static boolean startsStraightOpener(String p, int j, Pair pair) {
        if (!p.startsWith(pair.open, j) || j == 0 || !Character.isWhitespace(p.charAt(j - 1))) {
            return false;
        }
        int after = j + pair.open.length();
        return after < p.length() && !Character.isWhitespace(p.charAt(after));
    }

    private static String closerAt(String p, int j, Pair pair) {
        for (String c : pair.closers) {
            if (!p.startsWith(c, j)) {
                continue;
            }
            if (pair.straight || pair.single) {
                int after = j + c.length();
                if (Character.isWhitespace(p.charAt(j - 1)) && !spacedAfterInner(p, j, after, pair)) {
                    continue;
                }
                if (after < p.length() && Character.isLetterOrDigit(p.charAt(after))) {
                    continue;
                }
                if (c.equals("'") && (p.startsWith("''", j) || (j > 0 && p.charAt(j - 1) == '\''))) {
                    continue;
                }
            }
            return c;
        }
        return null;
    }

    /**
     * Whether a straight double mark after a space closes its quotation: the space only sets it off from
     * the single mark that closes a quotation inside it ({@code "... call it the 'Clinton machine,' " said
     * ...}), as American papers print the two marks, and no word follows it. Read as an opening mark, it
     * ran the quote on through its attribution, which was lost.
     */
    private static boolean spacedAfterInner(String p, int j, int after, Pair pair) {
        if (pair.single || j < 3 || p.charAt(j - 1) != ' ') {
            return false;
        }
        char inner = p.charAt(j - 2);
        return (inner == '\'' || inner == '’') && (after >= p.length() || !Character.isLetterOrDigit(p.charAt(after)))
                && p.lastIndexOf(inner == '’' ? '‘' : '\'', j - 3) > 0;
    }

    private static boolean boundaryBefore(String p, int i) {
        if (i == 0) {
            return true;
        }
        char c = p.charAt(i - 1);
        return Character.isWhitespace(c) || "([{—–-:/\"“‘«»„".indexOf(c) >= 0;
    }
}
