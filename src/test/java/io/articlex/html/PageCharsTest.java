package io.articlex.html;

import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class PageCharsTest {

    @Test
    void decodesWellFormedUtf8AsTheJdkDoes() {
        String text = "<p>caf\u00e9 \u201cquoted\u201d \u4e2d\u6587 \ud83d\ude00 \u0416 \uffff \ufffd</p>";
        assertThat(PageChars.utf8(text.getBytes(StandardCharsets.UTF_8))).containsExactly(text.toCharArray());
        assertThat(PageChars.utf8("plain ascii".getBytes(StandardCharsets.UTF_8))).containsExactly("plain ascii".toCharArray());
        assertThat(PageChars.utf8(new byte[0])).isEmpty();
        // NUL is a character here; whether it makes the page UTF-16 is the text decoder's question.
        assertThat(PageChars.utf8(new byte[] {'a', 0, 'b', 'c', 'd', 'e', (byte) 0xC3, (byte) 0xA9})).containsExactly('a', '\0', 'b', 'c', 'd', 'e', '\u00e9');
    }

    @Test
    void refusesWhatTheStrictDecoderRefuses() {
        byte[][] bad = {
            {(byte) 0x80},                               // continuation without a lead
            {(byte) 0xC0, (byte) 0xAF},                  // overlong '/'
            {(byte) 0xC3},                               // cut short
            {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},     // overlong three-byte form
            {(byte) 0xED, (byte) 0xA0, (byte) 0x80},     // an encoded surrogate
            {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // past U+10FFFF
            {(byte) 0xF5, (byte) 0x80, (byte) 0x80, (byte) 0x80},
            {(byte) 0xE2, (byte) 0x82},                  // cut short
        };
        for (byte[] b : bad) {
            assertThat(PageChars.utf8(b)).as(java.util.Arrays.toString(b)).isNull();
        }
    }

    @Test
    void agreesWithTheJdkOnRandomBytes() {
        Random r = new Random(15);
        byte[] pool = {'a', '<', ' ', 0, (byte) 0x80, (byte) 0x9F, (byte) 0xA0, (byte) 0xBF, (byte) 0xC1, (byte) 0xC2,
            (byte) 0xDF, (byte) 0xE0, (byte) 0xE2, (byte) 0xED, (byte) 0xEF, (byte) 0xF0, (byte) 0xF4, (byte) 0xF5,
            (byte) 0x8F, (byte) 0x90, (byte) 0xFF};
        int valid = 0;
        for (int k = 0; k < 200_000; k++) {
            byte[] b = new byte[1 + r.nextInt(12)];
            for (int i = 0; i < b.length; i++) {
                b[i] = pool[r.nextInt(pool.length)];
            }
            String strict = strict(b);
            char[] mine = PageChars.utf8(b);
            if (strict == null) {
                assertThat(mine).as(java.util.Arrays.toString(b)).isNull();
            } else {
                valid++;
                assertThat(mine).as(java.util.Arrays.toString(b)).containsExactly(strict.toCharArray());
            }
        }
        assertThat(valid).isGreaterThan(1000);
    }

    @Test
    void searchesAsStringDoes() {
        String s = "<p>a</p><!-- c --> x</SCRIPT><\u017fcript>";
        char[] c = s.toCharArray();
        for (int from = -1; from <= s.length() + 1; from++) {
            assertThat(PageChars.indexOf(c, '<', from)).isEqualTo(s.indexOf('<', from));
            assertThat(PageChars.indexOf(c, "-->", from)).isEqualTo(s.indexOf("-->", from));
            assertThat(PageChars.indexOf(c, "</", from)).isEqualTo(s.indexOf("</", from));
            assertThat(PageChars.startsWith(c, "<!--", from)).isEqualTo(s.startsWith("<!--", from));
            for (String name : new String[] {"script", "p", "title"}) {
                assertThat(PageChars.regionMatchesIgnoreCase(c, from, name)).as(name + " at " + from)
                        .isEqualTo(s.regionMatches(true, from, name, 0, name.length()));
            }
        }
        // The long s upper-cases to S, as String's case-blind comparison finds.
        assertThat(PageChars.regionMatchesIgnoreCase(c, s.indexOf('\u017f'), "script")).isTrue();
        assertThat(PageChars.regionMatchesIgnoreCase("\u212aey".toCharArray(), 0, "key")).isTrue();
    }

    @Test
    void blankAsStringIsBlank() {
        for (String s : new String[] {"", " \n\t", "\u2003 ", " <", "\u00a0"}) {
            assertThat(PageChars.blank(s.toCharArray())).as(s).isEqualTo(s.isBlank());
        }
    }

    private static String strict(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
