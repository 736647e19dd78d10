package io.articlex.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Names the charset of bytes that are not UTF-8. An HTML page's own {@code <meta charset>} wins; then
 * juniversalchardet (Mozilla's detector, ported to Java) judges byte statistics, which tells
 * windows-1252 from windows-1251, KOI8-R, Shift_JIS, GB18030 and the like far better than a rule of
 * ours could; windows-1252 is the answer of last resort, being what most mislabelled Western text is.
 *
 * <p>The detector is only touched from {@link Detector}, a holder class: valid UTF-8, which is nearly
 * every input, never loads it.
 */
final class CharsetGuess {

    static final Charset FALLBACK = Charset.forName("windows-1252");

    /** How much the detector reads: its verdict settles long before this, and the cost stays bounded. */
    private static final int DETECT_LIMIT = 1 << 20;

    /** A guess and where it came from, for the warning. */
    record Guess(Charset charset, String how) {
    }

    private CharsetGuess() {
    }

    static Guess guess(byte[] b, int offset) {
        Charset meta = declared(b, offset);
        if (meta != null) {
            return new Guess(meta, "declared by the page's meta charset");
        }
        Charset detected = Detector.detect(b, offset);
        if (detected != null) {
            return new Guess(detected, "detected");
        }
        return new Guess(FALLBACK, "assumed");
    }

    /** A charset the page declares in its first 4 KB, when Java knows it and it is not UTF-8 (which already failed). */
    static Charset declared(byte[] b, int offset) {
        int n = Math.min(b.length - offset, 4096);
        String head = new String(b, offset, n, StandardCharsets.ISO_8859_1);
        String label = MetaCharset.label(head);
        if (label == null) {
            return null;
        }
        Charset c = forName(label);
        return c == null || c.equals(StandardCharsets.UTF_8) ? null : c;
    }

    static Charset forName(String name) {
        try {
            String n = name.toLowerCase(Locale.ROOT);
            // The WHATWG encoding standard reads these labels as windows-1252, and so do browsers.
            if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
                return FALLBACK;
            }
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Holder: loads juniversalchardet only when a non-UTF-8 input needs it. */
    private static final class Detector {
        static Charset detect(byte[] b, int offset) {
            org.mozilla.universalchardet.UniversalDetector d = new org.mozilla.universalchardet.UniversalDetector();
            int end = (int) Math.min(b.length, (long) offset + DETECT_LIMIT);
            for (int i = offset; i < end && !d.isDone(); i += 65536) {
                d.handleData(b, i, Math.min(65536, end - i));
            }
            d.dataEnd();
            String name = d.getDetectedCharset();
            if (name == null) {
                return null;
            }
            Charset c = forName(name);
            // UTF-8 already failed strictly; a wide charset would have been caught by the sniffer.
            if (c == null || c.equals(StandardCharsets.UTF_8) || name.startsWith("UTF-")) {
                return null;
            }
            return c;
        }
    }
}
