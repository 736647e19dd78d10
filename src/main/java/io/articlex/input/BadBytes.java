package io.articlex.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads UTF-8 that holds a few invalid bytes — a stray windows-1252 {@code é} pasted into a UTF-8 file,
 * a byte lost in transfer — as UTF-8, instead of letting them turn the whole file into a legacy charset
 * (which would garble every correct multi-byte character around them). Each invalid sequence becomes
 * its windows-1252 reading when that is a letter (the likely origin of a lone {@code 0xE9}), else
 * U+FFFD; the warning names its byte offset. A file whose invalid sequences are at least as many as
 * its valid multi-byte characters is not UTF-8 at all, and is left to {@link CharsetGuess}.
 */
final class BadBytes {

    /** How many offsets a warning lists before it only counts. */
    private static final int LISTED = 3;

    record Result(String text, String warning) {
    }

    private BadBytes() {
    }

    /** The bytes from {@code offset} read as UTF-8 with their invalid sequences replaced, or null when most of them are invalid. */
    static Result decode(byte[] bytes, int offset) {
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
        CharBuffer out = CharBuffer.allocate(bytes.length - offset + 16);
        List<String> where = new ArrayList<>();
        int bad = 0;
        while (true) {
            CoderResult r = utf8.decode(in, out, true);
            if (r.isUnderflow()) {
                break;
            }
            if (r.isError()) {
                int at = in.position();
                int len = r.length();
                char repl = len == 1 ? legacyLetter(bytes[at]) : '\uFFFD';
                out.put(repl);
                bad++;
                if (where.size() < LISTED) {
                    where.add(String.format("%d (0x%02X%s)", at, bytes[at] & 0xFF, repl == '\uFFFD' ? "" : ", read as '" + repl + "'"));
                }
                in.position(at + len);
            }
        }
        utf8.flush(out);
        out.flip();
        String text = out.toString();
        int wide = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && c != '\uFFFD' && !Character.isLowSurrogate(c)) {
                wide++;
            }
        }
        if (bad == 0 || wide - bad <= bad) {
            return null; // mostly invalid (or nothing to repair): not UTF-8
        }
        String warning = "input is not valid UTF-8 at byte offset" + (bad == 1 ? " " : "s ") + String.join(", ", where)
                + (bad > LISTED ? " and " + (bad - LISTED) + " more" : "")
                + "; decoded as UTF-8 with " + (bad == 1 ? "that byte" : "those bytes") + " replaced";
        return new Result(text, warning);
    }

    /** The windows-1252 reading of one byte when it is a letter (0xE9 → é), else U+FFFD. */
    private static char legacyLetter(byte b) {
        String s = new String(new byte[] {b}, Mojibake.CP1252);
        char c = s.isEmpty() ? '\uFFFD' : s.charAt(0);
        return Character.isLetter(c) ? c : '\uFFFD';
    }
}
