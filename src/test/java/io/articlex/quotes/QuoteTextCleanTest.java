package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote text's fast path: a text it calls single-spaced must be one that collapsing leaves alone. */
class QuoteTextCleanTest {

    private static final char[] ALPHABET = {'a', ' ', '\t', '\n', '\u00A0', '\u2003', '\u001C', ','};

    @Test
    void singleSpacedTextsAreExactlyThoseCollapsingLeavesAlone() {
        int checked = 0;
        int single = 0;
        for (int len = 0; len <= 6; len++) {
            int total = (int) Math.pow(ALPHABET.length, len);
            for (int code = 0; code < total; code++) {
                StringBuilder b = new StringBuilder();
                for (int k = 0, c = code; k < len; k++, c /= ALPHABET.length) {
                    b.append(ALPHABET[c % ALPHABET.length]);
                }
                String s = b.toString();
                boolean fast = QuoteStage.singleSpaced(s);
                assertThat(fast).as("[%s]", s).isEqualTo(QuoteStage.collapse(s).equals(s));
                single += fast ? 1 : 0;
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(200_000);
        assertThat(single).isGreaterThan(1000);
    }

    @Test
    void theTextReadInPlaceIsTheTextCleanedFromItsCopy() {
        // every text of up to six characters of the alphabet, inside a paragraph with curly marks: the
        // text cleaned in place (commas and the spaces before them cut by index) is the copy cleaned
        int checked = 0;
        for (int len = 0; len <= 6; len++) {
            int total = (int) Math.pow(ALPHABET.length, len);
            for (int code = 0; code < total; code++) {
                StringBuilder b = new StringBuilder("He said \u201C");
                for (int k = 0, c = code; k < len; k++, c /= ALPHABET.length) {
                    b.append(ALPHABET[c % ALPHABET.length]);
                }
                String p = b.append("\u201D today.").toString();
                int from = 9;
                int to = 9 + len;
                char[] chars = new char[p.length() + 3];
                p.getChars(0, p.length(), chars, 0);
                assertThat(QuoteStage.singleSpaced(chars, from, to)).isEqualTo(QuoteStage.singleSpaced(p.substring(from, to)));
                assertThat(QuoteStage.clean(p, chars, from, to)).as("[%s]", p).isEqualTo(QuoteStage.clean(p.substring(from, to)));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(299_593); // 8^0 + ... + 8^6
        char[] chars = "said \"we will win , ,\" and".toCharArray();
        assertThat(QuoteStage.clean(new String(chars), chars, 6, 21)).isEqualTo("we will win");
    }
}
