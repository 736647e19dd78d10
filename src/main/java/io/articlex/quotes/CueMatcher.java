package io.articlex.quotes;

import io.articlex.resource.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds cue verbs and phrases ({@code said}, {@code told}, {@code according to}) on whole-word
 * boundaries by walking the words of a text and looking each up in a table: linear in the text and
 * independent of how long the cue list grows (a regex alternation of a hundred phrases tried at
 * every position made the quote stage cost as much as the rest of the parser).
 */
final class CueMatcher {

    /** One cue found: {@code [start, end)} in the text, and the cue in lower case with single spaces. */
    record Hit(int start, int end, String cue) {
    }

    /**
     * Longer phrases first (a stable sort keeps the list order among equals). A named class, not a
     * comparator lambda: the lambda's class was spun at run time on every start, which a one-file parse
     * paid for.
     */
    private static final Comparator<String[]> LONGEST_FIRST = new LongestFirst();

    private static final class LongestFirst implements Comparator<String[]> {
        @Override
        public int compare(String[] a, String[] b) {
            return Integer.compare(b.length, a.length);
        }
    }

    /** The cues of one word ("said", "added"), in lower case. */
    private final java.util.Set<String> singles;
    /** Quick rejections before any lookup: the letters cues start with, and the longest first word. */
    private final boolean[] firsts = new boolean[128];
    private final int maxFirst;
    /**
     * First word → the remaining words of each phrase that starts with it, longest first, as an
     * open-addressed table probed with the characters of the text in place:
     * the scan looks up nearly every word of every sentence around a quote, and making each a string
     * to ask the map was the cue search's largest cost. Its first words and each phrase's other words are
     * char arrays, compared with the text's: a string's length and characters are calls each in C1 code,
     * the compiler of one-file parses.
     */
    private final char[][] keyChars;
    private final char[][][][] restChars;
    /** For each slot, the cue text ({@link #normalize}d) of each phrase of {@link #restChars}, made once. */
    private final String[][] texts;
    /**
     * For each ASCII first letter, a bit per length (up to 31) of the first words that start with it: most
     * words of a sentence start with a letter some cue starts with, and this turns nearly all of them
     * away before the table is probed.
     */
    private final int[] lengths = new int[128];
    private final int mask;
    /**
     * A bit per value of a word's spread hash (its low bits) for each first word: most words that pass
     * the letter and length tests are no first word, and one bit turns them away before the table's
     * probe, which compares characters.
     */
    private final long[] bloom = new long[BLOOM_BITS / 64];
    private static final int BLOOM_BITS = 1 << 14;
    /** The matcher of {@code phrases} (one per entry, its words separated by white space). */
    CueMatcher(List<String> phrases) {
        this(table(phrases));
    }

    /** The slots of the open-addressed table: each first word, its phrases' other words, their cue texts. */
    private record Table(char[][] keyChars, char[][][][] restChars, String[][] texts) {
    }

    /** The rest is derived from the table's first words: the letter, length and bloom tests, the one-word cues. */
    private CueMatcher(Table t) {
        keyChars = t.keyChars();
        restChars = t.restChars();
        texts = t.texts();
        mask = keyChars.length - 1;
        int longest = 0;
        java.util.Set<String> one = new java.util.HashSet<>();
        for (int slot = 0; slot < keyChars.length; slot++) {
            char[] w = keyChars[slot];
            if (w == null) {
                continue;
            }
            longest = Math.max(longest, w.length);
            if (w[0] < 128) {
                firsts[w[0]] = true;
                lengths[w[0]] |= w.length < 32 ? 1 << w.length : 1 << 31;
            }
            int h = 0;
            for (char c : w) {
                h = 31 * h + c; // String.hashCode, as the scan sums it
            }
            int b = spread(h) & (BLOOM_BITS - 1);
            bloom[b >>> 6] |= 1L << b;
            for (char[][] rest : restChars[slot]) {
                if (rest.length == 0) {
                    one.add(new String(w));
                }
            }
        }
        maxFirst = longest;
        singles = java.util.Set.copyOf(one);
    }

    private static Table table(List<String> phrases) {
        Map<String, List<String[]>> byFirst = new java.util.LinkedHashMap<>();
        for (String p : phrases) {
            String[] words = Resources.words(p.strip());
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            byFirst.computeIfAbsent(words[0], k -> new ArrayList<>()).add(rest);
        }
        for (List<String[]> l : byFirst.values()) {
            l.sort(LONGEST_FIRST);
        }
        int size = Integer.highestOneBit(Math.max(4, byFirst.size() * 4) - 1) << 1;
        char[][] keyChars = new char[size][];
        char[][][][] restChars = new char[size][][][];
        String[][] texts = new String[size][];
        for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
            int slot = spread(e.getKey().hashCode()) & (size - 1);
            while (keyChars[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            keyChars[slot] = e.getKey().toCharArray();
            restChars[slot] = new char[e.getValue().size()][][];
            String[] t = new String[e.getValue().size()];
            for (int k = 0; k < t.length; k++) {
                String[] rest = e.getValue().get(k);
                restChars[slot][k] = new char[rest.length][];
                // what normalize makes of any text this phrase matches: the matched words, their white space collapsed
                StringBuilder sb = new StringBuilder(e.getKey());
                for (int w = 0; w < rest.length; w++) {
                    restChars[slot][k][w] = rest[w].toCharArray();
                    sb.append(' ').append(rest[w]);
                }
                boolean plain = true;
                for (int i = 0; i < sb.length(); i++) {
                    plain &= sb.charAt(i) == ' ' || !Character.isWhitespace(sb.charAt(i));
                }
                t[k] = plain ? normalize(sb.toString()) : null; // null: made from the matched text
            }
            texts[slot] = t;
        }
        return new Table(keyChars, restChars, texts);
    }

    /**
     * Writes the table for {@link #read}: the number of slots, then per slot its first word (null: an
     * empty slot) and, for each of its phrases, the number of other words, each, and its cue text.
     */
    void write(io.articlex.rules.PackedTable.Writer w) {
        w.integer(keyChars.length);
        for (int slot = 0; slot < keyChars.length; slot++) {
            w.string(keyChars[slot] == null ? null : new String(keyChars[slot]));
            if (keyChars[slot] == null) {
                continue;
            }
            w.integer(restChars[slot].length);
            for (int k = 0; k < restChars[slot].length; k++) {
                w.integer(restChars[slot][k].length);
                for (char[] word : restChars[slot][k]) {
                    w.string(new String(word));
                }
                w.string(texts[slot][k]);
            }
        }
    }

    /**
     * The matcher {@link #write} wrote. Why: the cue list is ~700 phrases made from word lists and verb
     * conjugations; splitting, grouping, sorting and hashing them ran in interpreted code on every start,
     * the largest part of the quote lexicon's preparation, which a one-file parse waited for.
     */
    static CueMatcher read(io.articlex.rules.PackedTable.Reader r) {
        int size = r.integer();
        char[][] keyChars = new char[size][];
        char[][][][] restChars = new char[size][][][];
        String[][] texts = new String[size][];
        for (int slot = 0; slot < size; slot++) {
            String key = r.string();
            if (key == null) {
                continue;
            }
            keyChars[slot] = key.toCharArray();
            int n = r.integer();
            restChars[slot] = new char[n][][];
            texts[slot] = new String[n];
            for (int k = 0; k < n; k++) {
                char[][] rest = new char[r.integer()][];
                for (int w = 0; w < rest.length; w++) {
                    rest[w] = r.string().toCharArray();
                }
                restChars[slot][k] = rest;
                texts[slot][k] = r.string();
            }
        }
        return new CueMatcher(new Table(keyChars, restChars, texts));
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The slot of the phrases whose first word is {@code s[from, to)}, or -1;
     * {@code h} is that word's {@link String#hashCode}, summed by the caller while it found the word's end.
     */
    private int slot(char[] s, int from, int to, int h) {
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keyChars[slot];
            if (key == null) {
                return -1;
            }
            if (key.length == len && sameChars(s, from, key)) {
                return slot;
            }
        }
    }

    /** The first cue at or after {@code from}, or null. */
    Hit next(CharSequence s, int from) {
        char[] a = chars(s);
        long span = span(a, from);
        return span < 0 ? null : hit(a, span);
    }

    /** The characters of {@code s}: the scans read an array, without a string's coder and bounds checks per character. */
    private static char[] chars(CharSequence s) {
        return s instanceof String t ? t.toCharArray() : s.toString().toCharArray();
    }

    /**
     * The hit at {@code span}: its cue text is the one made for the phrase that matched there (found again
     * as the scan found it: the first word's phrases, longest first), not the matched text copied and
     * lower-cased.
     */
    private Hit hit(char[] s, long span) {
        return hit(s, 0, s.length, span);
    }

    /** {@link #hit(char[], long)} of a span found in the text {@code s[lo, n)}, its positions counted from {@code lo}. */
    Hit hit(char[] s, int lo, int n, long span) {
        int start = (int) (span >>> 32);
        int end = (int) span;
        int e = start + 1;
        int h = s[start];
        for (char d; e < end && letter(d = s[e]); e++) {
            h = 31 * h + d;
        }
        int slot = slot(s, start, e, h);
        if (slot >= 0) {
            char[][][] cands = restChars[slot];
            for (int k = 0; k < cands.length; k++) {
                if (matchRest(s, e, n, cands[k]) == end) {
                    String text = texts[slot][k];
                    if (text != null) {
                        return new Hit(start - lo, end - lo, text);
                    }
                    break;
                }
            }
        }
        return new Hit(start - lo, end - lo, normalize(new String(s, start, end - start)));
    }

    /**
     * Where the first cue at or after {@code from} is, as {@code start << 32 | end}, or -1: {@link #last} and
     * {@link #contains} need no cue text for the hits they pass over.
     */
    private long span(char[] s, int from) {
        return span(s, 0, s.length, from);
    }

    /**
     * {@link #span(char[], int)} of the text {@code s[lo, hi)}, read in place: its edges bound words as
     * a text's ends do, and positions stay those of {@code s}.
     */
    private long span(char[] s, int lo, int n, int from) {
        int i = Math.max(lo, from);
        while (i < n) {
            char c = s[i];
            if (!letter(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            if (!(c < 128 && firsts[c] && (i == lo || !wordChar(s[i - 1])))) {
                // no cue starts here: only the word's end is wanted
                while (e < n && letter(s[e])) {
                    e++;
                }
                i = e;
                continue;
            }
            // the word's hash is summed on the one walk to its end, not on a second walk for the table
            int h = c;
            for (char d; e < n && letter(d = s[e]); e++) {
                h = 31 * h + d;
            }
            int len = e - i;
            int b = spread(h) & (BLOOM_BITS - 1);
            if (len <= maxFirst && (lengths[c] & (len < 32 ? 1 << len : 1 << 31)) != 0
                    && (bloom[b >>> 6] & 1L << b) != 0 && (e == n || !wordChar(s[e]))) {
                int slot = slot(s, i, e, h);
                if (slot >= 0) {
                    char[][][] cands = restChars[slot];
                    for (int k = 0; k < cands.length; k++) {
                        int end = matchRest(s, e, n, cands[k]);
                        if (end >= 0) {
                            return (long) i << 32 | end;
                        }
                    }
                }
            }
            i = e;
        }
        return -1;
    }

    /** {@link Character#isLetter(char)}, answered without the Unicode tables for ASCII, nearly every character of English copy. */
    private static boolean letter(char c) {
        if (c < 128) {
            return (char) ((c | 0x20) - 'a') < 26;
        }
        return Character.isLetter(c);
    }

    /** Every cue in {@code s}, in order. */
    List<Hit> all(CharSequence s) {
        char[] a = chars(s);
        long[] spans = spans(a, 0, a.length);
        List<Hit> out = new ArrayList<>(spans.length);
        for (long h : spans) {
            out.add(hit(a, h));
        }
        return out;
    }

    /**
     * The cue spans of the text {@code s[from, to)}, in order, as {@link #all} finds them in that text cut
     * out ({@code start << 32 | end}, positions of {@code s}): the quoted paragraph is read in place.
     */
    long[] spans(char[] s, int from, int to) {
        long[] spans = new long[4];
        int count = 0;
        for (long h = span(s, from, to, from); h >= 0; h = span(s, from, to, (int) h)) {
            if (count == spans.length) {
                spans = java.util.Arrays.copyOf(spans, count * 2);
            }
            spans[count++] = h;
        }
        return java.util.Arrays.copyOf(spans, count);
    }

    /** The first cue span of the text {@code s[from, to)}, as {@link #spans(char[], int, int)} lists it, or -1. */
    long firstSpan(char[] s, int from, int to) {
        return span(s, from, to, from);
    }

    /** The last cue in {@code s}, or null. */
    Hit last(CharSequence s) {
        char[] a = chars(s);
        long[] spans = spans(a, 0, a.length);
        return spans.length == 0 ? null : hit(a, spans[spans.length - 1]);
    }

    /** The cues of one word ("said", "added"): the words {@link #isWord} answers yes for. */
    java.util.Set<String> singleWords() {
        return singles;
    }

    /** Whether {@code word}, in lower case, is a cue on its own ("said", not "according"). */
    boolean isWord(String word) {
        return singles.contains(word);
    }

    boolean contains(CharSequence s) {
        return span(chars(s), 0) >= 0;
    }

    private static int matchRest(char[] s, int pos, int n, char[][] rest) {
        int p = pos;
        for (char[] w : rest) {
            int q = p;
            while (q < n && WordTable.whitespace(s[q])) {
                q++;
            }
            if (q == p || q + w.length > n || !sameChars(s, q, w)) {
                return -1;
            }
            p = q + w.length;
        }
        if (p < n && wordChar(s[p])) {
            return -1;
        }
        return p;
    }

    /** {@code s} holds {@code w} at {@code at} (compared in place: no substring per candidate). */
    private static boolean sameChars(char[] s, int at, char[] w) {
        for (int k = 0; k < w.length; k++) {
            if (s[at + k] != w[k]) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return WordTable.letterOrDigit(c) || c == '\'' || c == '’' || c == '-';
    }

    private static String normalize(String cue) {
        boolean white = false;
        for (int i = 0; i < cue.length() && !white; i++) {
            white = Character.isWhitespace(cue.charAt(i));
        }
        if (!white) {
            return cue.toLowerCase(Locale.ROOT); // a one-word cue, the common case: no builder
        }
        return QuoteStage.collapse(cue).toLowerCase(Locale.ROOT);
    }
}
