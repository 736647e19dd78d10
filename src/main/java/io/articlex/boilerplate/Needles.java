package io.articlex.boilerplate;

import io.articlex.boilerplate.RegexCursor.GiveUp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Pieces of literal text of which every match of a regular expression contains at least one, read
 * from its source, case-folded ({@link #fold}). A rule written as a list of phrases in many languages,
 * {@code (?iu)[^\n]{0,80}(all rights reserved|tous droits réservés|...)[^\n]{0,120}}, has no character
 * or run of text that every match holds (what {@link RegexFacts} looks for), and opens with anything;
 * tried with {@code matches()} on every short paragraph it tries each phrase, ignoring case, at each of
 * the first 80 positions: a third of a batch of wire stories went into a handful of such rules. A
 * paragraph that holds none of the phrases cannot match, and that is a few {@code indexOf}s on the
 * paragraph folded once.
 *
 * <p>Conservative by construction: a needle list is given only when every match must contain one of
 * the needles, and anything the reader does not know gives no list. Literals count only in a sequence
 * (or a group, or every alternative of an alternation) that a match cannot skip; a lookaround's text
 * may lie outside the match and is not read. Letters are compared folded, upper- then lower-cased:
 * whether the regex matches with or without case, two characters it pairs fold to the same one
 * ({@code NeedlesTest} checks the folding against every BMP character), so the test never rules out a
 * paragraph the regex would match.
 */
final class Needles {

    /** More alternatives than this: no list (the check would cost about as much as the regex). */
    private static final int MAX_NEEDLES = 64;

    private static final int SUPPORTED = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE
            | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

    private Needles() {
    }

    /** The folded needles of {@code pattern}, one of which every match contains; null when there is no such list. */
    static String[] of(Pattern pattern) {
        return of(pattern.pattern(), pattern.flags());
    }

    /**
     * The folded needles of a regex not compiled yet: its source and the flags it is compiled with
     * (inline flags in the source are read as the compiled pattern's own). A rule's needles rule out
     * most paragraphs before its regex is ever needed, so it need not be compiled to read them.
     */
    static String[] of(String regex, int flags) {
        if ((flags & ~SUPPORTED) != 0) {
            return null;
        }
        try {
            Reader r = new Reader(regex);
            List<String> out = r.alternation();
            return r.at != r.re.length() || out == null || out.isEmpty() ? null : out.toArray(new String[0]);
        } catch (GiveUp e) {
            return null;
        }
    }

    /**
     * The character as matching ignoring case compares it: upper- then lower-cased (what
     * {@code Pattern} does with {@code UNICODE_CASE}; ASCII-only case folding and exact matching pair
     * fewer characters, never others).
     */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** The text with each char folded ({@link #fold(char)}); the same length. */
    static String fold(String text) {
        char[] out = text.toCharArray();
        for (int i = 0; i < out.length; i++) {
            out[i] = fold(out[i]);
        }
        return new String(out);
    }

    /** Folded needles with their pair hashes ({@link Text#pairs}), made once per rule. */
    static final class Prepared {
        static final Prepared NONE = new Prepared(new String[0]);
        final String[] texts;
        final int[][] pairs;
        /** Each needle's first pair hash, in one array: most needles are ruled out by it alone. */
        final int[] first;

        Prepared(String[] texts) {
            this.texts = texts;
            this.pairs = new int[texts.length][];
            this.first = new int[texts.length];
            for (int k = 0; k < texts.length; k++) {
                pairs[k] = Text.pairs(texts[k]);
                first[k] = pairs[k][0];
            }
        }

        boolean isEmpty() {
            return texts.length == 0;
        }
    }

    /**
     * A paragraph folded ({@link #fold(char)}), with the pairs of adjacent folded characters it holds
     * (and each character alone) hashed into a bit set: a needle is searched for only when all its
     * pairs are in the set. {@code String.indexOf} is a plain loop outside the C2 compiler, and a
     * paragraph meets dozens of needle lists; most needles fail on their first pair's bit.
     */
    static final class Text {
        private final char[] chars;
        private String folded;
        private final long[] pairs = new long[64];

        /**
         * Folds and hashes in one loop with the ASCII case and the hash written out: C1, which runs a
         * batch, inlines little, and a call per character for each of fold and the two hashes was a
         * twentieth of a batch of short stories.
         */
        Text(String text) {
            char[] out = text.toCharArray();
            long[] bits = pairs;
            int prev = 0;
            for (int i = 0; i < out.length; i++) {
                int f = out[i];
                if (f >= 128) {
                    f = fold((char) f);
                } else if (f >= 'A' && f <= 'Z') {
                    f += 32;
                }
                out[i] = (char) f;
                int h = (f * 31 + f) * 0x9E3779B1 >>> 20;
                bits[h >>> 6] |= 1L << h;
                if (i > 0) {
                    h = (prev * 31 + f) * 0x9E3779B1 >>> 20;
                    bits[h >>> 6] |= 1L << h;
                }
                prev = f;
            }
            chars = out;
        }

        private void set(int h) {
            pairs[h >>> 6] |= 1L << h;
        }

        private boolean has(int h) {
            return (pairs[h >>> 6] & 1L << h) != 0;
        }

        /**
         * False when the text lacks one of the characters (folded; an upper-case ASCII letter stands for
         * either case, as in {@link RegexFacts#containsAll}).
         */
        boolean mayContainAll(char[] required) {
            for (char c : required) {
                char f = fold(c);
                if (!has(hash(f, f))) {
                    return false;
                }
            }
            return true;
        }

        /** True when the folded text contains one of the needles. */
        boolean containsAny(Prepared needles) {
            int[] first = needles.first;
            long[] bits = pairs;
            for (int k = 0; k < first.length; k++) {
                int h = first[k];
                if ((bits[h >>> 6] & 1L << h) != 0 && mayContain(needles.pairs[k]) && folded().contains(needles.texts[k])) {
                    return true;
                }
            }
            return false;
        }

        /** True when the folded text contains the folded needle. */
        boolean contains(String needle) {
            return folded().contains(needle);
        }

        /** True when the folded text contains one of the (folded) needles. */
        boolean containsAny(String[] needles) {
            return containsAny(new Prepared(needles));
        }

        private String folded() {
            if (folded == null) {
                folded = new String(chars);
            }
            return folded;
        }

        /**
         * False when the text cannot contain {@code needle} (folded): one of its pairs of adjacent
         * characters, or its one character, is missing. Also answers for a run of literal text matched
         * with or without case ({@link RegexFacts#containsRun}), folded first: characters that compare
         * equal ignoring case fold to the same one.
         */
        boolean mayContain(String needle) {
            return mayContain(pairs(needle));
        }

        /** False when one of the pair hashes ({@link #pairs(String)}) is missing from the text. */
        boolean mayContain(int[] hashes) {
            for (int h : hashes) {
                if (!has(h)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The hashes of a folded needle's adjacent pairs, or of its one character, as {@link Text} sets
         * them; the pairs least common in running text first ({@link #commonness}). A paragraph holds
         * nearly every pair of a phrase such as {@code "reporting by"} but its rarest: tested in the
         * needle's own order, most needles passed two or three bit tests before one failed, and the
         * first pair of many ({@code " t"}, {@code "th"}) let nearly every paragraph through to the
         * rest. Which pairs are tested does not change, only the order.
         */
        static int[] pairs(String needle) {
            if (needle.length() == 1) {
                return new int[] {hash(needle.charAt(0), needle.charAt(0))};
            }
            int k = needle.length() - 1;
            long[] ranked = new long[k];
            for (int i = 1; i < needle.length(); i++) {
                char a = needle.charAt(i - 1);
                char b = needle.charAt(i);
                // commonness in the high bits, the position as a tie-break, so the sort is stable
                ranked[i - 1] = (long) (commonness(a) * commonness(b)) << 32 | (i - 1);
            }
            java.util.Arrays.sort(ranked);
            int[] out = new int[k];
            for (int j = 0; j < k; j++) {
                int i = (int) ranked[j] + 1;
                out[j] = hash(needle.charAt(i - 1), needle.charAt(i));
            }
            return out;
        }

        /**
         * How common a folded character is in running text, roughly (English letter frequencies per
         * thousand, the space most common, other characters rare); only the order of the pairs
         * depends on it.
         */
        static int commonness(char c) {
            if (c == ' ') {
                return 180;
            }
            if (c >= 'a' && c <= 'z') {
                return LETTERS[c - 'a'];
            }
            if (c >= '0' && c <= '9' || c == ',' || c == '.') {
                return 10;
            }
            return 3;
        }

        private static final int[] LETTERS = {82, 15, 28, 43, 127, 22, 20, 61, 70, 2, 8, 40, 24, 67, 75, 19, 1, 60, 63,
            91, 28, 10, 24, 2, 20, 1};

        private static int hash(char a, char b) {
            return (a * 31 + b) * 0x9E3779B1 >>> 20; // 12 bits
        }
    }

    /** A recursive-descent reader of the pattern source; each method gives a needle list or null (none known). */
    private static final class Reader extends RegexCursor {
        Reader(String re) {
            super(re);
        }

        /** Every alternative must bring a list: a match contains a needle of the one it took. */
        List<String> alternation() {
            Set<String> all = new LinkedHashSet<>();
            boolean known = true;
            while (true) {
                List<String> one = sequence();
                if (one == null) {
                    known = false;
                } else {
                    all.addAll(one);
                }
                if (at < re.length() && re.charAt(at) == '|') {
                    at++;
                    continue;
                }
                break;
            }
            return known && all.size() <= MAX_NEEDLES ? new ArrayList<>(all) : null;
        }

        /**
         * The best list among those a match of the sequence must contain: each run of single literals
         * (zero-width atoms do not break a run) and each atom that cannot be skipped. A class of plain
         * characters inside a run makes the run one text per character ({@code " [>›] "} gives
         * {@code " > "} and {@code " › "}): read alone it gave the run's lone spaces, which nearly every
         * paragraph holds, so a crumb-trail rule met {@code matches()} on most short paragraphs.
         */
        private List<String> sequence() {
            List<List<String>> candidates = new ArrayList<>();
            List<String> run = new ArrayList<>(List.of(""));
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                Atom atom = atom();
                long[] q = quantifier();
                if (atom.zeroWidth) {
                    continue;
                }
                boolean once = q[0] == 1 && q[1] == 1;
                if (atom.literal != null && once) {
                    run.replaceAll(t -> t + atom.literal);
                    continue;
                }
                if (atom.oneChar && once && run.size() * atom.needles.size() <= MAX_NEEDLES) {
                    List<String> grown = new ArrayList<>();
                    for (String t : run) {
                        for (String c : atom.needles) {
                            grown.add(t + c);
                        }
                    }
                    run = grown;
                    continue;
                }
                run = flush(run, candidates);
                if (atom.literal != null && q[0] >= 1) {
                    // "ab+" still holds one "ab"; a quoted run under a quantifier is given up on in quoted()
                    candidates.add(List.of(atom.literal));
                } else if (atom.needles != null && q[0] >= 1) {
                    candidates.add(atom.needles);
                }
            }
            flush(run, candidates);
            List<String> best = null;
            for (List<String> c : candidates) {
                if (best == null || shortest(c) > shortest(best) || shortest(c) == shortest(best) && c.size() < best.size()) {
                    best = c;
                }
            }
            return best;
        }

        /** Adds the run's texts (all of one length) as a candidate unless empty; returns a new empty run. */
        private static List<String> flush(List<String> run, List<List<String>> candidates) {
            if (!run.get(0).isEmpty()) {
                candidates.add(new ArrayList<>(new LinkedHashSet<>(run)));
            }
            return new ArrayList<>(List.of(""));
        }

        private static int shortest(List<String> needles) {
            int min = Integer.MAX_VALUE;
            for (String n : needles) {
                min = Math.min(min, n.length());
            }
            return min;
        }

        private Atom atom() {
            char c = re.charAt(at++);
            switch (c) {
                case '\\' -> {
                    return escape();
                }
                case '[' -> {
                    return charClass();
                }
                case '(' -> {
                    return group();
                }
                case '.' -> {
                    return Atom.UNKNOWN;
                }
                case '^', '$' -> {
                    return Atom.ZERO_WIDTH;
                }
                case '*', '+', '?', '{', ']', '}' -> throw new GiveUp();
                default -> {
                    return Atom.literal(c);
                }
            }
        }

        private Atom escape() {
            if (at >= re.length()) {
                throw new GiveUp();
            }
            char e = re.charAt(at++);
            if (e == 'Q') {
                return quoted();
            }
            if (e == 'p' || e == 'P') {
                skipBraces();
                return Atom.UNKNOWN;
            }
            if ("bBAGZz".indexOf(e) >= 0) {
                return Atom.ZERO_WIDTH;
            }
            if ("tnrfae".indexOf(e) >= 0) {
                return Atom.literal("\t\n\r\f\u0007\u001b".charAt("tnrfae".indexOf(e)));
            }
            if ("dDhHsSvVwWR".indexOf(e) >= 0) {
                return Atom.UNKNOWN;
            }
            if (Character.isLetterOrDigit(e)) {
                throw new GiveUp(); // back-references, code points by number or name, clusters: not read
            }
            return Atom.literal(e);
        }

        private Atom quoted() {
            int end = re.indexOf("\\E", at);
            int stop = end < 0 ? re.length() : end;
            String text = re.substring(at, stop);
            at = end < 0 ? re.length() : end + 2;
            if (text.length() > 1 && at < re.length() && "?*+{".indexOf(re.charAt(at)) >= 0) {
                throw new GiveUp(); // the quantifier binds the last quoted character only: not read
            }
            if (text.isEmpty()) {
                return Atom.ZERO_WIDTH;
            }
            StringBuilder folded = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                folded.append(checked(text.charAt(i)));
            }
            return new Atom(folded.toString(), null, false, false);
        }

        /** A class of plain characters ({@code [>›]}) gives each as a needle; ranges, negation and the rest give none. */
        private Atom charClass() {
            boolean plain = true;
            StringBuilder chars = new StringBuilder();
            if (at < re.length() && re.charAt(at) == '^') {
                plain = false;
                at++;
            }
            if (at < re.length() && re.charAt(at) == ']') {
                chars.append(']');
                at++;
            }
            while (at < re.length()) {
                char c = re.charAt(at++);
                if (c == '\\') {
                    skipClassEscape();
                    plain = false;
                } else if (c == '[') {
                    throw new GiveUp();
                } else if (c == ']') {
                    if (!plain || chars.length() == 0) {
                        return Atom.UNKNOWN;
                    }
                    List<String> needles = new ArrayList<>();
                    for (int i = 0; i < chars.length(); i++) {
                        String one = String.valueOf(checked(chars.charAt(i)));
                        if (!needles.contains(one)) {
                            needles.add(one);
                        }
                    }
                    return new Atom(null, List.copyOf(needles), false, true);
                } else if (c == '-' || c == '&') {
                    plain = false; // a range or an intersection
                } else {
                    chars.append(c);
                }
            }
            throw new GiveUp();
        }

        private Atom group() {
            if (at < re.length() && re.charAt(at) == '?') {
                at++;
                char k = at < re.length() ? re.charAt(at) : ')';
                if (k == '=' || k == '!' || k == '<' && at + 1 < re.length() && (re.charAt(at + 1) == '=' || re.charAt(at + 1) == '!')) {
                    skipGroup(); // a lookaround: its text may lie outside the match
                    return Atom.ZERO_WIDTH;
                }
                if (k == '<') {
                    int close = re.indexOf('>', at);
                    if (close < 0) {
                        throw new GiveUp();
                    }
                    at = close + 1; // named: its body is matched like any group's
                } else if (k == '>') {
                    at++; // atomic: likewise
                } else {
                    int colon = at;
                    while (colon < re.length() && (Character.isLetter(re.charAt(colon)) || re.charAt(colon) == '-')) {
                        colon++;
                    }
                    if (re.substring(at, colon).contains("x") || colon >= re.length()) {
                        throw new GiveUp(); // comments mode: white space and # mean something else
                    }
                    at = colon;
                    if (re.charAt(at) == ')') {
                        at++;
                        return Atom.ZERO_WIDTH; // inline flags: folding covers any case mode
                    }
                    if (re.charAt(at) != ':') {
                        throw new GiveUp();
                    }
                    at++;
                }
            }
            List<String> inner = alternation();
            if (at >= re.length() || re.charAt(at) != ')') {
                throw new GiveUp();
            }
            at++;
            return new Atom(null, inner, false, false);
        }
    }

    /** A folded literal character; a surrogate (half of a supplementary character, folded as one) gives up. */
    private static char checked(char c) {
        if (Character.isSurrogate(c)) {
            throw new GiveUp();
        }
        return fold(c);
    }

    /**
     * What one atom gives: its text when it is literal text (a character, a quoted run), else the
     * needles a match of it contains (null: none known); zero-width atoms span nothing. {@code oneChar}:
     * the needles are one character each and a match is exactly one of them (a class of plain characters).
     */
    private record Atom(String literal, List<String> needles, boolean zeroWidth, boolean oneChar) {
        static final Atom UNKNOWN = new Atom(null, null, false, false);
        static final Atom ZERO_WIDTH = new Atom(null, null, true, false);

        static Atom literal(char c) {
            return new Atom(String.valueOf(checked(c)), null, false, false);
        }
    }
}
