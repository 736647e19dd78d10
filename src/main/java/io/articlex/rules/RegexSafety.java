package io.articlex.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the shapes of regular expression that make Java's backtracking matcher take exponential time
 * on a short line, so that a rules file holding one is refused before it is used (the time budget
 * per input still stops any that slips through):
 * <ul>
 *   <li>a part repeated without bound whose own length varies: {@code (a+)+}, {@code (a*)*},
 *       {@code (?:\w+\s?)+}, {@code (a{1,3})+};</li>
 *   <li>alternatives that can start with the same character inside an unbounded repetition:
 *       {@code (a|a)+}, {@code (?:x|\w)*};</li>
 *   <li>a backreference or a lookaround inside a repetition: {@code (?:(a)\1)+},
 *       {@code (?:(?=a)a)+}.</li>
 * </ul>
 * Possessive quantifiers ({@code a++}) and atomic groups ({@code (?>a+)}) never backtrack into what
 * they matched, so what they hold does not count. The reading of the pattern is syntactic and errs
 * towards refusing: a pattern refused here can always be written without the shape.
 */
final class RegexSafety {

    /** What a part of the pattern holds, as far as backtracking goes. */
    private record Info(boolean varies, boolean backref, boolean lookaround) {
        static final Info NONE = new Info(false, false, false);

        Info or(Info o) {
            return new Info(varies || o.varies, backref || o.backref, lookaround || o.lookaround);
        }
    }

    /** The first character a branch can match: a lower-cased character, or {@link #ANY} when not one known character. */
    private static final int ANY = -1;
    private static final int NOTHING = -2;

    private static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    private final String s;
    private int i;
    /** The quantifier just read lets its atom match nothing ({@code ?}, {@code *}, {@code {0,n}}). */
    private boolean optional;

    private RegexSafety(String s) {
        this.s = s;
    }

    /** Why the pattern is refused, or null when it has none of the shapes. The pattern must compile. */
    static String problem(String regex) {
        try {
            RegexSafety r = new RegexSafety(regex);
            r.alternatives(new ArrayList<>());
            return null;
        } catch (Refused e) {
            return e.getMessage();
        } catch (RuntimeException e) {
            // A construct this reader does not follow: the time budget still covers the pattern.
            return null;
        }
    }

    /** Reads alternatives up to a closing parenthesis or the end; the first character of each goes to {@code firsts}. */
    private Info alternatives(List<Integer> firsts) {
        Info info = Info.NONE;
        int first = NOTHING;
        while (i < s.length() && s.charAt(i) != ')') {
            char c = s.charAt(i);
            if (c == '|') {
                firsts.add(first);
                first = NOTHING;
                i++;
                continue;
            }
            int atStart = i;
            Atom a = atom();
            Info q = quantified(a, atStart);
            if (first == NOTHING && a.first != NOTHING) {
                // An atom that may match nothing (b? in (a|b?a)+) lets the branch start with what follows.
                first = optional ? ANY : a.first;
            }
            info = info.or(q);
        }
        firsts.add(first);
        return info;
    }

    /** One atom: its first character and what it holds. */
    private record Atom(int first, Info info, boolean group, List<Integer> branches) {
    }

    private Atom atom() {
        char c = s.charAt(i);
        switch (c) {
            case '(':
                return group();
            case '[':
                skipClass();
                return new Atom(ANY, Info.NONE, false, null);
            case '\\':
                return escape();
            case '.':
                i++;
                return new Atom(ANY, Info.NONE, false, null);
            case '^':
            case '$':
                i++;
                return new Atom(NOTHING, Info.NONE, false, null);
            default:
                i++;
                return new Atom(Character.toLowerCase(c), Info.NONE, false, null);
        }
    }

    private Atom group() {
        i++; // (
        boolean lookaround = false;
        boolean atomic = false;
        if (s.startsWith("?", i)) {
            if (s.startsWith("?=", i) || s.startsWith("?!", i)) {
                lookaround = true;
                i += 2;
            } else if (s.startsWith("?<=", i) || s.startsWith("?<!", i)) {
                lookaround = true;
                i += 3;
            } else if (s.startsWith("?>", i)) {
                atomic = true;
                i += 2;
            } else if (s.startsWith("?<", i)) {
                i = s.indexOf('>', i) + 1;
            } else {
                // (?flags) or (?flags:...)
                int j = i + 1;
                while (j < s.length() && s.charAt(j) != ')' && s.charAt(j) != ':') {
                    j++;
                }
                if (j < s.length() && s.charAt(j) == ')') {
                    i = j + 1;
                    return new Atom(NOTHING, Info.NONE, false, null);
                }
                i = j + 1;
            }
        }
        List<Integer> branches = new ArrayList<>();
        Info inner = alternatives(branches);
        i++; // )
        if (lookaround) {
            return new Atom(NOTHING, new Info(false, inner.backref, true), true, null);
        }
        Info info = atomic ? new Info(false, inner.backref, inner.lookaround) : inner;
        int first = branches.size() == 1 ? branches.get(0) : ANY;
        return new Atom(first, info, true, atomic ? null : branches);
    }

    /** The atom with its quantifier, if any; refuses the shapes of the class comment. */
    private Info quantified(Atom a, int atomStart) {
        optional = false;
        if (i >= s.length()) {
            return a.info;
        }
        char q = s.charAt(i);
        boolean unbounded;
        boolean repeats;
        boolean varies = true;
        if (q == '*' || q == '+') {
            i++;
            unbounded = true;
            repeats = true;
            optional = q == '*';
        } else if (q == '?') {
            i++;
            unbounded = false;
            repeats = false;
            optional = true;
        } else if (q == '{' && isCount(i)) {
            int close = s.indexOf('}', i);
            String body = s.substring(i + 1, close);
            i = close + 1;
            int comma = body.indexOf(',');
            optional = Integer.parseInt((comma >= 0 ? body.substring(0, comma) : body).strip()) == 0;
            unbounded = comma >= 0 && body.substring(comma + 1).isBlank();
            repeats = unbounded || Integer.parseInt(comma >= 0 ? body.substring(comma + 1).strip() : body.strip()) > 1;
            varies = comma >= 0;
        } else {
            return a.info;
        }
        boolean possessive = false;
        if (i < s.length() && (s.charAt(i) == '?' || s.charAt(i) == '+')) {
            possessive = s.charAt(i) == '+';
            i++;
        }
        String part = s.substring(atomStart, i);
        if (repeats && a.info.backref) {
            throw new Refused("a backreference inside the repetition " + part + " can take exponential time");
        }
        if (repeats && a.info.lookaround) {
            throw new Refused("a lookaround inside the repetition " + part + " can take exponential time");
        }
        if (possessive) {
            return new Info(false, a.info.backref, a.info.lookaround);
        }
        if (unbounded && a.info.varies) {
            throw new Refused("nested quantifiers: " + part + " repeats without bound a part whose own length varies"
                    + " (the shape of (a+)+), which can take exponential time");
        }
        if (unbounded && a.branches != null && overlap(a.branches)) {
            throw new Refused("alternatives that can match the same text inside the repetition " + part
                    + " (the shape of (a|a)+) can take exponential time");
        }
        return new Info(a.info.varies || varies, a.info.backref, a.info.lookaround);
    }

    private static boolean overlap(List<Integer> firsts) {
        for (int x = 0; x < firsts.size(); x++) {
            for (int y = x + 1; y < firsts.size(); y++) {
                int a = firsts.get(x);
                int b = firsts.get(y);
                if (a == NOTHING || b == NOTHING) {
                    continue;
                }
                if (a == ANY || b == ANY || a == b) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean isCount(int at) {
        int close = s.indexOf('}', at);
        return close > at + 1 && s.substring(at + 1, close).matches("\\s*\\d+\\s*(,\\s*\\d*\\s*)?");
    }

    private Atom escape() {
        char c = s.charAt(i + 1);
        i += 2;
        switch (c) {
            case 'Q': {
                int end = s.indexOf("\\E", i);
                int first = i < s.length() && end != i ? Character.toLowerCase(s.charAt(i)) : NOTHING;
                i = end < 0 ? s.length() : end + 2;
                return new Atom(first, Info.NONE, false, null);
            }
            case 'k':
                i = s.indexOf('>', i) + 1;
                return new Atom(ANY, new Info(false, true, false), false, null);
            case 'p':
            case 'P':
                if (i < s.length() && s.charAt(i) == '{') {
                    i = s.indexOf('}', i) + 1;
                } else {
                    i++;
                }
                return new Atom(ANY, Info.NONE, false, null);
            case 'x':
                if (i < s.length() && s.charAt(i) == '{') {
                    i = s.indexOf('}', i) + 1;
                } else {
                    i += 2;
                }
                return new Atom(ANY, Info.NONE, false, null);
            case 'u':
                i += 4;
                return new Atom(ANY, Info.NONE, false, null);
            case 'c':
                i++;
                return new Atom(ANY, Info.NONE, false, null);
            case '0':
                while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '7') {
                    i++;
                }
                return new Atom(ANY, Info.NONE, false, null);
            case 'b':
            case 'B':
            case 'A':
            case 'z':
            case 'Z':
            case 'G':
                return new Atom(NOTHING, Info.NONE, false, null);
            case 't':
                return new Atom('\t', Info.NONE, false, null);
            case 'n':
                return new Atom('\n', Info.NONE, false, null);
            case 'r':
                return new Atom('\r', Info.NONE, false, null);
            case 'f':
                return new Atom('\f', Info.NONE, false, null);
            default:
                if (c >= '1' && c <= '9') {
                    while (i < s.length() && Character.isDigit(s.charAt(i))) {
                        i++;
                    }
                    return new Atom(ANY, new Info(false, true, false), false, null);
                }
                if (Character.isLetter(c)) {
                    return new Atom(ANY, Info.NONE, false, null); // \d \s \w \h \v \R \X ...
                }
                return new Atom(Character.toLowerCase(c), Info.NONE, false, null);
        }
    }

    /** Skips a character class, nested classes and escapes included. */
    private void skipClass() {
        int depth = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\') {
                if (s.startsWith("\\Q", i)) {
                    int end = s.indexOf("\\E", i + 2);
                    i = end < 0 ? s.length() : end + 2;
                    continue;
                }
                i += 2;
                continue;
            }
            if (c == '[') {
                depth++;
                i++;
                if (i < s.length() && s.charAt(i) == '^') {
                    i++;
                }
                if (i < s.length() && s.charAt(i) == ']') {
                    i++; // a ']' first in a class is a literal
                }
                continue;
            }
            i++;
            if (c == ']' && --depth == 0) {
                return;
            }
        }
    }
}
