package io.articlex.quotes;

import java.util.List;

/**
 * The words of a text as {@link Phrase#words} cuts them (a letter or digit, then letters, digits and
 * {@code . ' ’ -}), kept as index pairs into the text instead of strings. Made once for the words
 * before a cue, it serves every question the search for a speaker asks of them ("is the first word a
 * determiner?", "do the last two start with capitals?") over the whole text or any comma segment of
 * it, where each question used to split its segment into new strings again.
 *
 * <p>The text is a stretch of a char array (a quoted paragraph's, {@link QuotedText}) and the indices are
 * the array's: the words are read in place, without a string's index and coder checks per character.
 */
final class WordTable {

    /** The array the text is a stretch of; word positions are indices into it. */
    final char[] chars;
    private int[] starts;
    private int[] ends;
    private int size;

    private WordTable(char[] chars) {
        this.chars = chars;
        int guess = 8;
        starts = new int[guess];
        ends = new int[guess];
    }

    /** The words of {@code s}, at their positions in {@code s}. */
    static WordTable of(String s) {
        return of(s.toCharArray(), 0, s.length());
    }

    /**
     * The words of the text {@code a[from, to)}: its edges bound words as a string's ends do. {@code from}
     * may be the start of a comma segment of a longer text: the speaker search reads the last segments of
     * a text, seldom its first.
     */
    static WordTable of(char[] a, int from, int to) {
        WordTable t = new WordTable(a);
        int i = from;
        while (i < to) {
            if (!letterOrDigit(a[i])) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < to && Phrase.wordTail(a[e])) {
                e++;
            }
            t.add(i, e);
            i = e;
        }
        return t;
    }

    /** The first word of the text {@code a[from, to)} alone: a table of one word, or none. */
    static WordTable firstWord(char[] a, int from, int to) {
        WordTable t = new WordTable(a);
        for (int i = from; i < to; i++) {
            if (letterOrDigit(a[i])) {
                int e = i + 1;
                while (e < to && Phrase.wordTail(a[e])) {
                    e++;
                }
                t.add(i, e);
                break;
            }
        }
        return t;
    }

    /**
     * Whether each Latin character (below U+0250) is a letter or digit, and each ASCII one white space: the
     * scans of the attribution path ask these of every character they pass, in C1 code (batches, single
     * files), where a method of more than 35 bytecodes is not inlined and {@code Character}'s tests are two
     * calls each. A comparison chain for ASCII made them a call per character; a table look-up keeps them
     * small enough to inline.
     */
    private static final boolean[] LATIN_LETTER_OR_DIGIT = new boolean[0x250];
    private static final boolean[] ASCII_WHITESPACE = new boolean[128];

    static {
        for (char c = 0; c < LATIN_LETTER_OR_DIGIT.length; c++) {
            LATIN_LETTER_OR_DIGIT[c] = Character.isLetterOrDigit(c);
        }
        for (char c = 0; c < 128; c++) {
            ASCII_WHITESPACE[c] = Character.isWhitespace(c);
        }
    }

    /**
     * {@link Character#isLetterOrDigit(char)}: the Latin letters (ASCII to Latin Extended-B, nearly every
     * character of copy in a Latin script) by a table, the basic Cyrillic block by its range.
     */
    static boolean letterOrDigit(char c) {
        return c < 0x250 ? LATIN_LETTER_OR_DIGIT[c] : wideLetterOrDigit(c);
    }

    private static boolean wideLetterOrDigit(char c) {
        return c >= 0x400 && c < 0x460 || Character.isLetterOrDigit(c);
    }

    /** {@link Character#isWhitespace(char)}, ASCII answered by a table. */
    static boolean whitespace(char c) {
        return c < 128 ? ASCII_WHITESPACE[c] : Character.isWhitespace(c);
    }

    private void add(int start, int end) {
        if (size == starts.length) {
            starts = java.util.Arrays.copyOf(starts, size * 2);
            ends = java.util.Arrays.copyOf(ends, size * 2);
        }
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    int size() {
        return size;
    }

    int start(int k) {
        return starts[k];
    }

    int end(int k) {
        return ends[k];
    }

    int length(int k) {
        return ends[k] - starts[k];
    }

    /** Word {@code k} as a string. */
    String word(int k) {
        return new String(chars, starts[k], ends[k] - starts[k]);
    }

    char first(int k) {
        return chars[starts[k]];
    }

    char last(int k) {
        return chars[ends[k] - 1];
    }

    boolean capital(int k) {
        return Character.isUpperCase(chars[starts[k]]);
    }

    /** Word {@code k} is {@code w}, as written. */
    boolean is(int k, String w) {
        int len = ends[k] - starts[k];
        if (len != w.length()) {
            return false;
        }
        for (int i = 0, at = starts[k]; i < len; i++) {
            if (chars[at + i] != w.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Word {@code k} lower-cased is {@code w}, a lower-case ASCII word. */
    boolean lowerIs(int k, String w) {
        return WordSet.lowerIs(chars, starts[k], ends[k], w);
    }

    boolean in(WordSet set, int k) {
        return set.has(chars, starts[k], ends[k]);
    }

    boolean lowerIn(WordSet set, int k) {
        return set.hasLower(chars, starts[k], ends[k]);
    }

    /** {@link Lexicon#isRole(String)} of word {@code k}. */
    boolean isRole(int k) {
        return Lexicon.get().isRole(chars, starts[k], ends[k]);
    }

    /** Word {@code k} lower-cased ends with {@code suffix}, a lower-case ASCII suffix. */
    boolean lowerEndsWith(int k, String suffix) {
        return lowerEndsWith(chars, starts[k], ends[k], suffix);
    }

    /** The length of word {@code k} lower-cased. */
    int lowerLength(int k) {
        return lowerLength(chars, starts[k], ends[k]);
    }

    /** {@link #lowerEndsWith(String, int, int, String)} of {@code a[from, to)}. */
    static boolean lowerEndsWith(char[] a, int from, int to, String suffix) {
        if (!narrow(a, from, to)) {
            return new String(a, from, to - from).toLowerCase(java.util.Locale.ROOT).endsWith(suffix);
        }
        int len = suffix.length();
        if (to - from < len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (WordSet.lower(a[to - len + k]) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #lowerLength(String, int, int)} of {@code a[from, to)}. */
    static int lowerLength(char[] a, int from, int to) {
        return narrow(a, from, to) ? to - from : new String(a, from, to - from).toLowerCase(java.util.Locale.ROOT).length();
    }

    /** {@link #narrow(String, int, int)} of {@code a[from, to)}. */
    static boolean narrow(char[] a, int from, int to) {
        for (int i = from; i < to; i++) {
            if (a[i] >= 0x100) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.substring(from, to).toLowerCase(Locale.ROOT).endsWith(suffix)}, {@code suffix} lower-case ASCII. */
    static boolean lowerEndsWith(String s, int from, int to, String suffix) {
        if (!narrow(s, from, to)) {
            return s.substring(from, to).toLowerCase(java.util.Locale.ROOT).endsWith(suffix);
        }
        int len = suffix.length();
        if (to - from < len) {
            return false;
        }
        for (int k = 0; k < len; k++) {
            if (WordSet.lower(s.charAt(to - len + k)) != suffix.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code s.substring(from, to).toLowerCase(Locale.ROOT).length()}. */
    static int lowerLength(String s, int from, int to) {
        return narrow(s, from, to) ? to - from : s.substring(from, to).toLowerCase(java.util.Locale.ROOT).length();
    }

    /** Whether every character of {@code s[from, to)} is below U+0100, where lower-casing goes character by character. */
    static boolean narrow(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x100) {
                return false;
            }
        }
        return true;
    }

    /** The first word at or after index {@code from} of the text, or {@link #size()}. */
    int firstAt(int from) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < from) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Words {@code [from, to)} joined by single spaces, as {@code String.join(" ", words)} joins them. */
    String join(int from, int to) {
        if (to - from == 1) {
            return word(from);
        }
        boolean spaced = true; // the words stand one space apart already (nearly always): one copy
        for (int k = from + 1; k < to && spaced; k++) {
            spaced = starts[k] == ends[k - 1] + 1 && chars[ends[k - 1]] == ' ';
        }
        if (spaced && to > from) {
            return new String(chars, starts[from], ends[to - 1] - starts[from]);
        }
        int len = to - from - 1;
        for (int k = from; k < to; k++) {
            len += ends[k] - starts[k];
        }
        StringBuilder sb = new StringBuilder(Math.max(len, 0));
        for (int k = from; k < to; k++) {
            if (k > from) {
                sb.append(' ');
            }
            sb.append(chars, starts[k], ends[k] - starts[k]);
        }
        return sb.toString();
    }

    /** The words as strings, for callers that want a list. */
    List<String> words() {
        String[] out = new String[size];
        for (int k = 0; k < size; k++) {
            out[k] = word(k);
        }
        return java.util.Arrays.asList(out);
    }
}
