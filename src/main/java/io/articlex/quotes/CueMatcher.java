package io.articlex.quotes;

import io.articlex.resource.Resources;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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

    /** First word → the remaining words of each phrase that starts with it, longest first. */
    private final Map<String, List<String[]>> byFirst = new HashMap<>();
    /** Quick rejections before any lookup: the letters cues start with, and the longest first word. */
    private final boolean[] firsts = new boolean[128];
    private final int maxFirst;
    /**
     * {@link #byFirst} again as an open-addressed table probed with the characters of the text in place:
     * the scan looks up nearly every word of every sentence around a quote, and making each a string
     * to ask the map was the cue search's largest cost.
     */
    private final String[] keys;
    private final List<String[]>[] values;
    private final int mask;

    CueMatcher(List<String> phrases) {
        for (String p : phrases) {
            String[] words = Resources.words(p.strip());
            String[] rest = new String[words.length - 1];
            System.arraycopy(words, 1, rest, 0, rest.length);
            List<String[]> l = byFirst.get(words[0]);
            if (l == null) {
                l = new ArrayList<>();
                byFirst.put(words[0], l);
            }
            l.add(rest);
        }
        int longest = 0;
        for (String w : byFirst.keySet()) {
            longest = Math.max(longest, w.length());
            if (w.charAt(0) < 128) {
                firsts[w.charAt(0)] = true;
            }
        }
        maxFirst = longest;
        for (List<String[]> l : byFirst.values()) {
            l.sort(LONGEST_FIRST);
        }
        int size = Integer.highestOneBit(Math.max(4, byFirst.size() * 4) - 1) << 1;
        keys = new String[size];
        @SuppressWarnings("unchecked")
        List<String[]>[] vals = new List[size];
        values = vals;
        mask = size - 1;
        for (Map.Entry<String, List<String[]>> e : byFirst.entrySet()) {
            int slot = spread(e.getKey().hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = e.getKey();
            values[slot] = e.getValue();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /**
     * The phrases whose first word is {@code s[from, to)}, as {@code byFirst.get} would give them, or null;
     * {@code h} is that word's {@link String#hashCode}, summed by the caller while it found the word's end.
     */
    private List<String[]> byFirst(CharSequence s, int from, int to, int h) {
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return null;
            }
            if (key.length() == len && sameChars(s, from, key)) {
                return values[slot];
            }
        }
    }

    /** The first cue at or after {@code from}, or null. */
    Hit next(CharSequence s, int from) {
        long span = span(s, from);
        return span < 0 ? null : hit(s, span);
    }

    private static Hit hit(CharSequence s, long span) {
        int start = (int) (span >>> 32);
        int end = (int) span;
        return new Hit(start, end, normalize(s.subSequence(start, end).toString()));
    }

    /**
     * Where the first cue at or after {@code from} is, as {@code start << 32 | end}, or -1: {@link #last} and
     * {@link #contains} need no cue text for the hits they pass over.
     */
    private long span(CharSequence s, int from) {
        int n = s.length();
        int i = Math.max(0, from);
        while (i < n) {
            char c = s.charAt(i);
            if (!letter(c)) {
                i++;
                continue;
            }
            int e = i + 1;
            if (!(c < 128 && firsts[c] && (i == 0 || !wordChar(s.charAt(i - 1))))) {
                // no cue starts here: only the word's end is wanted
                while (e < n && letter(s.charAt(e))) {
                    e++;
                }
                i = e;
                continue;
            }
            // the word's hash is summed on the one walk to its end, not on a second walk for the table
            int h = c;
            for (char d; e < n && letter(d = s.charAt(e)); e++) {
                h = 31 * h + d;
            }
            if (e - i <= maxFirst && (e == n || !wordChar(s.charAt(e)))) {
                List<String[]> cands = byFirst(s, i, e, h);
                if (cands != null) {
                    for (String[] rest : cands) {
                        int end = matchRest(s, e, rest);
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
        List<Hit> out = new ArrayList<>();
        for (Hit h = next(s, 0); h != null; h = next(s, h.end())) {
            out.add(h);
        }
        return out;
    }

    /** The last cue in {@code s}, or null. */
    Hit last(CharSequence s) {
        long last = -1;
        for (long h = span(s, 0); h >= 0; h = span(s, (int) h)) {
            last = h;
        }
        return last < 0 ? null : hit(s, last);
    }

    /** Whether {@code word}, in lower case, is a cue on its own ("said", not "according"). */
    boolean isWord(String word) {
        List<String[]> cands = byFirst.get(word);
        if (cands != null) {
            for (String[] rest : cands) {
                if (rest.length == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    boolean contains(CharSequence s) {
        return span(s, 0) >= 0;
    }

    private static int matchRest(CharSequence s, int pos, String[] rest) {
        int p = pos;
        int n = s.length();
        for (String w : rest) {
            int q = p;
            while (q < n && Character.isWhitespace(s.charAt(q))) {
                q++;
            }
            if (q == p || q + w.length() > n || !sameChars(s, q, w)) {
                return -1;
            }
            p = q + w.length();
        }
        if (p < n && wordChar(s.charAt(p))) {
            return -1;
        }
        return p;
    }

    /** {@code s} holds {@code w} at {@code at} (compared in place: no substring per candidate). */
    private static boolean sameChars(CharSequence s, int at, String w) {
        for (int k = 0; k < w.length(); k++) {
            if (s.charAt(at + k) != w.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private static boolean wordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'' || c == '’' || c == '-';
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
