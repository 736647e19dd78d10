package io.articlex.boilerplate;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The characters every match of a regular expression must contain, read from its source. The caption
 * line rules open with {@code [^\n]{0,400}} and end in a literal shape ({@code (Name/Agency)},
 * {@code [Name/Agency]}, {@code ... Photo}); matching one against a 600-character paragraph tries
 * its tail at 400 positions, about 10 microseconds for the four of them, on every paragraph. A
 * paragraph without a {@code /} cannot match three of them, and {@code String.indexOf} says so at
 * once.
 *
 * <p>Conservative by construction: an atom counts only when it is a plain literal at the top of the
 * sequence (or in a group all of whose alternatives require it) and is not made optional by its
 * quantifier. Lookarounds, classes, escapes of letters and digits, {@code \Q} quoting and comments mode
 * give nothing or give up. Under case-insensitive matching only ASCII characters count: those that
 * are not letters as they are, letters in either case (see {@link #containsAll}).
 */
final class RequiredChars {

    private static final int SUPPORTED = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.MULTILINE
            | Pattern.DOTALL | Pattern.UNICODE_CHARACTER_CLASS | Pattern.UNIX_LINES;

    private final String re;
    private int at;
    private boolean caseless;

    private RequiredChars(String re, boolean caseless) {
        this.re = re;
        this.caseless = caseless;
    }

    /** The required characters of the pattern; empty when none can be shown. */
    static Set<Character> of(Pattern pattern) {
        if ((pattern.flags() & ~SUPPORTED) != 0) {
            return Set.of();
        }
        try {
            RequiredChars r = new RequiredChars(pattern.pattern(), (pattern.flags() & Pattern.CASE_INSENSITIVE) != 0);
            Set<Character> out = r.alternation();
            return r.at == r.re.length() ? out : Set.of();
        } catch (GiveUp e) {
            return Set.of();
        }
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

    /** Alternatives up to the end or a closing parenthesis: what all of them require. */
    private Set<Character> alternation() {
        Set<Character> all = sequence();
        while (at < re.length() && re.charAt(at) == '|') {
            at++;
            all.retainAll(sequence());
        }
        return all;
    }

    private Set<Character> sequence() {
        Set<Character> out = new HashSet<>();
        while (at < re.length() && re.charAt(at) != '|' && re.charAt(at) != ')') {
            Set<Character> atom = atom();
            if (!optionalQuantifier()) {
                out.addAll(atom);
            }
        }
        return out;
    }

    /** One atom; the characters it requires (empty for classes, escapes, lookarounds...). */
    private Set<Character> atom() {
        char c = re.charAt(at++);
        switch (c) {
            case '\\' -> {
                if (at >= re.length()) {
                    throw new GiveUp();
                }
                char e = re.charAt(at++);
                if (e == 'Q' || e == 'k' || e == 'c' || e == 'x' || e == 'u' || e == '0') {
                    throw new GiveUp(); // quoting, back-references by name, control, hex, octal
                }
                if (e == 'p' || e == 'P') {
                    skipBraces();
                    return new HashSet<>();
                }
                if (Character.isLetterOrDigit(e)) {
                    return new HashSet<>(); // \s \b \d \1 ... : no literal
                }
                return literal(e);
            }
            case '[' -> {
                skipClass();
                return new HashSet<>();
            }
            case '(' -> {
                return group();
            }
            case '.', '^', '$' -> {
                return new HashSet<>();
            }
            case '*', '+', '?', '{', ']', '}' -> throw new GiveUp(); // a quantifier with no atom: not ours
            default -> {
                return literal(c);
            }
        }
    }

    /**
     * ASCII letters that some non-ASCII character folds to when matching ignores case (the Kelvin sign,
     * long s, dotted and dotless i): never required in either case. {@code RequiredCharsTest} checks
     * the list against every BMP character.
     */
    static final String FOLDED_FROM_NON_ASCII = "iks";

    private Set<Character> literal(char c) {
        Set<Character> out = new HashSet<>();
        if (!caseless || c < 128 && !Character.isLetter(c)) {
            out.add(c);
        } else if (c < 128 && FOLDED_FROM_NON_ASCII.indexOf(Character.toLowerCase(c)) < 0) {
            out.add(Character.toUpperCase(c)); // stands for "this letter in either case", see containsAll
        }
        return out;
    }

    private Set<Character> group() {
        if (at < re.length() && re.charAt(at) == '?') {
            at++;
            char k = at < re.length() ? re.charAt(at) : ')';
            if (k == '=' || k == '!' || k == '<' || k == '>') {
                // lookarounds (their text may lie outside the match), named and atomic groups: skip, require nothing
                skipGroup();
                return new HashSet<>();
            }
            // inline flags, "(?i)" or "(?i:...)"
            int colon = at;
            while (colon < re.length() && Character.isLetter(re.charAt(colon)) || colon < re.length() && re.charAt(colon) == '-') {
                colon++;
            }
            String flags = re.substring(at, colon);
            if (flags.contains("x") || colon >= re.length()) {
                throw new GiveUp();
            }
            if (flags.contains("i")) {
                caseless = true; // for the rest of the pattern too: conservative
            }
            at = colon;
            if (re.charAt(at) == ')') {
                at++;
                return new HashSet<>();
            }
            if (re.charAt(at) != ':') {
                throw new GiveUp();
            }
            at++;
        }
        Set<Character> inner = alternation();
        if (at >= re.length() || re.charAt(at) != ')') {
            throw new GiveUp();
        }
        at++;
        return inner;
    }

    /** Skips a group's body up to its closing parenthesis, minding escapes and classes. */
    private void skipGroup() {
        int depth = 1;
        while (at < re.length() && depth > 0) {
            char c = re.charAt(at++);
            if (c == '\\') {
                if (at < re.length() && re.charAt(at) == 'Q') {
                    throw new GiveUp();
                }
                at++;
            } else if (c == '[') {
                skipClass();
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        if (depth > 0) {
            throw new GiveUp();
        }
    }

    /** Skips a character class whose '[' was read; nested classes and quoting give up. */
    private void skipClass() {
        if (at < re.length() && re.charAt(at) == '^') {
            at++;
        }
        if (at < re.length() && re.charAt(at) == ']') {
            at++; // a leading ']' is a literal
        }
        while (at < re.length()) {
            char c = re.charAt(at++);
            if (c == '\\') {
                if (at >= re.length() || re.charAt(at) == 'Q') {
                    throw new GiveUp();
                }
                char e = re.charAt(at++);
                if (e == 'p' || e == 'P') {
                    skipBraces();
                }
            } else if (c == '[') {
                throw new GiveUp();
            } else if (c == ']') {
                return;
            }
        }
        throw new GiveUp();
    }

    private void skipBraces() {
        if (at < re.length() && re.charAt(at) == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                throw new GiveUp();
            }
            at = close + 1;
        } else {
            at++; // \pL
        }
    }

    /** Reads the quantifier after an atom, if any; true when it allows zero repetitions. */
    private boolean optionalQuantifier() {
        if (at >= re.length()) {
            return false;
        }
        char q = re.charAt(at);
        boolean optional;
        if (q == '?' || q == '*') {
            at++;
            optional = true;
        } else if (q == '+') {
            at++;
            optional = false;
        } else if (q == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                throw new GiveUp();
            }
            String body = re.substring(at + 1, close);
            String min = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
            if (!min.matches("\\d{1,9}")) {
                throw new GiveUp();
            }
            optional = Integer.parseInt(min) == 0;
            at = close + 1;
        } else {
            return false;
        }
        if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
            at++; // lazy or possessive: same set of required characters
        }
        return optional;
    }

    private static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
