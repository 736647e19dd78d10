package io.articlex.input;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Finds, and on request repairs, UTF-8 text that was once decoded as windows-1252 or windows-1251
 * ({@code â€œ} for “, {@code вЂ™} for ’; the Trend repost of syn-dev-19 is the second kind).
 *
 * <p>Each maximal run of non-ASCII characters is encoded back to bytes in the suspect charset and
 * decoded as strict UTF-8. A run that decodes is a <em>hit</em>; a run that holds a would-be UTF-8
 * lead byte (0xC2..0xF4) but does not decode is a <em>miss</em> — a damaged sequence such as the
 * degraded {@code в's} of syn-dev-19, or ordinary Latin or Cyrillic text. The text counts as mojibake
 * when hits are at least as many as misses; the repair is unambiguous when hits outnumber misses and
 * only one of the two charsets shows hits: the hits are repaired and the misses kept as found (a
 * repost that degraded one mark still has its other marks restored). Linear in the text's length.
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

    /**
     * Character to byte for the high half of each charset, indexed by the character; 0 where the
     * charset has no byte for it (no character of the table maps to 0, they all map to 0x80..0xFF).
     * The bytes Java leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D in windows-1252) map to the C1
     * control of the same number, as Windows and browsers decode them: that is how the {@code ”} of
     * real mojibake survives as {@code â€} plus U+009D. An array rather than a map: every non-ASCII
     * character of a page is looked up, twice (a boxed map look-up was a tenth of reading a page).
     */
    private static final class Tables {
        static final byte[] CP1252 = table(HIGH_1252);
        static final byte[] CP1251 = table(HIGH_1251);

        private static byte[] table(String high) {
            byte[] t = new byte[Character.MAX_VALUE + 1];
            for (int b = 0x80; b <= 0xFF; b++) {
                t[high.charAt(b - 0x80)] = (byte) b;
            }
            return t;
        }
    }

    /**
     * What bytes 0x80..0xFF decode to in windows-1252, each undefined byte as the C1 control of its
     * number (see {@link Tables}); a test checks it against Java's decoder. Written out rather than
     * decoded at start-up: decoding each byte through the charset took as long as the rest of the
     * mojibake check of a short story that has any letter outside ASCII.
     */
    static final String HIGH_1252 = "\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F"
            + "\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178"
            + "\u00A0\u00A1\u00A2\u00A3\u00A4\u00A5\u00A6\u00A7\u00A8\u00A9\u00AA\u00AB\u00AC\u00AD\u00AE\u00AF"
            + "\u00B0\u00B1\u00B2\u00B3\u00B4\u00B5\u00B6\u00B7\u00B8\u00B9\u00BA\u00BB\u00BC\u00BD\u00BE\u00BF"
            + "\u00C0\u00C1\u00C2\u00C3\u00C4\u00C5\u00C6\u00C7\u00C8\u00C9\u00CA\u00CB\u00CC\u00CD\u00CE\u00CF"
            + "\u00D0\u00D1\u00D2\u00D3\u00D4\u00D5\u00D6\u00D7\u00D8\u00D9\u00DA\u00DB\u00DC\u00DD\u00DE\u00DF"
            + "\u00E0\u00E1\u00E2\u00E3\u00E4\u00E5\u00E6\u00E7\u00E8\u00E9\u00EA\u00EB\u00EC\u00ED\u00EE\u00EF"
            + "\u00F0\u00F1\u00F2\u00F3\u00F4\u00F5\u00F6\u00F7\u00F8\u00F9\u00FA\u00FB\u00FC\u00FD\u00FE\u00FF";

    /** The same for windows-1251 (0x98, undefined, as U+0098). */
    static final String HIGH_1251 = "\u0402\u0403\u201A\u0453\u201E\u2026\u2020\u2021\u20AC\u2030\u0409\u2039\u040A\u040C\u040B\u040F"
            + "\u0452\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u0098\u2122\u0459\u203A\u045A\u045C\u045B\u045F"
            + "\u00A0\u040E\u045E\u0408\u00A4\u0490\u00A6\u00A7\u0401\u00A9\u0404\u00AB\u00AC\u00AD\u00AE\u0407"
            + "\u00B0\u00B1\u0406\u0456\u0491\u00B5\u00B6\u00B7\u0451\u2116\u0454\u00BB\u0458\u0405\u0455\u0457"
            + "\u0410\u0411\u0412\u0413\u0414\u0415\u0416\u0417\u0418\u0419\u041A\u041B\u041C\u041D\u041E\u041F"
            + "\u0420\u0421\u0422\u0423\u0424\u0425\u0426\u0427\u0428\u0429\u042A\u042B\u042C\u042D\u042E\u042F"
            + "\u0430\u0431\u0432\u0433\u0434\u0435\u0436\u0437\u0438\u0439\u043A\u043B\u043C\u043D\u043E\u043F"
            + "\u0440\u0441\u0442\u0443\u0444\u0445\u0446\u0447\u0448\u0449\u044A\u044B\u044C\u044D\u044E\u044F";

    /**
     * Whether {@code len} bytes (all 0x80..0xFF) are well-formed UTF-8 as Java's strict decoder reads
     * it: lead C2..F4, continuation bytes 80..BF, no overlong form (E0 80..9F, F0 80..8F), no surrogate
     * (ED A0..BF), nothing above U+10FFFF (F4 90..BF).
     */
    static boolean wellFormedUtf8(byte[] b, int len) {
        int i = 0;
        while (i < len) {
            int lead = b[i] & 0xFF;
            int n;
            int lo = 0x80;
            int hi = 0xBF;
            if (lead >= 0xC2 && lead <= 0xDF) {
                n = 1;
            } else if (lead >= 0xE0 && lead <= 0xEF) {
                n = 2;
                if (lead == 0xE0) {
                    lo = 0xA0;
                } else if (lead == 0xED) {
                    hi = 0x9F;
                }
            } else if (lead >= 0xF0 && lead <= 0xF4) {
                n = 3;
                if (lead == 0xF0) {
                    lo = 0x90;
                } else if (lead == 0xF4) {
                    hi = 0x8F;
                }
            } else {
                return false;
            }
            if (i + n >= len) {
                return false;
            }
            int second = b[i + 1] & 0xFF;
            if (second < lo || second > hi) {
                return false;
            }
            for (int k = 2; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            i += n + 1;
        }
        return true;
    }

    /**
     * Whether {@link #scan(char[], boolean)} could find anything in the strict UTF-8 decoding of
     * {@code utf8[from..]}, answered from the bytes themselves: false means it would return null.
     *
     * <p>Why: a page's text is decoded from UTF-8 and then scanned for mojibake, once per suspect
     * charset over a copy of its characters, although almost no page is mojibake; on pages that was
     * ~5% of reading one. The bytes give the same answer in one pass and without the copy: in valid
     * UTF-8 a maximal run of non-ASCII characters is exactly a maximal run of bytes 0x80..0xFF, so
     * each run is decoded in place and counted for both charsets at once, by the same rules as the
     * character scan. Only a text that might be mojibake is scanned again as characters, for the
     * finding itself. The bytes must be valid UTF-8 (callers pass only bytes that decoded strictly).
     */
    static boolean mayShowInUtf8(byte[] utf8, int from) {
        Runs runs = new Runs();
        return anyHit(utf8, from, runs) && hitsOutweighMisses(utf8, from, runs);
    }

    /**
     * Whether any maximal run of non-ASCII characters in {@code utf8[from..]} is a hit for either
     * charset: without one {@link #mayShowInUtf8} is false whatever the misses.
     *
     * <p>Why: a hit needs two characters, so at least four bytes 0x80..0xFF in a row, and a page is
     * mostly ASCII. Looking at every fourth byte finds each such run (it must cover one of them):
     * the byte loop over every byte was a third of decoding a page in the first-tier compiled code
     * a batch runs. Runs shorter than four bytes (one accented letter, a curly quote) are only
     * misses and are not read here.
     */
    private static boolean anyHit(byte[] utf8, int from, Runs runs) {
        int n = utf8.length;
        // Invariant: the byte before i is ASCII, or i is where the scan started.
        int i = from;
        while (i + 3 < n) {
            if (utf8[i + 3] >= 0) {
                i += 4;
                continue;
            }
            int s = i + 3;
            while (s > i && utf8[s - 1] < 0) {
                s--;
            }
            int e = i + 4;
            while (e < n && utf8[e] < 0) {
                e++;
            }
            if (e - s >= 4 && (runs.read(utf8, s, e) & (HIT1 | HIT2)) != 0) {
                return true;
            }
            i = e + 1;
        }
        return false;
    }

    /** The byte loop of {@link #mayShowInUtf8}: every maximal run of non-ASCII bytes counted for both charsets. */
    private static boolean hitsOutweighMisses(byte[] utf8, int from, Runs runs) {
        int hits1 = 0;
        int misses1 = 0;
        int hits2 = 0;
        int misses2 = 0;
        int n = utf8.length;
        int i = from;
        while (i < n) {
            if (utf8[i] >= 0) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && utf8[e] < 0) {
                e++;
            }
            int says = runs.read(utf8, i, e);
            // A well-formed run opens with a lead byte, so a run without one is neither hit nor miss;
            // one character alone (an accented letter, a curly quote) is one byte, never well-formed.
            if ((says & LEAD1) != 0) {
                if ((says & HIT1) != 0) {
                    hits1++;
                } else {
                    misses1++;
                }
            }
            if ((says & LEAD2) != 0) {
                if ((says & HIT2) != 0) {
                    hits2++;
                } else {
                    misses2++;
                }
            }
            i = e;
        }
        return hits1 > 0 && hits1 >= misses1 || hits2 > 0 && hits2 >= misses2;
    }

    /** What {@link Runs#read} says of a run, as bits: it holds a would-be lead byte in windows-1252 (1251), and is a hit there. */
    private static final int LEAD1 = 1;
    private static final int HIT1 = 2;
    private static final int LEAD2 = 4;
    private static final int HIT2 = 8;

    /** Reads one run of non-ASCII UTF-8 bytes back into each suspect charset's bytes; holds the scratch buffers. */
    private static final class Runs {
        private byte[] run1 = new byte[64];
        private byte[] run2 = new byte[64];

        /** The {@link #LEAD1} .. {@link #HIT2} bits of the maximal run {@code utf8[from, to)} of bytes 0x80..0xFF. */
        int read(byte[] utf8, int from, int to) {
            byte[] enc1 = Tables.CP1252;
            byte[] enc2 = Tables.CP1251;
            int k = 0; // characters in the run so far
            boolean lead1 = false;
            boolean lead2 = false;
            boolean encodable1 = true;
            boolean encodable2 = true;
            int i = from;
            while (i < to) {
                int b0 = utf8[i] & 0xFF;
                if (b0 >= 0xF0) {
                    // A supplementary character: two surrogates, which neither charset has.
                    encodable1 = false;
                    encodable2 = false;
                    k += 2;
                    i += 4;
                    continue;
                }
                int c;
                if (b0 < 0xE0) {
                    c = (b0 & 0x1F) << 6 | utf8[i + 1] & 0x3F;
                    i += 2;
                } else {
                    c = (b0 & 0x0F) << 12 | (utf8[i + 1] & 0x3F) << 6 | utf8[i + 2] & 0x3F;
                    i += 3;
                }
                if (k >= run1.length) {
                    run1 = Arrays.copyOf(run1, k * 2);
                    run2 = Arrays.copyOf(run2, k * 2);
                }
                int v1 = enc1[c] & 0xFF;
                if (v1 == 0) {
                    encodable1 = false;
                } else {
                    lead1 |= v1 >= 0xC2 && v1 <= 0xF4;
                    run1[k] = (byte) v1;
                }
                int v2 = enc2[c] & 0xFF;
                if (v2 == 0) {
                    encodable2 = false;
                } else {
                    lead2 |= v2 >= 0xC2 && v2 <= 0xF4;
                    run2[k] = (byte) v2;
                }
                k++;
            }
            int says = 0;
            if (lead1) {
                says |= LEAD1;
                if (k > 1 && encodable1 && wellFormedUtf8(run1, k)) {
                    says |= HIT1;
                }
            }
            if (lead2) {
                says |= LEAD2;
                if (k > 1 && encodable2 && wellFormedUtf8(run2, k)) {
                    says |= HIT2;
                }
            }
            return says;
        }
    }

    /** The charset whose mis-reading the text shows, or null. {@code wantRepair} also builds the repaired text. */
    static Finding scan(String text, boolean wantRepair) {
        return scan(text.toCharArray(), wantRepair);
    }

    /**
     * As {@link #scan(String, boolean)}, on the text's characters. Walked as an array: String.charAt on
     * a text that is not Latin-1 checks its index on every call, which was most of the scan's time.
     */
    static Finding scan(char[] chars, boolean wantRepair) {
        Finding best = null;
        int suspects = 0;
        for (Charset c : SUSPECTS) {
            // Counted first, repaired only for the one reading that shows: most texts with accents are
            // no mojibake, and building their repair twice cost more than the count.
            Finding f = scan(chars, c, false);
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
        return wantRepair ? scan(chars, best.charset, true) : best;
    }

    static Finding scan(String text, Charset charset, boolean wantRepair) {
        return scan(text.toCharArray(), charset, wantRepair);
    }

    private static Finding scan(char[] text, Charset charset, boolean wantRepair) {
        byte[] enc = charset.equals(CP1251) ? Tables.CP1251 : Tables.CP1252;
        StringBuilder out = wantRepair ? new StringBuilder(text.length) : null;
        byte[] bytes = new byte[64];
        int hits = 0;
        int misses = 0;
        String example = null;
        int n = text.length;
        int i = 0;
        while (i < n) {
            char c = text[i];
            if (c < 0x80) {
                if (out != null) {
                    out.append(c);
                }
                i++;
                continue;
            }
            // A maximal run of non-ASCII characters, encoded back in the suspect charset as it goes.
            int start = i;
            boolean lead = false;
            boolean encodable = true;
            while (i < n && (c = text[i]) >= 0x80) {
                int b = enc[c] & 0xFF;
                if (b == 0) {
                    encodable = false;
                } else {
                    lead |= b >= 0xC2 && b <= 0xF4;
                    if (encodable) {
                        if (i - start == bytes.length) {
                            bytes = Arrays.copyOf(bytes, bytes.length * 2);
                        }
                        bytes[i - start] = (byte) b;
                    }
                }
                i++;
            }
            // Bytes of 0x80..0xFF that decode as UTF-8 always give fewer characters than the run
            // has, so a run that decodes always differs from its repair.
            if (encodable && wellFormedUtf8(bytes, i - start)) {
                hits++;
                if (example == null) {
                    example = new String(text, start, i - start);
                }
                if (out != null) {
                    out.append(new String(bytes, 0, i - start, StandardCharsets.UTF_8));
                }
            } else {
                if (lead) {
                    misses++;
                }
                if (out != null) {
                    out.append(text, start, i - start);
                }
            }
        }
        return new Finding(charset, hits, misses, example, out == null ? null : out.toString());
    }
}
