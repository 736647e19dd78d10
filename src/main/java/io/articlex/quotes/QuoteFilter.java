package io.articlex.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a quoted stretch is speech. Not speech: scare quotes and short terms (under three
 * words unless the stretch is a whole attributed utterance, as "Judge," in a split quote), titles of
 * works and headlines in title case ("We Will Harvest Every Tree"), names introduced by a naming word
 * (the so-called "deal", a satellite named "Chamran 1").
 */
final class QuoteFilter {

    static final int MIN_WORDS = 3;
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "by", "from", "is", "vs", "de");
    /** A word longer than this is none of {@link #SMALL}, and is not copied to be looked up there. */
    private static final int SMALL_LONGEST = longest(SMALL);

    private QuoteFilter() {
    }

    /** The words of a quote the filter reads: it asks no further than whether there are more than eight. */
    static final int WORDS_READ = 9;

    /**
     * Whether the quoted stretch {@code text} at {@code span} of {@code p} is speech; {@code count} is its
     * number of words up to {@link #WORDS_READ} ({@link #countWords(char[], int, int)} of the span, or
     * {@link #countWords(String)} of a text the attribution cut); {@code chars} holds {@code p}'s characters
     * from index 0 (the stage's copy of the quoted paragraph).
     */
    static boolean keep(String p, char[] chars, Span span, String text, int count, Attribution a, boolean partial, boolean chained) {
        if (count == 0) {
            return false;
        }
        if (chained) {
            return true;
        }
        if (count <= 8 && namedBefore(chars, span.open())) {
            return false;
        }
        // an unattributed stretch in title case is a headline or a title even when it ends with "!" or ".",
        // and so is a short one quoted mid-sentence ("on NBC's \"Meet the Press.\"")
        boolean anyEnd = a == null || partial && count <= 5;
        if (count <= 8 || !endsSentence(text) || anyEnd) {
            if (titleCase(text, anyEnd)) {
                return false;
            }
        }
        if (count < MIN_WORDS) {
            return a != null && a.direct() && !partial && endsUtterance(text, p, span);
        }
        return true;
    }

    /**
     * Whether the one or two words right before the opening mark are a naming word ("so-called", "known
     * as"). The words are those {@link Phrase#words} reads in the 40 characters before the mark, found
     * from the mark backwards in the paragraph's array: only the last two are asked about, in place, and
     * the two are joined into a string only when the last ends a naming phrase ("as" of "known as").
     */
    private static boolean namedBefore(char[] a, int open) {
        int lo = Math.max(0, open - 40);
        long last = wordBefore(a, lo, open);
        if (last < 0) {
            return false;
        }
        int ls = (int) (last >>> 32);
        int le = (int) last;
        if (Naming.WORDS.hasLower(a, ls, le)) {
            return true;
        }
        if (!Naming.PHRASE_ENDS.hasLower(a, ls, le)) {
            return false;
        }
        long before = wordBefore(a, lo, ls);
        return before >= 0 && Lexicon.get().naming.contains(new String(a, (int) (before >>> 32), (int) before - (int) (before >>> 32)).toLowerCase(Locale.ROOT)
                + " " + new String(a, ls, le - ls).toLowerCase(Locale.ROOT));
    }

    /** The naming words, asked in place, and the last words of the naming phrases of two words or more. */
    private static final class Naming {
        static final WordSet WORDS = new WordSet(Lexicon.get().naming);
        static final WordSet PHRASE_ENDS = new WordSet(phraseEnds(Lexicon.get().naming));

        private static Set<String> phraseEnds(Set<String> naming) {
            Set<String> ends = new java.util.HashSet<>();
            for (String n : naming) {
                int space = n.lastIndexOf(' ');
                if (space >= 0) {
                    ends.add(n.substring(space + 1));
                }
            }
            return ends;
        }
    }

    private static int longest(Set<String> words) {
        int max = 0;
        for (String w : words) {
            max = Math.max(max, w.length());
        }
        return max;
    }

    /**
     * The last word {@link Phrase#words} would read in {@code a[lo, to)}, as {@code start << 32 | end},
     * or -1. Such a word is a run of word characters ({@link Phrase#wordTail}) from its first letter or
     * digit to the run's end; a run of punctuation alone is none.
     */
    private static long wordBefore(char[] a, int lo, int to) {
        int j = to;
        while (j > lo) {
            while (j > lo && !Phrase.wordTail(a[j - 1])) {
                j--;
            }
            int runStart = j;
            while (runStart > lo && Phrase.wordTail(a[runStart - 1])) {
                runStart--;
            }
            for (int k = runStart; k < j; k++) {
                if (WordTable.letterOrDigit(a[k])) {
                    return (long) k << 32 | j;
                }
            }
            j = runStart;
        }
        return -1;
    }

    /**
     * The words of {@code chars[from, to)}, counting no further than {@link #WORDS_READ}: as many as in
     * the quote's text cleaned ({@code QuoteStage.clean}), since white space and trailing commas start no
     * word and end any. Read on the paragraph's array: a quote's text with a curly apostrophe or a dash is
     * a UTF-16 string, on which each {@code charAt} is a call with an index check in C1 code.
     */
    static int countWords(char[] chars, int from, int to) {
        int n = 0;
        boolean in = false;
        for (int i = from; i < to && n < WORDS_READ; i++) {
            char c = chars[i];
            boolean w = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w || in && (c == '\'' || c == '’' || c == '-' || c == '.');
        }
        return n;
    }

    /** {@link #countWords(char[], int, int)} of a text. */
    static int countWords(String s) {
        int cap = WORDS_READ;
        int n = 0;
        boolean in = false;
        for (int i = 0; i < s.length() && n < cap; i++) {
            char c = s.charAt(i);
            boolean w = c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
            if (w && !in) {
                n++;
            }
            in = w || in && (c == '\'' || c == '’' || c == '-' || c == '.');
        }
        return n;
    }

    private static boolean endsSentence(String text) {
        char end = text.charAt(text.length() - 1);
        return end == '.' || end == ',' || end == '!';
    }

    private static boolean endsUtterance(String text, String p, Span span) {
        String raw = p.substring(span.textStart(), span.textEnd()).strip();
        if (raw.isEmpty()) {
            return false;
        }
        char c = raw.charAt(raw.length() - 1);
        return c == ',' || c == '?' || c == '!' || c == '.' || c == '—' || commaAfterClose(p, span);
    }

    /**
     * Whether a quote has its comma or dash after the closing mark, where French, Spanish, Italian, Russian
     * and Polish copy put it ({@code « C'est insuffisant », juge l'économiste ...}, {@code «Нет», — сказал
     * он}, {@code "Siamo pronti", ha detto ...}, and British English at times): the utterance ends there as
     * it does with the comma inside American marks, and a short attributed quote was lost. Only a quote that
     * opens its sentence.
     */
    private static boolean commaAfterClose(String p, Span span) {
        if (!span.closed()) {
            return false;
        }
        int before = span.open() - 1;
        while (before >= 0 && (p.charAt(before) == ' ' || p.charAt(before) == '\u00A0')) {
            before--;
        }
        if (before >= 0 && ".!?:".indexOf(p.charAt(before)) < 0) {
            return false; // a term quoted inside a sentence ("le projet dit « très ambitieux », selon ...")
        }
        int i = span.end();
        while (i < p.length() && (p.charAt(i) == ' ' || p.charAt(i) == '\u00A0' || p.charAt(i) == '\u202F')) {
            i++;
        }
        return i < p.length() && (p.charAt(i) == ',' || p.charAt(i) == '—' || p.charAt(i) == '–');
    }

    /**
     * Every word of the text ({@link Phrase#words}) capitalised or small, and two words or more. The words
     * are walked in place and the walk stops at the first lower-case word: listing them all first, as
     * substrings, was ~2% of a text parse, most of it for long quotes refused at their second word.
     */
    static boolean titleCase(String text, boolean anyEnd) {
        char end = text.charAt(text.length() - 1);
        if (!anyEnd && (end == '.' || end == ',' || end == '!')) {
            return false;
        }
        int words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char first = text.charAt(i);
            if (!Character.isLetterOrDigit(first)) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && Phrase.wordTail(text.charAt(e))) {
                e++;
            }
            if (Character.isLowerCase(first) && (e - i > SMALL_LONGEST || !SMALL.contains(text.substring(i, e).toLowerCase(Locale.ROOT)))) {
                return false;
            }
            if (!Character.isLetter(first) && !Character.isDigit(first)) {
                return false;
            }
            if (Character.isLetter(first) && !Character.isUpperCase(first) && !Character.isLowerCase(first)
                    && !Character.isTitleCase(first)) {
                return false; // a script without capitals (Arabic, Chinese): no title case to tell
            }
            words++;
            i = e;
        }
        return words >= 2;
    }
}
