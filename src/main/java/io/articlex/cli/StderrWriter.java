package io.articlex.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Standard error with every control character written as a visible escape ({@code \x1b},
 * {@code \x0d}, {@code \u202e}): file names, record ids and messages come from the inputs, and an
 * escape sequence in a file name would otherwise drive the user's terminal, a carriage return hide the
 * start of an error line, a bidirectional override reverse it. Line ends pass. The one sequence
 * articlex writes on purpose, the progress line's "carriage return, erase line" at the start of a
 * write, passes too.
 */
final class StderrWriter extends Writer {

    /** What the progress line starts each redraw with. */
    static final String ERASE_LINE = "\r\033[K";

    private final Writer out;

    StderrWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        write(new String(cbuf, off, len));
    }

    @Override
    public void write(String s, int off, int len) throws IOException {
        int start = off;
        int end = off + len;
        if (s.startsWith(ERASE_LINE, off) && len >= ERASE_LINE.length()) {
            out.write(ERASE_LINE);
            start += ERASE_LINE.length();
        }
        int from = start;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (needsEscape(c)) {
                out.write(s, from, i - from);
                out.write(escape(c));
                from = i + 1;
            }
        }
        out.write(s, from, end - from);
    }

    @Override
    public void write(String s) throws IOException {
        write(s, 0, s.length());
    }

    static boolean needsEscape(char c) {
        return (c < 0x20 && c != '\n') || (c >= 0x7f && c <= 0x9f)
                || c == '\u2028' || c == '\u2029'
                || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069');
    }

    /** One line of text with every control character escaped, line ends included. */
    static String oneLine(String s) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n' || needsEscape(c)) {
                if (sb == null) {
                    sb = new StringBuilder(s.length() + 8).append(s, 0, i);
                }
                sb.append(escape(c));
            } else if (sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static String escape(char c) {
        return c <= 0xff ? String.format("\\x%02x", (int) c) : String.format("\\u%04x", (int) c);
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
