package io.articlex.boilerplate;

import io.articlex.boilerplate.RegexCursor.GiveUp;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What every match of a regular expression must look like, read from its source: the characters it
 * must contain, a run of literal text it must contain, the characters it can start and end with, and
 * the most characters it can span. They let the boilerplate stage rule a paragraph out with cheap
 * checks before a regex runs on it.
 *
 * <ul>
 * <li>The caption line rules open with {@code [^\n]{0,400}} and end in a literal shape
 * ({@code (Name/Agency)}, {@code ... AP Photo}); a whole-paragraph match of one against a
 * 600-character paragraph tries its tail at 400 positions, ~10 microseconds each time. A paragraph
 * that does not end in {@code )} or {@code o} cannot match, and that is one comparison.
 * <li>Almost every line rule is bounded ({@code {0,40}}, not {@code *}), and most bounds are short,
 * while body paragraphs are long: a rule whose matches span at most 120 characters cannot match a
 * 300-character paragraph; a sign-off rule whose matches span at most 20 characters need not be
 * searched for further than 20 characters from the end.
 * <li>Most of the others open with a literal word: one comparison of the paragraph's first character.
 * <li>What is left is ruled out by what it must contain ({@code " is a"}, {@code /}), which
 * {@code String.indexOf} finds at once.
 * </ul>
 *
 * <p>Conservative by construction: every fact holds for every match, and whatever the reader does not
 * understand weakens a fact rather than guesses. Literals count as required only at the top of a
 * sequence (or in a group all of whose alternatives require them) and when not made optional by a
 * quantifier. Ignoring case, an ASCII letter stands for both cases and the non-ASCII characters that
 * fold to it ({@link #FOLDED}); another letter is not read. For the length, an atom that matches one
 * code point counts two {@code char}s (a supplementary character), except a literal that is ASCII or
 * matched with case; an unbounded quantifier makes the length unbounded. {@code \Q} quoting,
 * back-references, comments mode and other syntax the reader does not know give up: no facts.
 *
 * @param required  characters every match contains; upper-case ASCII letters stand for either case
 * @param run       text every match contains (see {@link #containsRun}), or null
 * @param prefix    text every match opens with (see {@link #startsWithRun}), or null
 * @param first     the characters a non-empty match can start with (each once), or null when any
 * @param last      the characters a non-empty match can end with (each once), or null when any
 * @param minLength the fewest {@code char}s a match can span
 * @param maxLength the most {@code char}s a match can span, or {@link #UNBOUNDED}
 * @param firstWithClasses {@code first}, with character classes of literals and ranges read too
 *                  ({@code [-–]}, {@code [A-Za-z]}, {@code [a-z0-9]}): a rule that opens with one can
 *                  start with those characters only, where {@code first} says "any" (null: any)
 * @param lastWithClasses  the same for {@code last}
 */
record RegexFacts(Set<Character> required, Run run, Run prefix, String first, String last, int minLength,
        int maxLength, String firstWithClasses, String lastWithClasses) {

    static final int UNBOUNDED = Integer.MAX_VALUE;

    private static final RegexFacts UNKNOWN = new RegexFacts(Set.of(), null, null, null, null, 0, UNBOUNDED, null, null);

    private static final int SUPPORTED = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE
            | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

    /**
     * Literal text every match contains.
     *
     * @param text     the text
     * @param caseless whether it is matched ignoring case (then its letters are ASCII or have no case)
     * @param anchor   where in the text a search starts: its least common character, by the order of
     *                 English letter frequency (anything but a letter or a space counts as rare), so that
     *                 a search for "all rights reserved" visits the few v's of a paragraph, not its a's
     * @param forms    the characters that match the anchor character
     */
    record Run(String text, boolean caseless, int anchor, String forms) {
        static Run of(String text, boolean caseless) {
            int best = 0;
            int bestRank = -1;
            for (int i = 0; i < text.length(); i++) {
                char c = Character.toLowerCase(text.charAt(i));
                int rank = c == ' ' ? 0 : COMMON.indexOf(c) >= 0 ? COMMON.length() - COMMON.indexOf(c) : COMMON.length() + 1;
                if (rank > bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            char c = text.charAt(best);
            // a StringBuilder, not "+": the first string concatenation of a run bootstraps an invokedynamic
            // call site, ~10 ms of start-up for one parse
            String forms = caseless && Character.isLetter(c)
                    ? new StringBuilder().append(Character.toLowerCase(c)).append(Character.toUpperCase(c))
                            .append(FOLDED.getOrDefault(Character.toLowerCase(c), "")).toString()
                    : String.valueOf(c);
            return new Run(text, caseless, best, forms);
        }

        private static final String COMMON = "etaoinshrdlcumwfgypbvkjxqz";
    }

    /** The facts of the pattern; none when the reader cannot show them. */
    static RegexFacts of(Pattern pattern) {
        return of(pattern.pattern(), pattern.flags());
    }

    /** The facts of the regular expression {@code regex} compiled with {@code flags}. */
    static RegexFacts of(String regex, int flags) {
        if ((flags & ~SUPPORTED) != 0) {
            return UNKNOWN;
        }
        try {
            Reader r = new Reader(regex, (flags & Pattern.CASE_INSENSITIVE) != 0);
            r.unicodeClasses = (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
            Node out = r.alternation(0);
            if (r.at != r.re.length()) {
                return UNKNOWN;
            }
            Node wide = withClasses(regex, flags, out);
            return new RegexFacts(toSet(out.required), r.bestRun, r.bestPrefix, out.first, out.last, out.min, out.max,
                    wide.first, wide.last);
        } catch (GiveUp e) {
            return UNKNOWN;
        }
    }

    /**
     * The pattern read a second time with its simple character classes read ({@link Reader#readClasses}),
     * for {@link #firstWithClasses} and {@link #lastWithClasses} only: {@link #first} stays what the
     * stage's other checks were chosen by (a rule that can start with anything is also ruled out by the
     * text it must contain). {@code plain} when the second reading fails.
     */
    private static Node withClasses(String regex, int flags, Node plain) {
        try {
            Reader r = new Reader(regex, (flags & Pattern.CASE_INSENSITIVE) != 0);
            r.unicodeClasses = (flags & Pattern.UNICODE_CHARACTER_CLASS) != 0;
            r.readClasses = true;
            Node out = r.alternation(0);
            return r.at == r.re.length() ? out : plain;
        } catch (GiveUp e) {
            return plain;
        }
    }

    private static Set<Character> toSet(String chars) {
        if (chars == null) {
            return null;
        }
        Set<Character> out = new HashSet<>();
        for (int i = 0; i < chars.length(); i++) {
            out.add(chars.charAt(i));
        }
        return Set.copyOf(out);
    }

    /** The required characters as an array, or null when there are none. */
    char[] requiredArray() {
        if (required.isEmpty()) {
            return null;
        }
        char[] out = new char[required.size()];
        int k = 0;
        for (char c : required) {
            out[k++] = c;
        }
        return out;
    }

    /**
     * True when {@code text} contains every one of {@code chars}; an upper-case ASCII letter is found
     * in either case, since {@link #of} only gives those for letters of case-insensitive patterns.
     */
    static boolean containsAll(String text, char[] chars) {
        for (char c : chars) {
            if (text.indexOf(c) < 0 && !(c >= 'A' && c <= 'Z' && text.indexOf(Character.toLowerCase(c)) >= 0)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when {@code text} may contain the run: exactly, or ignoring case as
     * {@link String#regionMatches(boolean, int, String, int, int)} does, which pairs at least the
     * characters the regex pairs (it also pairs the characters of {@link #FOLDED}).
     */
    static boolean containsRun(String text, Run run) {
        String r = run.text();
        if (!run.caseless()) {
            return text.contains(r);
        }
        int anchor = run.anchor();
        String forms = run.forms();
        for (int k = 0; k < forms.length(); k++) {
            for (int i = text.indexOf(forms.charAt(k), anchor); i >= 0; i = text.indexOf(forms.charAt(k), i + 1)) {
                if (text.regionMatches(true, i - anchor, r, 0, r.length())) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The characters a literal {@code c} can match, as {@link #first()} gives them; null when any. */
    static String firstOfLiteral(char c, boolean caseless) {
        return new Reader("", caseless).literal(c).first;
    }

    /** True when {@code text} may open with the run: exactly, or ignoring case as {@link #containsRun} does. */
    static boolean startsWithRun(String text, Run run) {
        return text.regionMatches(run.caseless(), 0, run.text(), 0, run.text().length());
    }

    /**
     * The non-ASCII characters that match an ASCII letter when matching ignores case: the dotted and
     * dotless i, the Kelvin sign, the long s. Such a letter is never required in either case, and a
     * match may start or end with them. {@code RegexFactsTest} checks the table against every BMP
     * character.
     */
    static final Map<Character, String> FOLDED = Map.of('i', "\u0130\u0131", 'k', "\u212a", 's', "\u017f");

    /*
     * While reading, a set of characters is a String of distinct chars, null meaning any: the reader
     * runs once per rule at start-up, in the interpreter, where boxed hash sets cost ~10 ms for the
     * built-in rules.
     */

    /** The union of two character sets; null (any) when either is. */
    private static String union(String a, String b) {
        if (a == null || b == null) {
            return null;
        }
        StringBuilder out = null;
        for (int i = 0; i < b.length(); i++) {
            if (a.indexOf(b.charAt(i)) < 0) { // b's characters are distinct, so none is appended twice
                if (out == null) {
                    out = new StringBuilder(a);
                }
                out.append(b.charAt(i));
            }
        }
        return out == null ? a : out.toString();
    }

    /** The characters of {@code a} also in {@code b}. */
    private static String intersection(String a, String b) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < a.length(); i++) {
            if (b.indexOf(a.charAt(i)) >= 0) {
                out.append(a.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * True when matching ignores case and still pairs {@code c} with itself only: a symbol or punctuation
     * mark with no case mapping ({@code ©}, {@code »}). Letters are left out: some without a case of
     * their own are another letter's ({@code ß}, the lower case of the capital sharp s).
     * {@code RegexFactsTest} checks against every BMP character that no other character maps to one.
     */
    static boolean caseFree(char c) {
        return !Character.isSurrogate(c) && !Character.isLetter(c) && Character.toUpperCase(c) == c
                && Character.toLowerCase(c) == c && Character.toTitleCase(c) == c;
    }

    /**
     * What a piece of the pattern requires; how short and how long it can be; the characters the first
     * and the last {@code char} of a non-empty match can be (null: any); the character it is, when it is
     * one literal matched with case or a case-free character, else -1.
     */
    private record Node(String required, int min, int max, String first, String last, int literal) {
        /** An atom that spans one code point: one or two chars, any first char. */
        static Node codePoint() {
            return new Node("", 1, 2, null, null, -1);
        }

        /** A zero-width atom: a boundary, an anchor, a lookaround, inline flags. */
        static Node empty() {
            return new Node("", 0, 0, "", "", -1);
        }
    }

    private static int add(int a, int b) {
        return a == UNBOUNDED || b == UNBOUNDED || (long) a + b >= UNBOUNDED ? UNBOUNDED : a + b;
    }

    private static int times(int a, long n) {
        return a == 0 ? 0 : a == UNBOUNDED || a * n >= UNBOUNDED ? UNBOUNDED : (int) (a * n);
    }

    private static final String DIGITS = "0123456789";

    /** A recursive-descent reader of the pattern source. */
    private static final class Reader extends RegexCursor {
        private boolean caseless;
        /** The longest run of literal text in the top-level sequence, when there is one alternative. */
        private Run bestRun;
        /** The literal text the match opens with, when there is one alternative. */
        private Run bestPrefix;
        /** Whether {@code \d} means any Unicode digit (UNICODE_CHARACTER_CLASS, inline U). */
        private boolean unicodeClasses;
        /** Whether a character class gives its characters ({@link #classChars}) rather than "any". */
        private boolean readClasses;

        Reader(String re, boolean caseless) {
            super(re);
            this.caseless = caseless;
        }

        /** Alternatives up to the end or a closing parenthesis: what all of them require, the bounds of any. */
        Node alternation(int depth) {
            Node first = sequence(depth);
            String required = first.required;
            int min = first.min;
            int max = first.max;
            String firstChars = first.first;
            String lastChars = first.last;
            while (at < re.length() && re.charAt(at) == '|') {
                at++;
                if (depth == 0) {
                    bestRun = null; // a run of one alternative is not in the others' matches
                    bestPrefix = null;
                }
                Node next = sequence(depth + 1);
                required = intersection(required, next.required);
                min = Math.min(min, next.min);
                max = Math.max(max, next.max);
                firstChars = union(firstChars, next.first);
                lastChars = union(lastChars, next.last);
            }
            return new Node(required, min, max, firstChars, lastChars, -1);
        }

        private Node sequence(int depth) {
            String required = "";
            int min = 0;
            int max = 0;
            List<Node> atoms = new ArrayList<>();
            List<long[]> quantifiers = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            boolean runCaseless = false;
            boolean prefixOpen = depth == 0; // every atom so far a literal or zero-width: the run opens the match
            while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
                boolean caselessBefore = caseless;
                Node atom = atom();
                long[] q = quantifier();
                atoms.add(atom);
                quantifiers.add(q);
                if (q[0] > 0) {
                    required = union(required, atom.required);
                }
                min = add(min, times(atom.min, q[0]));
                max = add(max, q[1] < 0 ? (atom.max == 0 ? 0 : UNBOUNDED) : times(atom.max, q[1]));
                // a run of single literals; zero-width atoms (\b, lookarounds) do not break it
                if (atom.literal >= 0 && q[0] == 1 && q[1] == 1) {
                    run.append((char) atom.literal);
                    runCaseless |= caselessBefore;
                } else if (atom.max != 0 || q[1] < 0) {
                    if (prefixOpen && run.length() >= 2) {
                        bestPrefix = Run.of(run.toString(), runCaseless);
                    }
                    prefixOpen = false;
                    keep(depth, run, runCaseless);
                    run.setLength(0);
                    runCaseless = false;
                }
            }
            if (prefixOpen && run.length() >= 2) {
                bestPrefix = Run.of(run.toString(), runCaseless);
            }
            keep(depth, run, runCaseless);
            return new Node(required, min, max, edge(atoms, quantifiers, false), edge(atoms, quantifiers, true), -1);
        }

        /** Keeps the run if it is in the top-level sequence and the longest so far. */
        private void keep(int depth, StringBuilder run, boolean runCaseless) {
            if (depth == 0 && run.length() >= 2 && (bestRun == null || run.length() > bestRun.text().length())) {
                bestRun = Run.of(run.toString(), runCaseless);
            }
        }

        /**
         * The characters a non-empty match of the sequence can start (or end) with: those of each atom
         * from that end up to the first that cannot be empty.
         */
        private static String edge(List<Node> atoms, List<long[]> quantifiers, boolean fromEnd) {
            String out = "";
            for (int k = 0; k < atoms.size(); k++) {
                int i = fromEnd ? atoms.size() - 1 - k : k;
                Node atom = atoms.get(i);
                long[] q = quantifiers.get(i);
                if (atom.max == 0 || q[1] == 0) {
                    continue; // spans nothing
                }
                out = union(out, fromEnd ? atom.last : atom.first);
                if (out == null || q[0] > 0 && atom.min > 0) {
                    break;
                }
            }
            return out;
        }

        /** One atom: the characters it requires (none for classes, escapes, lookarounds...), its length. */
        private Node atom() {
            char c = re.charAt(at++);
            switch (c) {
                case '\\' -> {
                    return escape();
                }
                case '[' -> {
                    if (readClasses) {
                        int from = at;
                        String chars = classChars();
                        if (chars != null) {
                            return new Node("", 1, 2, chars, chars, -1); // as codePoint() but for its ends
                        }
                        at = from;
                    }
                    skipClass();
                    return Node.codePoint();
                }
                case '(' -> {
                    return group();
                }
                case '.' -> {
                    return Node.codePoint();
                }
                case '^', '$' -> {
                    return Node.empty();
                }
                case '*', '+', '?', '{', ']', '}' -> throw new GiveUp(); // a quantifier with no atom: not ours
                default -> {
                    return literal(c);
                }
            }
        }

        private Node escape() {
            if (at >= re.length()) {
                throw new GiveUp();
            }
            char e = re.charAt(at++);
            if (e == 'Q') {
                return quoted();
            }
            if (e == 'p' || e == 'P') {
                skipBraces();
                return Node.codePoint();
            }
            if ("bBAGZz".indexOf(e) >= 0) {
                return Node.empty(); // boundaries and anchors
            }
            if ("tnrfae".indexOf(e) >= 0) {
                return literal("\t\n\r\f\u0007\u001b".charAt("tnrfae".indexOf(e)));
            }
            if (e == 'd' && !unicodeClasses) {
                return new Node("", 1, 1, DIGITS, DIGITS, -1); // [0-9] unless UNICODE_CHARACTER_CLASS
            }
            if ("dDhHsSvVwWR".indexOf(e) >= 0) {
                return Node.codePoint();
            }
            if (Character.isLetterOrDigit(e)) {
                // quoting, back-references, control characters, code points by number or name, clusters: not read
                throw new GiveUp();
            }
            return literal(e);
        }

        /**
         * The characters between {@code \Q} and {@code \E} (or the end), as one group of literals: the
         * outlets' chrome and sign-off rules are quoted names.
         */
        private Node quoted() {
            int from = at;
            int end = re.indexOf("\\E", from);
            int stop = end < 0 ? re.length() : end;
            at = end < 0 ? re.length() : end + 2;
            if (stop - from > 1 && at < re.length() && "?*+{".indexOf(re.charAt(at)) >= 0) {
                throw new GiveUp(); // a quantifier then binds the last quoted character only: not read
            }
            if (stop == from) {
                return Node.empty();
            }
            String required = "";
            int max = 0;
            for (int i = from; i < stop; i++) {
                Node lit = literal(re.charAt(i));
                required = union(required, lit.required);
                max = add(max, lit.max);
            }
            // (its text does not join the sequence's literal run: kept simple)
            return new Node(required, stop - from, max, literal(re.charAt(from)).first, literal(re.charAt(stop - 1)).last, -1);
        }

        private Node literal(char c) {
            String required = "";
            String ends;
            int literal = -1;
            if (!caseless || c < 128 && !Character.isLetter(c) || caseFree(c)) {
                required = String.valueOf(c);
                ends = required;
                literal = c;
            } else if (c < 128) {
                char upper = Character.toUpperCase(c);
                char lower = Character.toLowerCase(c);
                String folded = FOLDED.get(lower);
                ends = new StringBuilder().append(upper).append(lower).append(folded == null ? "" : folded).toString();
                if (folded == null) {
                    required = String.valueOf(upper); // stands for "this letter in either case", see containsAll
                }
                literal = c;
            } else {
                ends = null; // a non-ASCII letter ignoring case: not worked out
            }
            int width = !caseless || c < 128 || caseFree(c) ? 1 : 2;
            return new Node(required, 1, width, ends, ends, literal);
        }

        /** The most characters {@link #classChars} lists; a wider class counts as any character. */
        private static final int CLASS_CHARS = 256;

        /**
         * The characters a class whose '[' was read can match, each once, as {@link #literal} gives a
         * literal's (both cases of an ASCII letter ignoring case, and the letters that fold to it), read
         * up to its ']': literals, ranges of them, escaped punctuation, {@code \t}-style controls and
         * {@code \d} (ASCII digits unless UNICODE_CHARACTER_CLASS). Null for anything else, with
         * {@link #at} then left anywhere: a negation, a nested class or intersection ({@code [}, {@code &}),
         * a property or other escape, a surrogate, a letter past ASCII ignoring case, or more than
         * {@link #CLASS_CHARS} characters.
         */
        private String classChars() {
            if (at >= re.length() || re.charAt(at) == '^' || re.charAt(at) == ']') {
                return null;
            }
            StringBuilder out = new StringBuilder();
            while (at < re.length()) {
                char c = re.charAt(at++);
                if (c == ']') {
                    return out.toString();
                }
                if (c == '\\') {
                    if (at >= re.length()) {
                        return null;
                    }
                    char e = re.charAt(at++);
                    if (e == 'd' && !unicodeClasses) {
                        if (!addChars(out, DIGITS)) {
                            return null;
                        }
                        continue;
                    }
                    int control = "tnrfae".indexOf(e);
                    if (control >= 0) {
                        c = "\t\n\r\f\u0007\u001b".charAt(control);
                    } else if (Character.isLetterOrDigit(e) || Character.isSurrogate(e)) {
                        return null; // \p, \w, \s, \x41, \Q ...: not read
                    } else {
                        c = e;
                    }
                } else if (c == '[' || c == '&' || Character.isSurrogate(c)) {
                    return null;
                }
                char to = c;
                if (at + 1 < re.length() && re.charAt(at) == '-' && re.charAt(at + 1) != ']') {
                    to = re.charAt(at + 1);
                    if (to == '\\' || to == '[' || to == '&' || Character.isSurrogate(to) || to < c) {
                        return null;
                    }
                    at += 2;
                }
                for (int k = c; k <= to; k++) {
                    if (Character.isSurrogate((char) k)) {
                        return null;
                    }
                    String forms = literal((char) k).first;
                    if (forms == null || !addChars(out, forms)) {
                        return null;
                    }
                }
            }
            return null;
        }

        /** Adds the characters {@code chars} not yet in {@code out}; false past {@link #CLASS_CHARS}. */
        private static boolean addChars(StringBuilder out, String chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (out.indexOf(String.valueOf(chars.charAt(i))) < 0) {
                    if (out.length() == CLASS_CHARS) {
                        return false;
                    }
                    out.append(chars.charAt(i));
                }
            }
            return true;
        }

        private Node group() {
            boolean consumes = true;
            if (at < re.length() && re.charAt(at) == '?') {
                at++;
                char k = at < re.length() ? re.charAt(at) : ')';
                if (k == '=' || k == '!' || k == '<' && at + 1 < re.length() && (re.charAt(at + 1) == '=' || re.charAt(at + 1) == '!')) {
                    // lookarounds: their text may lie outside the match; they span nothing of it
                    skipGroup();
                    return Node.empty();
                }
                if (k == '<' || k == '>') {
                    // named or atomic: spans what its body spans, requires nothing (kept simple)
                    int close = k == '<' ? re.indexOf('>', at) : at;
                    if (close < 0) {
                        throw new GiveUp();
                    }
                    at = close + 1;
                    consumes = false;
                } else {
                    // inline flags, "(?i)" or "(?i:...)"
                    int colon = at;
                    while (colon < re.length() && (Character.isLetter(re.charAt(colon)) || re.charAt(colon) == '-')) {
                        colon++;
                    }
                    String flags = re.substring(at, colon);
                    if (flags.contains("x") || colon >= re.length()) {
                        throw new GiveUp();
                    }
                    if (flags.contains("i")) {
                        caseless = true; // for the rest of the pattern too: conservative
                    }
                    if (flags.contains("U")) {
                        unicodeClasses = true; // likewise
                    }
                    at = colon;
                    if (re.charAt(at) == ')') {
                        at++;
                        return Node.empty();
                    }
                    if (re.charAt(at) != ':') {
                        throw new GiveUp();
                    }
                    at++;
                }
            }
            Node inner = alternation(1);
            if (at >= re.length() || re.charAt(at) != ')') {
                throw new GiveUp();
            }
            at++;
            return consumes ? inner : new Node("", inner.min, inner.max, inner.first, inner.last, -1);
        }
    }
}
