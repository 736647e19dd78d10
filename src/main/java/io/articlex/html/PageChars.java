package io.articlex.html;

import java.util.Arrays;

/**
 * A page's characters as one {@code char[]}, decoded from UTF-8 and searched without a {@code String}.
 *
 * <p>Why: a page used to be decoded into a {@code String} (which for a page holding one curly quote
 * meant a Latin-1 copy, a widened copy, a second decoding loop and a trimmed copy), searched whole for
 * U+FFFD to tell whether the bytes were valid, read by {@link NameCap} and {@link NestingCap} through
 * {@code charAt} (a coder test and an index check per character) and copied again, piece by piece,
 * into jsoup's buffer. Decoded here, a page is validated in the same loop, and its characters are
 * read by index and handed to the parser by array copies.
 *
 * <p>The searches behave as {@code String}'s of the same name on the same characters.
 */
final class PageChars {

    private PageChars() {
    }

    /**
     * The characters of well-formed UTF-8 (the form the JDK's strict decoder accepts: no overlong
     * form, no encoded surrogate, nothing past U+10FFFF), or null for any other bytes, which the
     * caller decodes the general way.
     */
    static char[] utf8(byte[] b) {
        int n = b.length;
        char[] out = new char[n];
        int i = 0;
        int o = 0;
        while (i < n) {
            // Runs of ASCII four bytes a step (C1 does not unroll loops; most of a page is ASCII).
            while (i + 3 < n) {
                int c0 = b[i];
                int c1 = b[i + 1];
                int c2 = b[i + 2];
                int c3 = b[i + 3];
                if ((c0 | c1 | c2 | c3) < 0) {
                    break;
                }
                out[o] = (char) c0;
                out[o + 1] = (char) c1;
                out[o + 2] = (char) c2;
                out[o + 3] = (char) c3;
                i += 4;
                o += 4;
            }
            if (i >= n) {
                break;
            }
            int c = b[i];
            if (c >= 0) {
                out[o++] = (char) c;
                i++;
                continue;
            }
            c &= 0xFF;
            if (c < 0xC2) {
                return null; // a continuation byte without a lead, or an overlong two-byte form
            }
            if (c < 0xE0) {
                if (i + 1 >= n || (b[i + 1] & 0xC0) != 0x80) {
                    return null;
                }
                out[o++] = (char) ((c & 0x1F) << 6 | b[i + 1] & 0x3F);
                i += 2;
            } else if (c < 0xF0) {
                if (i + 2 >= n) {
                    return null;
                }
                int c2 = b[i + 1] & 0xFF;
                int c3 = b[i + 2] & 0xFF;
                if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || c == 0xE0 && c2 < 0xA0 || c == 0xED && c2 >= 0xA0) {
                    return null; // overlong, or a surrogate
                }
                out[o++] = (char) ((c & 0x0F) << 12 | (c2 & 0x3F) << 6 | c3 & 0x3F);
                i += 3;
            } else if (c < 0xF5) {
                if (i + 3 >= n) {
                    return null;
                }
                int c2 = b[i + 1] & 0xFF;
                int c3 = b[i + 2] & 0xFF;
                int c4 = b[i + 3] & 0xFF;
                if ((c2 & 0xC0) != 0x80 || (c3 & 0xC0) != 0x80 || (c4 & 0xC0) != 0x80
                        || c == 0xF0 && c2 < 0x90 || c == 0xF4 && c2 >= 0x90) {
                    return null; // overlong, or past U+10FFFF
                }
                int cp = (c & 0x07) << 18 | (c2 & 0x3F) << 12 | (c3 & 0x3F) << 6 | c4 & 0x3F;
                out[o++] = Character.highSurrogate(cp);
                out[o++] = Character.lowSurrogate(cp);
                i += 4;
            } else {
                return null;
            }
        }
        return o == n ? out : Arrays.copyOf(out, o);
    }

    /** Whether every character is white space, as {@link String#isBlank} tells. */
    static boolean blank(char[] s) {
        for (int i = 0; i < s.length; ) {
            int cp = Character.codePointAt(s, i);
            if (!Character.isWhitespace(cp)) {
                return false;
            }
            i += Character.charCount(cp);
        }
        return true;
    }

    /**
     * Index of the first {@code c} at or after {@code from}, or -1. Four characters a step: C1, which
     * compiles the page path, does not unroll loops, and the scans for {@code <} and quotes run over
     * every character of a page; a step of four took about 40% less time than one of one.
     */
    static int indexOf(char[] s, char c, int from) {
        int i = Math.max(from, 0);
        int n = s.length;
        for (; i + 3 < n; i += 4) {
            if (s[i] == c) {
                return i;
            }
            if (s[i + 1] == c) {
                return i + 1;
            }
            if (s[i + 2] == c) {
                return i + 2;
            }
            if (s[i + 3] == c) {
                return i + 3;
            }
        }
        for (; i < n; i++) {
            if (s[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Index of the first {@code what} (not empty) at or after {@code from}, or -1. */
    static int indexOf(char[] s, String what, int from) {
        char first = what.charAt(0);
        int last = s.length - what.length();
        for (int i = Math.max(from, 0); i <= last; i++) {
            i = indexOf(s, first, i);
            if (i < 0 || i > last) {
                return -1;
            }
            if (startsWith(s, what, i)) {
                return i;
            }
        }
        return -1;
    }

    /** Whether {@code what} stands at {@code at}. */
    static boolean startsWith(char[] s, String what, int at) {
        if (at < 0 || at > s.length - what.length()) {
            return false;
        }
        for (int j = 0; j < what.length(); j++) {
            if (s[at + j] != what.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@code name} (lower-case ASCII) stands at {@code at}, case ignored as
     * {@link String#regionMatches(boolean, int, String, int, int)} ignores it: by upper and then lower
     * case, so that a long s or a Kelvin sign matches as the parser's rules would not, but as the
     * scans did when they read a {@code String}.
     */
    static boolean regionMatchesIgnoreCase(char[] s, int at, String name) {
        if (at < 0 || at > s.length - name.length()) {
            return false;
        }
        for (int j = 0; j < name.length(); j++) {
            char c = s[at + j];
            char w = name.charAt(j);
            if (c == w || c < 0x80 && (c | 0x20) == w && w >= 'a' && w <= 'z') {
                continue;
            }
            if (c < 0x80) {
                return false;
            }
            char u = Character.toUpperCase(c);
            char v = Character.toUpperCase(w);
            if (u != v && Character.toLowerCase(u) != Character.toLowerCase(v)) {
                return false;
            }
        }
        return true;
    }
}
