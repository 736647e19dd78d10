package io.articlex.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text (a paragraph, or the sentence around a quote) split once into its white-space separated tokens
 * ({@link Character#isWhitespace}, the split of {@link Phrase#spaceSplit}): their offsets, and each
 * token's text and lower case, made on first ask and kept. For steps that ask about the same words of
 * one text more than once (split it into words, look each up in a word list in lower case, split a
 * part of it again): with one table they cut and lower-case each word once.
 *
 * <p>Making a table is a pass over the whole text: it pays only where the text is asked about more
 * than once. The name index, which reads a few name runs of a paragraph, measured slower with a table
 * of every paragraph than with splitting its runs alone, and does not use one.
 *
 * <p>Not thread-safe; one table belongs to one parse.
 */
final class TokenTable {

    private static final int[] NONE = new int[0];

    private final String text;
    /** Token {@code i} is {@code text[starts[i], ends[i])}. */
    private final int[] starts;
    private final int[] ends;
    private final int size;
    private String[] words;
    private String[] lowers;

    private TokenTable(String text, int[] starts, int[] ends, int size) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.size = size;
    }

    /** The tokens of {@code text}, found in one pass. */
    static TokenTable of(String text) {
        int n = text.length();
        int[] starts = n == 0 ? NONE : new int[Math.min(16, n)];
        int[] ends = n == 0 ? NONE : new int[starts.length];
        int size = 0;
        int i = 0;
        while (i < n) {
            while (i < n && white(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int st = i;
            i++;
            while (i < n && !white(text.charAt(i))) {
                i++;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                ends = Arrays.copyOf(ends, size * 2);
            }
            starts[size] = st;
            ends[size] = i;
            size++;
        }
        return new TokenTable(text, starts, ends, size);
    }

    /** {@link Character#isWhitespace}, answered without the call for the printable ASCII that most text is. */
    private static boolean white(char c) {
        return c <= ' ' ? Character.isWhitespace(c) : c >= 0x80 && Character.isWhitespace(c);
    }

    String text() {
        return text;
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** Token {@code i} as written. */
    String word(int i) {
        if (words == null) {
            words = new String[size];
        }
        String w = words[i];
        if (w == null) {
            w = text.substring(starts[i], ends[i]);
            words[i] = w;
        }
        return w;
    }

    /** Token {@code i} in lower case ({@link Locale#ROOT}). */
    String lower(int i) {
        if (lowers == null) {
            lowers = new String[size];
        }
        String l = lowers[i];
        if (l == null) {
            l = word(i).toLowerCase(Locale.ROOT);
            lowers[i] = l;
        }
        return l;
    }

    /** Whether token {@code i} opens with an upper-case letter. */
    boolean capitalised(int i) {
        return Character.isUpperCase(text.charAt(starts[i]));
    }

    /** The first token ending after {@code offset} (the token holding it, or the next one); {@link #size} when none. */
    int indexAt(int offset) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (ends[mid] <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * The tokens of {@code text[from, to)}, a token cut by either end cut there: the same as
     * {@code Phrase.spaceSplit(text.substring(from, to))}, with the tables's strings for the whole tokens.
     */
    List<String> words(int from, int to) {
        List<String> out = new ArrayList<>();
        if (from >= to) {
            return out;
        }
        for (int i = indexAt(from); i < size && starts[i] < to; i++) {
            int s = Math.max(from, starts[i]);
            int e = Math.min(to, ends[i]);
            out.add(s == starts[i] && e == ends[i] ? word(i) : text.substring(s, e));
        }
        return out;
    }
}
