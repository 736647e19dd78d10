package io.articlex.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds, and on request repairs, UTF-8 text that was once decoded as windows-1252 or windows-1251
 * ({@code â€œ} for “, {@code вЂ™} for ’; the Trend repost of syn-dev-19 is the second kind).
 *
 * <p>Each maximal run of non-ASCII characters is encoded back to bytes in the suspect charset and
 * decoded as strict UTF-8. A run that decodes is a <em>hit</em>; a run that holds a would-be UTF-8
 * lead byte (0xC2..0xF4) but does not decode is a <em>miss</em> — a damaged sequence such as the
 * degraded {@code в's} of syn-dev-19, or ordinary Latin or Cyrillic text. The text counts as mojibake
 * when hits are at least as many as misses; the repair is unambiguous only with no miss at all and
 * only one of the two charsets showing hits. Linear in the text's length.
 */
final class Mojibake {

    static final Charset CP1252 = Charset.forName("windows-1252");
    static final Charset CP1251 = Charset.forName("windows-1251");
    private static final List<Charset> SUSPECTS = List.of(CP1252, CP1251);

    /** What the scan found for one charset. */
    record Finding(Charset charset, int hits, int misses, String example, String repaired) {
        boolean looksLikeMojibake() {
            return hits > 0 && hits >= misses;
        }
    }

    private Mojibake() {
    }

    /** The run's bytes in the single-byte charset, or null when a character is not in it. */
    private static ByteBuffer encode(String run, Map<Character, Byte> table) {
        byte[] out = new byte[run.length()];
        for (int i = 0; i < run.length(); i++) {
            Byte b = table.get(run.charAt(i));
            if (b == null) {
                return null;
            }
            out[i] = b;
        }
        return ByteBuffer.wrap(out);
    }

    /**
     * Character to byte for the high half of each charset. The bytes Java leaves undefined (0x81, 0x8D,
     * 0x8F, 0x90, 0x9D in windows-1252) map to the C1 control of the same number, as Windows and
     * browsers decode them: that is how the {@code ”} of real mojibake survives as {@code â€} plus U+009D.
     */
    private static final class Tables {
        static final Map<Character, Byte> CP1252 = table(Mojibake.CP1252);
        static final Map<Character, Byte> CP1251 = table(Mojibake.CP1251);

        private static Map<Character, Byte> table(Charset c) {
            Map<Character, Byte> t = new HashMap<>();
            for (int b = 0x80; b <= 0xFF; b++) {
                String s = new String(new byte[] {(byte) b}, c);
                char ch = s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b;
                t.put(ch, (byte) b);
            }
            return Map.copyOf(t);
        }
    }

    /** The charset whose mis-reading the text shows, or null. {@code wantRepair} also builds the repaired text. */
    static Finding scan(String text, boolean wantRepair) {
        Finding best = null;
        int suspects = 0;
        for (Charset c : SUSPECTS) {
            Finding f = scan(text, c, wantRepair);
            if (f.looksLikeMojibake()) {
                suspects++;
                if (best == null || f.hits > best.hits) {
                    best = f;
                }
            }
        }
        if (best == null) {
            return null;
        }
        if (suspects > 1) {
            // Both readings fit: say so, but never repair.
            return new Finding(best.charset, best.hits, Math.max(best.misses, 1), best.example, null);
        }
        return best;
    }

    static Finding scan(String text, Charset charset, boolean wantRepair) {
        Map<Character, Byte> enc = charset.equals(CP1251) ? Tables.CP1251 : Tables.CP1252;
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        StringBuilder out = wantRepair ? new StringBuilder(text.length()) : null;
        int hits = 0;
        int misses = 0;
        String example = null;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && text.charAt(i) >= 0x80) {
                i++;
            }
            String run = text.substring(start, i);
            String fixed = null;
            boolean lead = false;
            for (int k = 0; k < run.length() && !lead; k++) {
                Byte b = enc.get(run.charAt(k));
                lead = b != null && (b & 0xFF) >= 0xC2 && (b & 0xFF) <= 0xF4;
            }
            ByteBuffer bytes = encode(run, enc);
            if (bytes != null) {
                try {
                    fixed = utf8.reset().decode(bytes).toString();
                } catch (CharacterCodingException e) {
                    fixed = null;
                }
            }
            if (fixed != null && !fixed.equals(run)) {
                hits++;
                if (example == null) {
                    example = run;
                }
                if (out != null) {
                    out.append(fixed);
                }
            } else {
                if (lead) {
                    misses++;
                }
                if (out != null) {
                    out.append(run);
                }
            }
        }
        return new Finding(charset, hits, misses, example, out == null ? null : out.toString());
    }
}
