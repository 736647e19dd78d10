package io.articlex.input;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

public class DecoderTest {

    private static final String TEXT = "LONDON (Reuters) - The minister said \u201cwe will act\u201d on Monday; caf\u00e9 prices rose.";
    private static final String RUSSIAN = "МОСКВА, 3 марта. /ТАСС/. Министр заявил, что переговоры продолжатся на следующей неделе.";

    private static Decoded decode(byte[] b) throws InputError {
        return Decoder.decodeText(b, DecodeOptions.DEFAULT);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** UTF-8 text read as a single-byte charset the way Windows and browsers do: undefined bytes become C1 controls. */
    public static String misread(String text, Charset as) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            String c = new String(new byte[] {b}, as);
            sb.append(c.equals("\uFFFD") ? (char) (b & 0xFF) : c.charAt(0));
        }
        return sb.toString();
    }

    private static byte[] bytes(int... b) {
        byte[] out = new byte[b.length];
        for (int i = 0; i < b.length; i++) {
            out[i] = (byte) b[i];
        }
        return out;
    }

    @Test
    void plainUtf8HasNoWarning() throws Exception {
        Decoded d = decode(TEXT.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    /** The fast UTF-8 path trusts a result without U+FFFD; one written in the input must still be valid UTF-8. */
    @Test
    void utf8ReplacementCharacterInTheInputIsStillUtf8() throws Exception {
        String text = "Ein Zeichen \uFFFD steht hier, und ein \u00e9.";
        Decoded d = decode(text.getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void oneInvalidByteInUtf8IsReplacedNotTheWholeFileReadAsLegacy() throws Exception {
        byte[] good = RUSSIAN.getBytes(StandardCharsets.UTF_8);
        // a windows-1252 é pasted into UTF-8 Cyrillic: the letter is kept, the Cyrillic stays readable
        byte[] withE9 = concat(concat(java.util.Arrays.copyOf(good, 12), bytes(' ', 'c', 'a', 'f', 0xE9, ' ')),
                java.util.Arrays.copyOfRange(good, 12, good.length));
        Decoded d = decode(withE9);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).startsWith("МОСКВА caf\u00e9 , 3 марта").endsWith("на следующей неделе.");
        assertThat(d.warnings()).singleElement().asString()
                .isEqualTo("input is not valid UTF-8 at byte offset 16 (0xE9, read as 'é'); decoded as UTF-8 with that byte replaced");
        // a byte that is no letter in windows-1252 (0x81 is undefined) becomes U+FFFD
        Decoded q = decode(concat(java.util.Arrays.copyOf(good, 12), concat(bytes(0x81), java.util.Arrays.copyOfRange(good, 12, good.length))));
        assertThat(q.text()).isEqualTo("МОСКВА\uFFFD, 3 марта. /ТАСС/. Министр заявил, что переговоры продолжатся на следующей неделе.");
        assertThat(q.warnings()).singleElement().asString().contains("offset 12 (0x81)");
    }

    /** Malformed UTF-8 (a lone continuation byte, an encoded surrogate, an overlong form) is never taken for UTF-8. */
    @Test
    void malformedUtf8IsNotTakenForUtf8() throws Exception {
        for (byte[] bad : new byte[][] {bytes('a', 0x80, 'b'), bytes('a', 0xED, 0xA0, 0x80, 'b'), bytes('a', 0xC0, 0xAF, 'b'),
                bytes('c', 'a', 'f', 0xE9, ' ', 'x')}) {
            Decoded d = decode(bad);
            assertThat(d.charset()).isNotEqualTo("UTF-8");
            assertThat(d.warnings()).anyMatch(w -> w.contains("not valid UTF-8"));
        }
    }

    @Test
    void utf8ByteOrderMarkIsDropped() throws Exception {
        Decoded d = decode(concat(bytes(0xEF, 0xBB, 0xBF), TEXT.getBytes(StandardCharsets.UTF_8)));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void utf16And32WithByteOrderMark() throws Exception {
        assertThat(decode(concat(bytes(0xFF, 0xFE), TEXT.getBytes(StandardCharsets.UTF_16LE))).text()).isEqualTo(TEXT);
        assertThat(decode(concat(bytes(0xFE, 0xFF), TEXT.getBytes(StandardCharsets.UTF_16BE))).text()).isEqualTo(TEXT);
        assertThat(decode(concat(bytes(0xFF, 0xFE, 0, 0), TEXT.getBytes(Charset.forName("UTF-32LE")))).text()).isEqualTo(TEXT);
        Decoded be32 = decode(concat(bytes(0, 0, 0xFE, 0xFF), TEXT.getBytes(Charset.forName("UTF-32BE"))));
        assertThat(be32.text()).isEqualTo(TEXT);
        assertThat(be32.charset()).isEqualTo("UTF-32BE");
        assertThat(be32.warnings()).isEmpty();
    }

    @Test
    void utf16WithoutByteOrderMarkIsDetectedWithAWarning() throws Exception {
        Decoded le = decode(TEXT.getBytes(StandardCharsets.UTF_16LE));
        assertThat(le.text()).isEqualTo(TEXT);
        assertThat(le.charset()).isEqualTo("UTF-16LE");
        assertThat(le.warnings()).singleElement().asString().contains("no byte-order mark").contains("UTF-16LE");
        Decoded be = decode(TEXT.getBytes(StandardCharsets.UTF_16BE));
        assertThat(be.text()).isEqualTo(TEXT);
        assertThat(be.charset()).isEqualTo("UTF-16BE");
        Decoded be32 = decode(TEXT.getBytes(Charset.forName("UTF-32LE")));
        assertThat(be32.text()).isEqualTo(TEXT);
        assertThat(be32.charset()).isEqualTo("UTF-32LE");
    }

    @Test
    void windows1252IsDetectedAndNamed() throws Exception {
        Decoded d = decode(TEXT.getBytes(Charset.forName("windows-1252")));
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.warnings()).singleElement().asString()
                .isEqualTo("input is not valid UTF-8; decoded as windows-1252 (detected)");
    }

    @Test
    void windows1251AndKoi8AreDetectedByTheLibrary() throws Exception {
        Decoded cp1251 = decode(RUSSIAN.getBytes(Charset.forName("windows-1251")));
        assertThat(cp1251.text()).isEqualTo(RUSSIAN);
        assertThat(cp1251.warnings()).singleElement().asString().contains("windows-1251");
        Decoded koi8 = decode(RUSSIAN.getBytes(Charset.forName("KOI8-R")));
        assertThat(koi8.text()).isEqualTo(RUSSIAN);
        assertThat(koi8.charset()).isEqualTo("KOI8-R");
    }

    @Test
    void metaCharsetOfAPageWinsOverDetection() throws Exception {
        String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body>"
                + RUSSIAN + "</body></html>";
        Decoded d = decode(html.getBytes(Charset.forName("windows-1251")));
        assertThat(d.text()).isEqualTo(html);
        assertThat(d.warnings()).singleElement().asString().contains("windows-1251").contains("meta charset");
    }

    @Test
    void forcedEncodingOverridesDetection() throws Exception {
        byte[] koi8 = RUSSIAN.getBytes(Charset.forName("KOI8-R"));
        Decoded d = Decoder.decodeText(koi8, new DecodeOptions(Charset.forName("KOI8-R"), false));
        assertThat(d.text()).isEqualTo(RUSSIAN);
        assertThat(d.warnings()).isEmpty();
        // Forcing UTF-8 on bytes that are not: readable, with the loss said out loud.
        Decoded bad = Decoder.decodeText(koi8, new DecodeOptions(StandardCharsets.UTF_8, false));
        assertThat(bad.text()).contains("\uFFFD");
        assertThat(bad.warnings()).singleElement().asString().contains("not valid UTF-8").contains("--encoding");
    }

    @Test
    void mojibakeIsKeptOnRequest() throws Exception {
        String broken = misread(TEXT, Charset.forName("windows-1252"));
        assertThat(broken).contains("â€œ");
        Decoded d = Decoder.decodeText(broken.getBytes(StandardCharsets.UTF_8), new DecodeOptions(null, false));
        assertThat(d.text()).isEqualTo(broken);
        assertThat(d.warnings()).singleElement().asString()
                .contains("read as windows-1252").contains("kept as found").contains("--keep-mojibake");
    }

    @Test
    void unambiguousMojibakeIsRepairedByDefault() throws Exception {
        DecodeOptions repair = DecodeOptions.DEFAULT;
        String broken1252 = misread(TEXT, Charset.forName("windows-1252"));
        Decoded d = Decoder.decodeText(broken1252.getBytes(StandardCharsets.UTF_8), repair);
        assertThat(d.text()).isEqualTo(TEXT);
        assertThat(d.warnings()).singleElement().asString().contains("windows-1252").contains("; repaired")
                .contains("--keep-mojibake");
        // Java's own decoder turns the 0x9D of a closing quote into U+FFFD: that sequence cannot be undone and
        // stays as found, while the opening quote and the é, which outnumber it, are repaired.
        String lossy = new String(TEXT.getBytes(StandardCharsets.UTF_8), Charset.forName("windows-1252"));
        Decoded l = Decoder.decodeText(lossy.getBytes(StandardCharsets.UTF_8), repair);
        assertThat(l.text()).contains("said \u201cwe will act").contains("café").doesNotContain("â€œ")
                .contains("act\u00e2\u20ac\uFFFD");
        assertThat(l.warnings()).singleElement().asString().contains("1 damaged sequence kept as found");

        String apostrophes = "Azerbaijan\u2019s exports rose, the \u201cbest\u201d year \u2014 officials said.";
        String broken1251 = misread(apostrophes, Charset.forName("windows-1251"));
        assertThat(broken1251).contains("вЂ™");
        Decoded r = Decoder.decodeText(broken1251.getBytes(StandardCharsets.UTF_8), repair);
        assertThat(r.text()).isEqualTo(apostrophes);
        assertThat(r.warnings()).singleElement().asString().contains("windows-1251");
    }

    @Test
    void mojibakeWithAsManyDamagedAsRepairableSequencesIsNotRepaired() throws Exception {
        // A sequence that lost its tail ("в's", as in a repost that degraded some marks) makes the repair ambiguous.
        String text = "AzerbaijanвЂ™s apple exports rose; the country в's buyers were \u201cglad\u201d.";
        Decoded d = Decoder.decodeText(text.getBytes(StandardCharsets.UTF_8), new DecodeOptions(null, true));
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.warnings()).singleElement().asString().contains("windows-1251").contains("ambiguous");
    }

    @Test
    void ordinaryAccentsAndCyrillicAreNotMojibake() throws Exception {
        assertThat(decode("Café au lait, naïve résumé. Ça va — «oui».".getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
        assertThat(decode(RUSSIAN.getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
        assertThat(decode("Der Bürgermeister sagte, die Straße über die Brücke wird größer.".getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    }

    @Test
    void emptyAndBlankInputsGiveAWarningNotAnError() throws Exception {
        assertThat(decode(new byte[0]).warnings()).containsExactly("input is empty");
        assertThat(decode(" \n\t\r\n  ".getBytes(StandardCharsets.UTF_8)).warnings()).containsExactly("input holds only white space");
        assertThat(decode(bytes(0xEF, 0xBB, 0xBF)).warnings()).containsExactly("input is empty");
    }

    @Test
    void binaryFormatsAreRefused() {
        int[][] magics = {
                {0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, {0xFF, 0xD8, 0xFF, 0xE0}, {'G', 'I', 'F', '8', '9', 'a'},
                {'%', 'P', 'D', 'F', '-', '1', '.', '7', '\n'}, {'P', 'K', 3, 4, 20, 0}, {0x1F, 0x8B, 8, 0},
                {0x7F, 'E', 'L', 'F', 2, 1, 1}, {'M', 'Z', 0x90, 0, 3, 0}, {0xCA, 0xFE, 0xBA, 0xBE},
                {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, {'7', 'z', 0xBC, 0xAF, 0x27, 0x1C}};
        for (int[] m : magics) {
            byte[] file = concat(bytes(m), "some text after the header\n".getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> decode(file)).isInstanceOf(InputError.class)
                    .hasMessageStartingWith("not a text or HTML file (")
                    .matches(e -> ((InputError) e).kind() == InputError.Kind.BINARY);
        }
    }

    @Test
    void controlHeavyDataIsRefusedButAStrayControlByteIsNot() throws Exception {
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        random[0] = 'x';
        assertThatThrownBy(() -> decode(random)).hasMessage("not a text or HTML file (binary data)");
        // Reuters SGML ends a story with a single end-of-text byte: text with one control byte is still text.
        Decoded d = decode((TEXT + "\u0003\n").getBytes(StandardCharsets.UTF_8));
        assertThat(d.text()).startsWith(TEXT);
        // A text starting with "MZ" is not an executable.
        assertThat(decode("MZANSI news: the channel said it would return.".getBytes(StandardCharsets.UTF_8)).warnings()).isEmpty();
    }

    @Test
    void lenientDecodeNeverThrowsAndWarnsAboutBinary() {
        Decoded d = Decoder.decode(bytes(0x89, 'P', 'N', 'G', 0, 0, 0, 13));
        assertThat(d.warnings()).first().asString().startsWith("input looks binary: not a text or HTML file");
    }

    @Test
    void anArrayCheckedForDecodingDecodesAsAnUncheckedCopy() throws Exception {
        byte[][] inputs = {
                (TEXT + " Caf\u00e9 \u201cquoted\u201d.").getBytes(StandardCharsets.UTF_8),
                "Caf\u00c3\u00a9 au lait".getBytes(StandardCharsets.UTF_8),
                (TEXT + "\n").getBytes(StandardCharsets.UTF_16LE),
                bytes(0xC9, 't', 0xE9, ' ', 'x'),
                new byte[0]};
        DecodeOptions[] options = {DecodeOptions.DEFAULT, new DecodeOptions(StandardCharsets.ISO_8859_1, true),
                new DecodeOptions(null, false)};
        for (byte[] in : inputs) {
            for (DecodeOptions checkedWith : options) {
                for (DecodeOptions decodedWith : options) {
                    try {
                        Decoder.refuseBinaryForDecode(in, checkedWith);
                    } catch (InputError e) {
                        continue;   // UTF-16 read as a forced 8-bit charset is binary: nothing remembered
                    }
                    Decoded got = Decoder.decode(in, decodedWith);
                    Decoded want = Decoder.decode(in.clone(), decodedWith);
                    assertThat(got).as(checkedWith + " then " + decodedWith).isEqualTo(want);
                    assertThat(Decoder.decode(in, decodedWith)).as("again, unchecked").isEqualTo(want);
                }
            }
        }
    }

    @Test
    void anAsciiTextToldSoDecodesAsAnyOther() {
        for (String text : new String[] {TEXT.replace('\u201c', '"').replace('\u201d', '"').replace('\u00e9', 'e'), "", "  \n ", "plain"}) {
            Decoded want = Decoder.ofText(text, DecodeOptions.DEFAULT);
            Decoder.knownAscii(text, false);
            assertThat(Decoder.ofText(text, DecodeOptions.DEFAULT)).as(text).isEqualTo(want);
            Decoder.knownAscii(text, true);
            Decoded plain = Decoder.ofText(text, DecodeOptions.DEFAULT);
            assertThat(plain.plain()).isTrue();
            assertThat(plain).as(text).isEqualTo(new Decoded(want.text(), want.charset(), want.warnings(), true));
        }
        String other = "Caf\u00c3\u00a9 au lait, the paper said.";
        Decoder.knownAscii("another text", true);
        Decoded d = Decoder.ofText(other, DecodeOptions.DEFAULT);
        assertThat(d.warnings()).as("only the text told of").isNotEmpty();
        assertThat(d.plain()).isFalse();
    }

    @Test
    void plainOnlyForWholeInputsOfPrintableAsciiAndLineFeeds() throws Exception {
        assertThat(decode("GENEVA (Reuters) - Talks resumed.\n\nOfficials said so.".getBytes(StandardCharsets.UTF_8)).plain()).isTrue();
        assertThat(Decoder.decode("".getBytes(StandardCharsets.UTF_8)).plain()).isTrue();
        for (String text : new String[] {"a\r\nb", "a\tb", "a\u007fb", "caf\u00e9", "a\u00a0b", "a\u000bb", "\u201cx\u201d", "a\u0003"}) {
            assertThat(Decoder.decode(text.getBytes(StandardCharsets.UTF_8)).plain()).as(text).isFalse();
        }
        byte[] bom = concat(bytes(0xEF, 0xBB, 0xBF), "plain".getBytes(StandardCharsets.UTF_8));
        assertThat(decode(bom).plain()).as("a byte-order mark is no printable ASCII").isFalse();
        byte[] big = "word ".repeat(2000).getBytes(StandardCharsets.UTF_8);
        assertThat(decode(big).plain()).as("longer than the sample").isFalse();
        assertThat(Decoder.decode("plain".getBytes(StandardCharsets.UTF_8),
                new DecodeOptions(StandardCharsets.UTF_8, true)).plain()).as("a forced charset: not looked at").isFalse();
    }

    @Test
    void aPlainInputDecodesAsUtf8() throws Exception {
        String text = "GENEVA (Reuters) - Talks resumed.\n\n    Shr 81 cts vs 57 cts ~ {x} | @y\n";
        Decoded d = decode(text.getBytes(StandardCharsets.US_ASCII));
        assertThat(d.plain()).isTrue();
        assertThat(d).isEqualTo(new Decoded(text, "UTF-8", List.of(), true));
    }

    @Test
    void aPlainTextIsOneTheNormaliserLeavesAlone() {
        java.util.Random r = new java.util.Random(11);
        char[] alphabet = {'a', 'Z', ' ', '\n', '\r', '\t', '"', '~', '\u007f', '\u0085', '\u00a0', '\u00ad', '\u00e9', '\u2028', '\u200b', '\ufeff', 0, 3};
        int plain = 0;
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = r.nextInt(12); i > 0; i--) {
                b.append(alphabet[r.nextInt(k % 3 == 0 ? alphabet.length : 4)]);
            }
            Decoded d = Decoder.decode(b.toString().getBytes(StandardCharsets.UTF_8));
            if (d.plain()) {
                plain++;
                assertThat(io.articlex.normalize.Normalizer.normalize(d.text())).isSameAs(d.text());
            }
        }
        assertThat(plain).isGreaterThan(5_000);
    }
}
