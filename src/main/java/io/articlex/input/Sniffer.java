package io.articlex.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;

/**
 * Looks at the first bytes of an input to tell wide Unicode without a byte-order mark from binary
 * data. Both show NUL bytes, so the wide-text check comes first: UTF-16 text of Latin script has a NUL
 * in every other byte, UTF-32 in three of four; a binary file shows neither regular pattern, and most
 * carry a magic number at offset 0.
 */
final class Sniffer {

    /** How much of an input is looked at: enough for a verdict, constant cost on a 50 MB file. */
    static final int SAMPLE = 8192;

    private Sniffer() {
    }

    /**
     * A known binary format at offset 0: its name, or null. Formats chosen from what users mistake for text.
     * Chosen by the first byte, so a text is told from them in one comparison or a few instead of
     * ~30 prefix tests (each an array of the prefix in C1 code, which does not remove the allocation).
     */
    static String magic(byte[] b) {
        if (b.length == 0) {
            return null;
        }
        switch (b[0] & 0xFF) {
            case 0x89: return starts(b, 0x89, 'P', 'N', 'G') ? "PNG image" : null;
            case 0xFF: return starts(b, 0xFF, 0xD8, 0xFF) ? "JPEG image" : null;
            case 'G': return starts(b, 'G', 'I', 'F', '8') ? "GIF image" : null;
            case 'R':
                if (starts(b, 'R', 'I', 'F', 'F') && b.length >= 12) return "RIFF media (WebP, WAV or AVI)";
                return starts(b, 'R', 'a', 'r', '!', 0x1A, 0x07) ? "RAR archive" : null;
            case 'I':
                if (starts(b, 'I', 'I', '*', 0)) return "TIFF image";
                return starts(b, 'I', 'D', '3') && b.length > 3 && b[3] >= 2 && b[3] <= 4 ? "MP3 audio" : null;
            case 'M':
                if (starts(b, 'M', 'M', 0, '*')) return "TIFF image";
                return starts(b, 'M', 'Z') && hasNul(b, 64) ? "Windows executable" : null;
            case 0:
                if (starts(b, 0, 0, 0) && b.length >= 12 && b[4] == 'f' && b[5] == 't' && b[6] == 'y' && b[7] == 'p') return "MP4/HEIC media";
                return starts(b, 0, 'a', 's', 'm') ? "WebAssembly module" : null;
            case '%': return starts(b, '%', 'P', 'D', 'F', '-') ? "PDF document" : null;
            case 'P': return starts(b, 'P', 'K', 3, 4) || starts(b, 'P', 'K', 5, 6) || starts(b, 'P', 'K', 7, 8) ? "ZIP archive (or DOCX/EPUB/JAR)" : null;
            case 0x1F: return starts(b, 0x1F, 0x8B) ? "gzip archive" : null;
            case 'B': return starts(b, 'B', 'Z', 'h') && b.length > 3 && b[3] >= '1' && b[3] <= '9' ? "bzip2 archive" : null;
            case 0xFD: return starts(b, 0xFD, '7', 'z', 'X', 'Z', 0) ? "xz archive" : null;
            case '7': return starts(b, '7', 'z', 0xBC, 0xAF, 0x27, 0x1C) ? "7-Zip archive" : null;
            case 0x28: return starts(b, 0x28, 0xB5, 0x2F, 0xFD) ? "zstd archive" : null;
            case 0xD0: return starts(b, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1) ? "Microsoft Office document" : null;
            case 0x7F: return starts(b, 0x7F, 'E', 'L', 'F') ? "ELF executable" : null;
            case 0xCA: return starts(b, 0xCA, 0xFE, 0xBA, 0xBE) ? "Java class or Mach-O binary" : null;
            case 0xCF: return starts(b, 0xCF, 0xFA, 0xED, 0xFE) ? "Mach-O binary" : null;
            case 0xCE: return starts(b, 0xCE, 0xFA, 0xED, 0xFE) ? "Mach-O binary" : null;
            case 'S': return starts(b, 'S', 'Q', 'L', 'i', 't', 'e', ' ', 'f', 'o', 'r', 'm', 'a', 't', ' ', '3', 0) ? "SQLite database" : null;
            case 'O': return starts(b, 'O', 'g', 'g', 'S') ? "Ogg media" : null;
            case 'f': return starts(b, 'f', 'L', 'a', 'C') ? "FLAC audio" : null;
            case 0x1A: return starts(b, 0x1A, 0x45, 0xDF, 0xA3) ? "Matroska/WebM media" : null;
            default: return null;
        }
    }

    /**
     * True when the sample has too many control bytes to be text: NULs, or C0 controls other than
     * tab, line feed, carriage return, form feed, vertical tab and escape. Text has next to none
     * (Reuters SGML's end-of-text byte is one per story); random and compressed data has about 10%.
     */
    static boolean controlHeavy(byte[] b) {
        return controls(b).heavy();
    }

    /**
     * The counts {@link #controlHeavy} decides on, over the sample: control bytes other than whitespace
     * and escape, and NUL bytes among them. A sample without a NUL byte shows none of
     * {@link #wideUnicode}'s patterns either (each needs NULs in a tenth of its units or more), so the
     * decoder need not scan for them: most texts, for a second scan of up to 8 KB each.
     *
     * <p>{@code unplain} counts the bytes that are neither printable ASCII nor a line feed: a whole
     * input sampled with none is text the normaliser would return unchanged (a wire story typed in
     * plain ASCII, the usual small file), so its walk over every character can be spared.
     */
    record Controls(int control, int nul, int sampled, int unplain) {
        boolean heavy() {
            return sampled > 0 && (control * 20 > sampled || nul * 100 > sampled);
        }

        /** The whole of an input of {@code length} bytes was sampled, and it is printable ASCII and line feeds only. */
        boolean plainAscii(int length) {
            return sampled == length && unplain == 0;
        }
    }

    /** {@link Controls} of {@code b}'s sample. */
    static Controls controls(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        int nul = 0;
        int unplain = 0;
        int i = 0;
        while (i < n) {
            if (i + 8 <= n && printable8((long) LONGS.get(b, i))) {
                i += 8; // eight printable ASCII bytes, as most of a text's are: none is counted
                continue;
            }
            for (int end = Math.min(i + 8, n); i < end; i++) {
                int c = b[i] & 0xFF;
                if ((c - 0x20 & 0xFF) < 0x5F) {
                    continue;   // printable ASCII: one comparison (~20% of this loop in C1 code)
                }
                if (c >= 0x20) {
                    unplain++;   // DEL or a byte of a character past ASCII
                    continue;
                }
                if (c != '\n') {
                    unplain++;
                }
                if (c == 0) {
                    nul++;
                    control++;
                } else if (c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B) {
                    control++;
                }
            }
        }
        return new Controls(control, nul, n, unplain);
    }

    /**
     * Eight bytes at a time for {@link #controls}: a byte at a time, its loop was ~1.8% of a batch of
     * short wire stories in C1 code, which neither unrolls nor vectorises it.
     */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);

    /**
     * True when each byte of {@code x} is printable ASCII (0x20 to 0x7E): none has its high bit set, none
     * borrows below 0x20, and none carries to 0x80 when one is added (0x7F, DEL). A false answer may be
     * wrong only for a word that holds such a byte, whose bytes are then counted one by one.
     */
    static boolean printable8(long x) {
        return ((x | x - 0x2020202020202020L | x + 0x0101010101010101L) & 0x8080808080808080L) == 0;
    }

    /**
     * UTF-32 or UTF-16 without a byte-order mark, told by where the NUL bytes fall, and confirmed by a
     * strict decode of the sample; null when the bytes show no such pattern.
     */
    static Charset wideUnicode(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        if (n >= 8 && b.length % 4 == 0) {
            int units = n / 4;
            int le = 0;
            int be = 0;
            for (int i = 0; i + 3 < n; i += 4) {
                if (b[i + 3] == 0 && b[i + 2] == 0 && b[i] != 0) le++;
                if (b[i] == 0 && b[i + 1] == 0 && b[i + 3] != 0) be++;
            }
            if (le * 10 >= units * 9 && confirms(b, n, "UTF-32LE")) return Charset.forName("UTF-32LE");
            if (be * 10 >= units * 9 && confirms(b, n, "UTF-32BE")) return Charset.forName("UTF-32BE");
        }
        if (n >= 4 && b.length % 2 == 0) {
            int pairs = n / 2;
            int oddZero = 0;
            int evenZero = 0;
            for (int i = 0; i + 1 < n; i += 2) {
                if (b[i] == 0) evenZero++;
                if (b[i + 1] == 0) oddZero++;
            }
            // Latin-script text has a NUL high byte for most characters; allow a little noise on the other side.
            if (oddZero * 10 >= pairs * 3 && evenZero * 50 <= pairs && confirms(b, n, "UTF-16LE")) {
                return Charset.forName("UTF-16LE");
            }
            if (evenZero * 10 >= pairs * 3 && oddZero * 50 <= pairs && confirms(b, n, "UTF-16BE")) {
                return Charset.forName("UTF-16BE");
            }
        }
        return null;
    }

    /** The sample decodes without error (a cut surrogate pair at its very end is allowed) and has no control runs. */
    private static boolean confirms(byte[] b, int n, String charset) {
        int unit = charset.startsWith("UTF-32") ? 4 : 2;
        int len = n - n % unit;
        try {
            String s = Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, len)).toString();
            int control = 0;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0C) {
                    control++;
                }
            }
            return control * 20 <= Math.max(1, s.length());
        } catch (CharacterCodingException e) {
            // A sample cut inside a surrogate pair fails only at its end: retry one unit shorter.
            if (len > 2 * unit && b.length > len) {
                return confirmsExact(b, len - unit, charset);
            }
            return false;
        }
    }

    private static boolean confirmsExact(byte[] b, int len, String charset) {
        try {
            Charset.forName(charset).newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, 0, len));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    private static boolean hasNul(byte[] b, int within) {
        for (int i = 0; i < Math.min(b.length, within); i++) {
            if (b[i] == 0) {
                return true;
            }
        }
        return false;
    }

    static boolean starts(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != (prefix[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }
}
