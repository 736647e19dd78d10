package io.articlex.boilerplate;

/**
 * A position in the source of one of our own rule regexes, with the reading steps the two readers of
 * that source share: {@link RegexFacts} (what a match requires, for the rule index) and
 * {@link Needles} (the literal phrases a match must contain). Both read the same small regex dialect and
 * give up on anything outside it, so a quantifier or a {@code \p{..}} escape is read one way for both.
 */
abstract class RegexCursor {

    /** The regex source being read. */
    final String re;
    /** The index of the next character to read. */
    int at;

    RegexCursor(String re) {
        this.re = re;
    }

    /** Skips the name after {@code \p} or {@code \P}: a braced name or a single letter. */
    final void skipBraces() {
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

    /**
     * Reads the quantifier after an atom, if any: {least, most} repetitions, most -1 when unbounded;
     * {1, 1} when there is none. Lazy and possessive forms bound the same matches.
     */
    final long[] quantifier() {
        if (at >= re.length()) {
            return new long[] {1, 1};
        }
        char q = re.charAt(at);
        long[] out;
        if (q == '?') {
            out = new long[] {0, 1};
        } else if (q == '*') {
            out = new long[] {0, -1};
        } else if (q == '+') {
            out = new long[] {1, -1};
        } else if (q == '{') {
            int close = re.indexOf('}', at);
            if (close < 0) {
                throw new GiveUp();
            }
            String body = re.substring(at + 1, close);
            int comma = body.indexOf(',');
            String min = comma < 0 ? body : body.substring(0, comma);
            String max = comma < 0 ? body : body.substring(comma + 1);
            if (!isCount(min) || !max.isEmpty() && !isCount(max)) {
                throw new GiveUp();
            }
            out = new long[] {Long.parseLong(min), max.isEmpty() ? -1 : Long.parseLong(max)};
            at = close;
        } else {
            return new long[] {1, 1};
        }
        at++;
        if (at < re.length() && (re.charAt(at) == '?' || re.charAt(at) == '+')) {
            at++;
        }
        return out;
    }

    /** Skips a group's body up to its closing parenthesis, minding escapes and classes. */
    final void skipGroup() {
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
    final void skipClass() {
        if (at < re.length() && re.charAt(at) == '^') {
            at++;
        }
        if (at < re.length() && re.charAt(at) == ']') {
            at++; // a leading ']' is a literal
        }
        while (at < re.length()) {
            char c = re.charAt(at++);
            if (c == '\\') {
                skipClassEscape();
            } else if (c == '[') {
                throw new GiveUp();
            } else if (c == ']') {
                return;
            }
        }
        throw new GiveUp();
    }

    /** Skips the escape after a backslash inside a character class; quoting ({@code \Q}) gives up. */
    final void skipClassEscape() {
        if (at >= re.length() || re.charAt(at) == 'Q') {
            throw new GiveUp();
        }
        char e = re.charAt(at++);
        if (e == 'p' || e == 'P') {
            skipBraces();
        }
    }

    /** One to nine ASCII digits; a loop, since {@code String.matches} would compile a regex per quantifier at start-up. */
    private static boolean isCount(String s) {
        if (s.isEmpty() || s.length() > 9) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Thrown where the source leaves the dialect; the reader's caller then knows nothing of the rule. */
    static final class GiveUp extends RuntimeException {
        GiveUp() {
            super(null, null, false, false);
        }
    }
}
