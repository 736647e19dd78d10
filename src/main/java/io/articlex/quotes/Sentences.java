package io.articlex.quotes;

/**
 * Sentence edges inside a paragraph, found by scanning a bounded distance from a position. A full stop
 * ends a sentence only when what follows starts one (a capital, a digit or a quotation mark) and the
 * word before it is neither an abbreviation ({@code Mr.}, {@code Va.}) nor an initial ({@code Leonard E. Burman}).
 */
final class Sentences {

    /** No attribution reaches further than this from its quote: keeps the work per quote bounded. */
    static final int REACH = 400;
    /** "G.K" of "Rep. G.K. Butterfield": initials, not a sentence end. */
    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\.){1,3}\\p{Lu}");

    private Sentences() {
    }

    /** Start of the sentence holding {@code pos}, never before {@code floor}. */
    static int startBefore(String p, int pos, int floor) {
        int lo = Math.max(floor, pos - REACH);
        for (int i = pos - 1; i > lo; i--) {
            if (WordTable.whitespace(p.charAt(i)) && mayEnd(p.charAt(i - 1)) && endsSentenceAt(p, i)) {
                return i + 1;
            }
        }
        return lo;
    }

    /** End (exclusive) of the sentence holding {@code pos}, never after {@code ceiling}. */
    static int endAfter(String p, int pos, int ceiling) {
        int hi = Math.min(ceiling, pos + REACH);
        for (int i = pos; i < hi; i++) {
            if (WordTable.whitespace(p.charAt(i)) && i > 0 && mayEnd(p.charAt(i - 1)) && endsSentenceAt(p, i)) {
                return i;
            }
        }
        return hi;
    }

    /**
     * {@link #startBefore(String, int, int)} of the paragraph {@code p[0, n)}, a char array: the attribution
     * steps ask each quote's sentence edges of the paragraph's array, where the string's index and coder
     * checks on every character (curly quotes make quoted paragraphs UTF-16) cost more than the scan.
     */
    static int startBefore(char[] p, int n, int pos, int floor) {
        int lo = Math.max(floor, pos - REACH);
        for (int i = pos - 1; i > lo; i--) {
            if (mayEndAscii(p[i - 1]) && WordTable.whitespace(p[i]) && endsSentenceAt(p, n, i)) {
                return i + 1;
            }
        }
        return lo;
    }

    /** {@link #endAfter(String, int, int)} of the paragraph {@code p[0, n)}. */
    static int endAfter(char[] p, int n, int pos, int ceiling) {
        int hi = Math.min(ceiling, pos + REACH);
        for (int i = Math.max(pos, 1); i < hi; i++) {
            if (mayEndAscii(p[i - 1]) && WordTable.whitespace(p[i]) && endsSentenceAt(p, n, i)) {
                return i;
            }
        }
        return hi;
    }

    /** {@link #endsSentenceAt(String, int)} of the paragraph {@code p[0, n)}. */
    private static boolean endsSentenceAt(char[] p, int n, int ws) {
        int k = ws - 1;
        while (k >= 0 && closing(p[k])) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char t = p[k];
        if (t != '.' && t != '?' && t != '!') {
            return false;
        }
        int next = ws + 1;
        while (next < n && WordTable.whitespace(p[next])) {
            next++;
        }
        if (next >= n) {
            return true;
        }
        char c = p[next];
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“'‘«„`".indexOf(c) >= 0)) {
            return false;
        }
        if (t == '.') {
            int w = k;
            while (w > 0 && !WordTable.whitespace(p[w - 1]) && "\"“(".indexOf(p[w - 1]) < 0) {
                w--;
            }
            // stopEndsSentence of the word, asked in place: the word is copied only for the initials' regex
            int len = k - w;
            if (len == 1 && Character.isUpperCase(p[w])) {
                return false;
            }
            boolean abbreviation = ABBREVIATIONS.has(p, w, k);
            if (!abbreviation && len >= 3 && hasStop(p, w + 1, k) && INITIALS.matcher(new String(p, w, len)).matches()) {
                return false;
            }
            return !abbreviation;
        }
        return true;
    }

    /** {@link Lexicon#abbreviations} asked of a stretch of an array in place. */
    private static final WordSet ABBREVIATIONS = new WordSet(Lexicon.get().abbreviations);

    /** Whether a full stop stands in {@code p[from, to)}. */
    private static boolean hasStop(char[] p, int from, int to) {
        for (int i = from; i < to; i++) {
            if (p[i] == '.') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the full stop after {@code word} (the characters back to white space, an opening mark or
     * bracket) ends a sentence: not after an initial, initials or an abbreviation.
     */
    private static boolean stopEndsSentence(String word) {
        if (word.length() == 1 && Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        if (word.length() >= 3 && word.indexOf('.') > 0 && INITIALS.matcher(word).matches() && !Lexicon.get().abbreviations.contains(word)) {
            return false;
        }
        return !Lexicon.get().abbreviations.contains(word);
    }

    /** {@link #mayEnd} of the ASCII characters, a table: the scans ask it of every character they pass. */
    private static final boolean[] MAY_END = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            MAY_END[c] = mayEnd(c);
        }
    }

    /**
     * {@link #mayEnd}, ASCII answered by the table (a character past ASCII may end a sentence only as a
     * closing mark). Asked before the white-space test: nearly every character of a sentence is no stop,
     * where one in six is a space. Kept under C1's 35 bytecodes, so that batches inline it in the scans.
     */
    static boolean mayEndAscii(char b) {
        return b < 128 ? MAY_END[b] : closing(b);
    }

    /**
     * Whether the character before a white space can end a sentence: a stop, or a closing mark after
     * one. Asked first, as nearly every white space follows a letter.
     */
    private static boolean mayEnd(char b) {
        return b == '.' || b == '?' || b == '!' || closing(b);
    }


    /** A closing mark or bracket after a sentence's final stop: {@code " ” ’ ' ) ] »}. */
    private static boolean closing(char c) {
        return c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»';
    }

    /** Whether the whitespace at {@code ws} separates two sentences. */
    static boolean endsSentenceAt(String p, int ws) {
        int k = ws - 1;
        while (k >= 0 && closing(p.charAt(k))) {
            k--;
        }
        if (k < 0) {
            return false;
        }
        char t = p.charAt(k);
        if (t != '.' && t != '?' && t != '!') {
            return false;
        }
        int next = ws + 1;
        while (next < p.length() && Character.isWhitespace(p.charAt(next))) {
            next++;
        }
        if (next >= p.length()) {
            return true;
        }
        char c = p.charAt(next);
        if (!(Character.isUpperCase(c) || Character.isDigit(c) || "\"“'‘«„`".indexOf(c) >= 0)) {
            return false;
        }
        if (t == '.') {
            int w = k;
            while (w > 0 && !Character.isWhitespace(p.charAt(w - 1)) && "\"“(".indexOf(p.charAt(w - 1)) < 0) {
                w--;
            }
            return stopEndsSentence(p.substring(w, k));
        }
        return true;
    }
}
