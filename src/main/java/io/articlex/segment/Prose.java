package io.articlex.segment;


/**
 * Shape tests on a paragraph shared by the head and boilerplate stages: does it read as running prose
 * (a body paragraph) or as a headline (a title, a related-story link)?
 */
public final class Prose {


    private Prose() {
    }

    /** Runs of non-space characters ({@code \\S+}), counted without a Matcher: called for most paragraphs. */
    public static int words(String p) {
        return wordsUpTo(p, Integer.MAX_VALUE);
    }

    /**
     * {@link #words(String)}, but it stops counting at {@code cap} (the result is {@code min(words, cap)}):
     * a caller that only compares the count with a threshold ({@link #bodyLike}, {@link #headlineLike})
     * need not count a long paragraph to its end (Prose.words was 3-7% of a text parse, notes/perf.md).
     */
    @SuppressWarnings("deprecation") // getBytes(int, int, byte[], int): the low bytes are what is wanted
    public static int wordsUpTo(String p, int cap) {
        // The low byte of each char, a chunk at a time, and a char read only where its low byte is that
        // of a space: the boilerplate stage asks this of every paragraph it keeps, in C1 code, where
        // String.charAt on a paragraph with one char past Latin-1 (a curly quote, a dash) is a call with
        // an index check per char; getBytes copies a Latin-1 paragraph's bytes at once.
        int len = p.length();
        byte[] low = new byte[Math.min(len, WORD_CHUNK)];
        int n = 0;
        boolean inWord = false;
        for (int from = 0; from < len; from += WORD_CHUNK) {
            int to = Math.min(len, from + WORD_CHUNK);
            p.getBytes(from, to, low, 0);
            for (int i = from; i < to; i++) {
                int b = low[i - from] & 0xFF;
                if (b <= ' ' && (b == ' ' || b >= '\t' && b <= '\r') && isRegexSpace(p.charAt(i))) {
                    inWord = false;
                } else if (!inWord) {
                    if (n == cap) {
                        return n;
                    }
                    n++;
                    inWord = true;
                }
            }
        }
        return n;
    }

    /** The chars {@link #wordsUpTo} reads at a time: most of its callers stop within a few words. */
    private static final int WORD_CHUNK = 128;

    /** Exactly the characters of the regex class {@code \s} (without UNICODE_CHARACTER_CLASS): 9-13 and 32. */
    public static boolean isRegexSpace(char c) {
        return c <= ' ' && (c == ' ' || c >= '\t' && c <= '\r');
    }

    /** Ends like a sentence: a full stop, or ?/! and quotation marks after them, or a colon before a quote. */
    public static boolean endsSentence(String p) {
        String s = p.strip();
        int i = s.length() - 1;
        // closing marks of every style ("….”", German "….“", French "…. »" with a no-break space)
        while (i >= 0 && ("\"”’')]“»«›」".indexOf(s.charAt(i)) >= 0 || Character.isSpaceChar(s.charAt(i)))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        char c = s.charAt(i);
        return c == '.' || c == '!' || c == '?' || c == ':' || c == '…';
    }

    /**
     * Running prose: ends a sentence and has a few words, or is long whatever its end. A headline ending
     * in "?" needs to be long to count.
     */
    public static boolean bodyLike(String p) {
        if (p.length() < 59 && !endsSentence(p)) {
            return false; // thirty words need 59 chars: a short line must end a sentence, counted or not
        }
        int w = wordsUpTo(p, 30);
        if (w >= 30) {
            return true;
        }
        if (!endsSentence(p) || w < 4 || isUpperCase(p)) {
            return false; // an all-capital line is a wire title or slug, not prose
        }
        String s = p.strip();
        char last = s.charAt(s.length() - 1);
        return last != '?' && last != '!' || w >= 15;
    }

    /**
     * A headline: one line of 3 to 30 words that does not end in a full stop (an all-capital wire title
     * may, as in "... TO U.S.").
     */
    public static boolean headlineLike(String p) {
        if (p.length() > 250) {
            return false;
        }
        int w = wordsUpTo(p, 31);
        if (w < 2 || w > 30) {
            return false;
        }
        String s = p.strip();
        char last = s.charAt(s.length() - 1);
        if (last == ':' || last == ',' || last == ';') {
            return false;
        }
        if (last == '.' && !s.endsWith("...") && !s.endsWith("…")) {
            return isUpperCase(s);
        }
        return true;
    }

    /**
     * True when the text has capital letters and none of them is lower case. An ASCII character is told by
     * its range: {@code Character.isLowerCase} and {@code isUpperCase} are two calls each in the C1 code a
     * batch runs, for every character of every title candidate and short line. Letters of a script without
     * case (Arabic, Hebrew, Chinese) count for neither: a line of them is not "all capitals", or every
     * Arabic sentence would read as a wire title and none as prose.
     */
    public static boolean isUpperCase(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                if (c >= 'a' && c <= 'z') {
                    return false;
                }
                letter |= c >= 'A' && c <= 'Z';
                continue;
            }
            if (Character.isLowerCase(c)) {
                return false;
            }
            letter |= Character.isUpperCase(c) || Character.isTitleCase(c);
        }
        return letter;
    }
}
