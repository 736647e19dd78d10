package io.articlex.input;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MojibakeTest {

    private static final CharsetDecoder STRICT = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private static final CharBuffer SCRATCH = CharBuffer.allocate(16);

    /** What Java's strict UTF-8 decoder says of the bytes: the reference the hand-written check must agree with. */
    private static boolean javaDecodes(byte[] b, int len) {
        STRICT.reset();
        SCRATCH.clear();
        CoderResult r = STRICT.decode(ByteBuffer.wrap(b, 0, len), SCRATCH, true);
        return !r.isError() && !STRICT.flush(SCRATCH).isError();
    }

    private static void agree(byte[] b, int len) {
        boolean expected = javaDecodes(b, len);
        if (Mojibake.wellFormedUtf8(b, len) != expected) {
            assertThat(Mojibake.wellFormedUtf8(b, len))
                    .as("bytes %s", java.util.HexFormat.ofDelimiter(" ").formatHex(b, 0, len))
                    .isEqualTo(expected);
        }
    }

    /** Bytes that sit on the edges of the continuation ranges, or that cannot continue a sequence. */
    private static final int[] TAILS = {0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xE0, 0xF0, 0xFF};

    /** The written-out high halves are what Java's decoders give, each undefined byte as its C1 control. */
    @Test
    void highHalvesAreTheCharsetsOwn() {
        assertThat(Mojibake.HIGH_1252).isEqualTo(highHalf(Mojibake.CP1252));
        assertThat(Mojibake.HIGH_1251).isEqualTo(highHalf(Mojibake.CP1251));
        assertThat(Mojibake.HIGH_1252.charAt(0x9D - 0x80)).isEqualTo('\u009D');
        assertThat(Mojibake.HIGH_1251.charAt(0xC0 - 0x80)).isEqualTo('\u0410');
    }

    private static String highHalf(java.nio.charset.Charset c) {
        StringBuilder out = new StringBuilder();
        for (int b = 0x80; b <= 0xFF; b++) {
            String s = new String(new byte[] {(byte) b}, c);
            out.append(s.length() == 1 && s.charAt(0) != '\uFFFD' ? s.charAt(0) : (char) b);
        }
        return out.toString();
    }

    /**
     * Every run of one and two high bytes, and of three and four with every lead and second byte (where
     * the overlong, surrogate and above-U+10FFFF rules bite) and edge bytes after them.
     */
    @Test
    void agreesWithTheStrictDecoderOnShortRunsOfHighBytes() {
        byte[] b = new byte[4];
        for (int x = 0x80; x <= 0xFF; x++) {
            b[0] = (byte) x;
            agree(b, 1);
            for (int y = 0x80; y <= 0xFF; y++) {
                b[1] = (byte) y;
                agree(b, 2);
                for (int z : TAILS) {
                    b[2] = (byte) z;
                    agree(b, 3);
                    if (x >= 0xF0 && x <= 0xF7) {
                        for (int w : TAILS) {
                            b[3] = (byte) w;
                            agree(b, 4);
                        }
                    }
                }
            }
        }
    }

    /** Runs holding several sequences, or a whole sequence and then a cut one. */
    @Test
    void agreesOnRunsOfSeveralSequences() {
        int[][] runs = {
                {0xC3, 0xA9, 0xE2, 0x80, 0x9C}, {0xE2, 0x80, 0x9C, 0xC3}, {0xF0, 0x9F, 0x98, 0x80, 0xC3, 0xA9},
                {0xC3, 0xA9, 0xC3, 0xA9, 0xC3, 0xA9}, {0xC3, 0xA9, 0xA9}, {0xED, 0x9F, 0xBF, 0xED, 0xA0, 0x80},
        };
        for (int[] run : runs) {
            byte[] b = new byte[run.length];
            for (int i = 0; i < run.length; i++) {
                b[i] = (byte) run[i];
            }
            agree(b, b.length);
        }
    }

    @Test
    void cp1252MisreadingIsFoundAndRepaired() {
        String misread = DecoderTest.misread("Der \u201eBundestag\u201c tagt \u2013 wieder.", Mojibake.CP1252);
        Mojibake.Finding f = Mojibake.scan(misread, true);
        assertThat(f).isNotNull();
        assertThat(f.charset()).isEqualTo(Mojibake.CP1252);
        assertThat(f.hits()).isEqualTo(3);
        assertThat(f.misses()).isZero();
        assertThat(f.example()).isEqualTo(DecoderTest.misread("\u201e", Mojibake.CP1252));
        assertThat(f.repaired()).isEqualTo("Der \u201eBundestag\u201c tagt \u2013 wieder.");
    }

    @Test
    void cp1251MisreadingIsFoundAndRepaired() {
        String text = "\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430.";
        Mojibake.Finding f = Mojibake.scan(DecoderTest.misread(text, Mojibake.CP1251), true);
        assertThat(f).isNotNull();
        assertThat(f.charset()).isEqualTo(Mojibake.CP1251);
        assertThat(f.misses()).isZero();
        assertThat(f.repaired()).isEqualTo(text);
    }

    /** Accented words and Cyrillic read correctly hold would-be lead bytes that never decode: misses, no finding. */
    @Test
    void correctlyDecodedAccentsAndCyrillicAreNoFinding() {
        assertThat(Mojibake.scan("Caf\u00e9 cr\u00e8me, \u00fcber \u00e0 la fa\u00e7on", true)).isNull();
        assertThat(Mojibake.scan("\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430", true)).isNull();
        Mojibake.Finding latin = Mojibake.scan("caf\u00e9 na\u00efve", Mojibake.CP1252, false);
        assertThat(latin.hits()).isZero();
        assertThat(latin.misses()).isEqualTo(2);
    }

    /** A run longer than the scan's first buffer (64 bytes) is checked whole. */
    @Test
    void longRunsAreCheckedWhole() {
        String quotes = "\u201c\u2019".repeat(60);
        Mojibake.Finding f = Mojibake.scan("a " + DecoderTest.misread(quotes, Mojibake.CP1252) + " b", Mojibake.CP1252, true);
        assertThat(f.hits()).isEqualTo(1);
        assertThat(f.repaired()).isEqualTo("a " + quotes + " b");
    }
    /** The byte pre-check must say "maybe" exactly when the character scan finds something. */
    private static void sameAnswerFromBytes(String text) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        assertThat(Mojibake.mayShowInUtf8(utf8, 0)).as(text).isEqualTo(Mojibake.scan(text, false) != null);
        byte[] marked = new byte[utf8.length + 3];
        marked[0] = (byte) 0xEF;
        marked[1] = (byte) 0xBB;
        marked[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, marked, 3, utf8.length);
        assertThat(Mojibake.mayShowInUtf8(marked, 3)).as("after a mark: " + text).isEqualTo(Mojibake.scan(text, false) != null);
    }

    @Test
    void theBytesTellWhetherTheTextMayBeMojibake() {
        String quotes = "\u201c\u2019".repeat(60);
        for (String text : new String[] {
                "",
                "plain ASCII <p>only</p>",
                "Caf\u00e9 cr\u00e8me, \u00fcber \u00e0 la fa\u00e7on",
                "\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430",
                DecoderTest.misread("Der \u201eBundestag\u201c tagt \u2013 wieder.", Mojibake.CP1252),
                DecoderTest.misread("\u041c\u043e\u0441\u043a\u0432\u0430 \u2014 \u0441\u0442\u043e\u043b\u0438\u0446\u0430.", Mojibake.CP1251),
                "a " + DecoderTest.misread(quotes, Mojibake.CP1252) + " b",
                // one hit among many accented words: no finding
                "caf\u00e9 na\u00efve \u00e9t\u00e9 " + DecoderTest.misread("\u2019", Mojibake.CP1252),
                // a supplementary character inside a run of mojibake makes the run no hit
                DecoderTest.misread("\u201c", Mojibake.CP1252) + "\uD83D\uDE00 x " + DecoderTest.misread("\u201d", Mojibake.CP1252),
                "emoji \uD83D\uDE00\uD83D\uDE00 and \u00e9",
                "\u00c3\u00a9 \u00c3",
                "\u00c2",
        }) {
            sameAnswerFromBytes(text);
        }
    }
    /**
     * The pre-check looks at every fourth byte: a hit of exactly four bytes ({@code Ã©}) must be
     * found at every offset from the start, after a byte-order mark, and next to other runs.
     */
    @Test
    void aShortHitIsFoundAtEveryOffset() {
        String shortHit = DecoderTest.misread("\u00e9", Mojibake.CP1252);
        String longHit = DecoderTest.misread("\u2019", Mojibake.CP1252);
        for (int pad = 0; pad < 8; pad++) {
            String before = "x".repeat(pad);
            for (String text : new String[] {
                    before + shortHit,
                    before + shortHit + "abc",
                    before + longHit + " z",
                    "\u00e9" + before + shortHit,
                    before + "\u00e9 " + shortHit + " \u00e8",
                    before + "\u00e9\u00e8" + "y" + shortHit,
            }) {
                sameAnswerFromBytes(text);
            }
        }
    }

    /** Random mixes of ASCII, accents, Cyrillic, mojibake and emoji: bytes and characters agree. */
    @Test
    void theBytesAgreeWithTheCharactersOnRandomMixes() {
        String[] parts = {"a", " ", "ab", "\u00e9", "\u00e8", "\u00c3", "\u00a9", "\u20ac", "\u2122", "\u00e2",
                "\u0420", "\u00b0", "\u0432", "\u0402", "\u2019", "\uD83D\uDE00",
                DecoderTest.misread("\u00e9", Mojibake.CP1252), DecoderTest.misread("\u2014", Mojibake.CP1251)};
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 3000; round++) {
            StringBuilder text = new StringBuilder();
            int n = random.nextInt(14);
            for (int k = 0; k < n; k++) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            sameAnswerFromBytes(text.toString());
        }
    }
}
