package io.articlex.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The binary formats told by their first bytes, and texts that open with the same letters. */
class SnifferTest {

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length + 64];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void eachFormatIsNamedByItsMagicNumber() {
        Map<String, byte[]> cases = new LinkedHashMap<>();
        cases.put("PNG image", bytes(0x89, 'P', 'N', 'G'));
        cases.put("JPEG image", bytes(0xFF, 0xD8, 0xFF));
        cases.put("GIF image", bytes('G', 'I', 'F', '8'));
        cases.put("RIFF media (WebP, WAV or AVI)", bytes('R', 'I', 'F', 'F'));
        cases.put("RAR archive", bytes('R', 'a', 'r', '!', 0x1A, 0x07));
        cases.put("TIFF image", bytes('I', 'I', '*', 0));
        cases.put("MP3 audio", bytes('I', 'D', '3', 3));
        cases.put("Windows executable", bytes('M', 'Z', 0x90, 0));
        cases.put("MP4/HEIC media", bytes(0, 0, 0, 0x18, 'f', 't', 'y', 'p'));
        cases.put("WebAssembly module", bytes(0, 'a', 's', 'm'));
        cases.put("PDF document", bytes('%', 'P', 'D', 'F', '-'));
        cases.put("ZIP archive (or DOCX/EPUB/JAR)", bytes('P', 'K', 5, 6));
        cases.put("gzip archive", bytes(0x1F, 0x8B));
        cases.put("bzip2 archive", bytes('B', 'Z', 'h', '9'));
        cases.put("xz archive", bytes(0xFD, '7', 'z', 'X', 'Z', 0));
        cases.put("7-Zip archive", bytes('7', 'z', 0xBC, 0xAF, 0x27, 0x1C));
        cases.put("zstd archive", bytes(0x28, 0xB5, 0x2F, 0xFD));
        cases.put("Microsoft Office document", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1));
        cases.put("ELF executable", bytes(0x7F, 'E', 'L', 'F'));
        cases.put("Java class or Mach-O binary", bytes(0xCA, 0xFE, 0xBA, 0xBE));
        cases.put("Mach-O binary", bytes(0xCE, 0xFA, 0xED, 0xFE));
        cases.put("SQLite database", "SQLite format 3\0".getBytes(StandardCharsets.ISO_8859_1));
        cases.put("Ogg media", bytes('O', 'g', 'g', 'S'));
        cases.put("FLAC audio", bytes('f', 'L', 'a', 'C'));
        cases.put("Matroska/WebM media", bytes(0x1A, 0x45, 0xDF, 0xA3));
        cases.forEach((name, b) -> assertThat(Sniffer.magic(b)).as(name).isEqualTo(name));
        assertThat(Sniffer.magic(bytes(0xCF, 0xFA, 0xED, 0xFE))).isEqualTo("Mach-O binary");
        assertThat(Sniffer.magic(bytes('M', 'M', 0, '*'))).isEqualTo("TIFF image");
        assertThat(Sniffer.magic(bytes('P', 'K', 3, 4))).isEqualTo("ZIP archive (or DOCX/EPUB/JAR)");
        assertThat(Sniffer.magic(bytes('P', 'K', 7, 8))).isEqualTo("ZIP archive (or DOCX/EPUB/JAR)");
    }

    @Test
    void textsOpeningWithTheSameLettersAreNotBinary() {
        for (String t : new String[] {"RIFF", "Rar news", "ID3", "MZANSI news", "PK Sharma said", "BZh", "SQLite is a library",
                "Oggi a Roma", "fLaT", "GIFT", "%PDF", "", "I", "Reuters", "\u00ffx"}) {
            byte[] b = t.getBytes(StandardCharsets.ISO_8859_1);
            assertThat(Sniffer.magic(b)).as(t).isNull();
        }
        assertThat(Sniffer.magic(bytes('R', 'I', 'F', 'F').clone())).isNotNull();
        assertThat(Sniffer.magic("RIFF".getBytes(StandardCharsets.US_ASCII))).as("too short for RIFF").isNull();
        assertThat(Sniffer.magic("GIF8".getBytes(StandardCharsets.US_ASCII))).isEqualTo("GIF image");
    }

    /**
     * The decoder skips the wide-Unicode sniff for a sample without a NUL byte: no such sample, of any
     * length, shows a pattern; the same text in UTF-16 or UTF-32 (NULs in every unit) does.
     */
    @Test
    void noWideUnicodeWithoutANulByte() {
        java.util.Random random = new java.util.Random(5);
        for (int len = 0; len < 300; len++) {
            for (int k = 0; k < 20; k++) {
                byte[] b = new byte[len];
                for (int i = 0; i < len; i++) {
                    b[i] = (byte) (1 + random.nextInt(k % 2 == 0 ? 255 : 127));
                }
                assertThat(Sniffer.controls(b).nul()).isZero();
                assertThat(Sniffer.wideUnicode(b)).isNull();
            }
        }
        String text = "Talks resume in Geneva; officials met again on Tuesday.";
        for (String wide : new String[] {"UTF-16LE", "UTF-16BE", "UTF-32LE", "UTF-32BE"}) {
            byte[] b = text.getBytes(java.nio.charset.Charset.forName(wide));
            assertThat(Sniffer.controls(b).nul()).isPositive();
            assertThat(Sniffer.wideUnicode(b)).hasToString(wide);
        }
        Sniffer.Controls counts = Sniffer.controls(new byte[] {'a', 0, 1, '\t', '\n', 0x1B, 'b', 0});
        assertThat(counts).isEqualTo(new Sniffer.Controls(3, 2, 8, 5));
        assertThat(counts.heavy()).isTrue();
        assertThat(Sniffer.controls(new byte[0]).heavy()).isFalse();
    }

    @Test
    void plainAsciiIsPrintableAsciiAndLineFeedsOverTheWholeInput() {
        byte[] story = "A story.\n\nIt said ~{x}.".getBytes(StandardCharsets.US_ASCII);
        assertThat(Sniffer.controls(story).plainAscii(story.length)).isTrue();
        assertThat(Sniffer.controls(new byte[0]).plainAscii(0)).isTrue();
        for (int c : new int[] {'\r', '\t', 0x0B, 0x0C, 0x1B, 0, 1, 0x7F, 0x80, 0xC3, 0xFF}) {
            byte[] b = {'a', (byte) c, 'b'};
            assertThat(Sniffer.controls(b).unplain()).as("byte %x", c).isEqualTo(1);
            assertThat(Sniffer.controls(b).plainAscii(3)).as("byte %x", c).isFalse();
        }
        for (int c = 0x20; c < 0x7F; c++) {
            assertThat(Sniffer.controls(new byte[] {(byte) c, '\n'}).unplain()).isZero();
        }
        byte[] longer = new byte[Sniffer.SAMPLE + 1];
        java.util.Arrays.fill(longer, (byte) 'a');
        assertThat(Sniffer.controls(longer).plainAscii(longer.length)).as("not all of it sampled").isFalse();
    }

    /** Eight bytes are taken at once only when each is printable ASCII, whatever byte stands where. */
    @Test
    void printableEightIsEveryBytePrintable() {
        java.util.Random rnd = new java.util.Random(8);
        for (int k = 0; k < 300_000; k++) {
            long x = 0;
            boolean all = true;
            for (int j = 0; j < 8; j++) {
                int c = k % 3 == 0 ? rnd.nextInt(256) : 0x20 + rnd.nextInt(0x5F); // mostly printable words
                if (rnd.nextInt(16) == 0) {
                    c = new int[] {0, 0x1F, 0x20, 0x7E, 0x7F, 0x80, 0xFF, '\n'}[rnd.nextInt(8)];
                }
                all &= c >= 0x20 && c <= 0x7E;
                x |= (long) c << (8 * j);
            }
            assertThat(Sniffer.printable8(x)).as("%016x", x).isEqualTo(all);
        }
    }

    /** The counts over a sample are those of a byte-by-byte count, at every length and position. */
    @Test
    void controlsCountEveryByteAsOneByOne() {
        java.util.Random rnd = new java.util.Random(9);
        for (int k = 0; k < 3_000; k++) {
            byte[] b = new byte[rnd.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = (byte) (rnd.nextInt(6) == 0 ? rnd.nextInt(256) : 0x20 + rnd.nextInt(0x5F));
            }
            int control = 0;
            int nul = 0;
            int unplain = 0;
            for (byte x : b) {
                int c = x & 0xFF;
                unplain += c >= 0x20 && c < 0x7F || c == '\n' ? 0 : 1;
                nul += c == 0 ? 1 : 0;
                control += c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C && c != 0x1B ? 1 : 0;
            }
            assertThat(Sniffer.controls(b)).isEqualTo(new Sniffer.Controls(control, nul, b.length, unplain));
        }
    }
}
