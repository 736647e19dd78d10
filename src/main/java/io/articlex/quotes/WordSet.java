package io.articlex.quotes;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;

/**
 * A set of words asked about a stretch of a text in place: {@code has(s, from, to)} answers
 * {@code set.contains(s.substring(from, to))} and {@code hasLower} answers the same for the stretch
 * lower-cased ({@link Locale#ROOT}), without making either string. The attribution path asks such
 * questions of nearly every word around a quote ("is it a determiner, a pronoun, a role?"), and the
 * substring and lower-case copies made for each were most of their cost.
 *
 * <p>Characters below U+0100 are lower-cased one by one, which is what {@link String#toLowerCase}
 * does with them; a stretch holding any other character (where lower-casing may depend on context
 * or change the length: final sigma, dotted capital I) is copied and asked the plain set.
 */
final class WordSet {

    private final Set<String> set;
    private final String[] keys;
    /** {@link #keys} as char arrays, for the probes of char arrays (a string's length and characters are calls in C1 code). */
    private final char[][] keyChars;
    private final int mask;

    WordSet(Collection<String> words) {
        set = Set.copyOf(words);
        int size = Integer.highestOneBit(Math.max(4, set.size() * 4) - 1) << 1;
        keys = new String[size];
        keyChars = new char[size][];
        mask = size - 1;
        for (String w : set) {
            int slot = spread(w.hashCode()) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = w;
            keyChars[slot] = w.toCharArray();
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }

    /** {@code set.contains(w)}. */
    boolean has(String w) {
        return has(w, 0, w.length());
    }

    /** {@code set.contains(s.substring(from, to))}. */
    boolean has(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (key.length() == len && s.regionMatches(from, key, 0, len)) {
                return true;
            }
        }
    }

    /** {@link #has(String, int, int)} of the stretch {@code a[from, to)} of a char array. */
    boolean has(char[] a, int from, int to) {
        return has(a, from, to, hash(a, from, to));
    }

    /**
     * The hash {@link #has(char[], int, int, int)} probes with ({@link String#hashCode} of the stretch). A
     * word of a name run is asked of several sets in turn (clause openers, honorifics, openers of a
     * sentence, organisation words), and each probe hashed it again.
     */
    static int hash(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + a[i];
        }
        return h;
    }

    /** {@link #has(char[], int, int)} with the stretch's {@link #hash} already made. */
    boolean has(char[] a, int from, int to, int h) {
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keyChars[slot];
            if (key == null) {
                return false;
            }
            if (key.length == len && same(a, from, key)) {
                return true;
            }
        }
    }

    private static boolean same(char[] a, int from, char[] key) {
        for (int k = 0; k < key.length; k++) {
            if (a[from + k] != key[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #hasLower(String, int, int)} of the stretch {@code a[from, to)} of a char array. */
    boolean hasLower(char[] a, int from, int to) {
        return hasLower(a, from, to, lowerHash(a, from, to));
    }

    /**
     * The hash {@link #hasLower(char[], int, int, long)} probes with: the {@link #hash} of the stretch
     * lower-cased, as a non-negative long, or -1 when the stretch holds a character past U+00FF (such a
     * stretch is lower-cased by {@link String#toLowerCase} and asked of the plain set). A word asked of
     * two sets lower-cased (roles, cue verbs) is lower-cased and hashed once.
     */
    static long lowerHash(char[] a, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = a[i];
            if (c >= 0x100) {
                return -1;
            }
            h = 31 * h + lower(c);
        }
        return h & 0xFFFFFFFFL;
    }

    /** {@link #hasLower(char[], int, int)} with the stretch's {@link #lowerHash} already made. */
    boolean hasLower(char[] a, int from, int to, long lowerHash) {
        if (lowerHash < 0) {
            return set.contains(new String(a, from, to - from).toLowerCase(Locale.ROOT));
        }
        int h = (int) lowerHash;
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            char[] key = keyChars[slot];
            if (key == null) {
                return false;
            }
            if (key.length == len && sameLower(a, from, key)) {
                return true;
            }
        }
    }

    private static boolean sameLower(char[] a, int from, char[] key) {
        for (int k = 0; k < key.length; k++) {
            if (lower(a[from + k]) != key[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@link #lowerIs(String, int, int, String)} of the stretch {@code a[from, to)} of a char array. */
    static boolean lowerIs(char[] a, int from, int to, String word) {
        if (to - from != word.length()) {
            for (int i = from; i < to; i++) {
                if (a[i] >= 0x100) {
                    return new String(a, from, to - from).toLowerCase(Locale.ROOT).equals(word);
                }
            }
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = a[from + k];
            if (c >= 0x100) {
                return new String(a, from, to - from).toLowerCase(Locale.ROOT).equals(word);
            }
            if (lower(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** {@code set.contains(w.toLowerCase(Locale.ROOT))}. */
    boolean hasLower(String w) {
        return hasLower(w, 0, w.length());
    }

    /** {@code set.contains(s.substring(from, to).toLowerCase(Locale.ROOT))}. */
    boolean hasLower(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c >= 0x100) {
                return set.contains(s.substring(from, to).toLowerCase(Locale.ROOT));
            }
            h = 31 * h + lower(c);
        }
        int len = to - from;
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (key.length() == len && sameLower(s, from, key)) {
                return true;
            }
        }
    }

    private static boolean sameLower(String s, int from, String key) {
        for (int k = 0; k < key.length(); k++) {
            if (lower(s.charAt(from + k)) != key.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** A character below U+0100 lower-cased as {@link String#toLowerCase} lower-cases it. */
    static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    /**
     * Whether {@code s[from, to)}, lower-cased, is {@code word} (a lower-case ASCII word), as
     * {@code s.substring(from, to).toLowerCase(Locale.ROOT).equals(word)}.
     */
    static boolean lowerIs(String s, int from, int to, String word) {
        if (to - from != word.length()) {
            // lower-casing changes the length only for characters past U+00FF, none of which an ASCII word holds
            for (int i = from; i < to; i++) {
                if (s.charAt(i) >= 0x100) {
                    return s.substring(from, to).toLowerCase(Locale.ROOT).equals(word);
                }
            }
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            char c = s.charAt(from + k);
            if (c >= 0x100) {
                return s.substring(from, to).toLowerCase(Locale.ROOT).equals(word);
            }
            if (lower(c) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }
}
