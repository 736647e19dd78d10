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
                boolean fast = QuoteStage.singleSpaced(s.toCharArray(), 0, s.length());
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
                assertThat(QuoteStage.singleSpaced(chars, from, to)).isEqualTo(QuoteStage.singleSpaced(p.substring(from, to).toCharArray(), 0, len));
                String cleaned = QuoteStage.clean(p.substring(from, to));
                assertThat(QuoteStage.clean(p, chars, from, to)).as("[%s]", p).isEqualTo(cleaned);
                checked++;
            }
        }
        assertThat(checked).isEqualTo(299_593); // 8^0 + ... + 8^6
        char[] chars = "said \"we will win , ,\" and".toCharArray();
        assertThat(QuoteStage.clean(new String(chars), chars, 6, 21)).isEqualTo("we will win");
    }

    @Test
    void theWordsCountedOnTheParagraphAreThoseOfTheCleanedText() {
        // white space, commas and the characters that continue a word ('’-.) in every order up to six long
        char[] alphabet = {'a', ' ', '\t', ',', '.', '\u2019', '-', '\u00A0', '\''};
        int checked = 0;
        for (int len = 0; len <= 6; len++) {
            int total = (int) Math.pow(alphabet.length, len);
            for (int code = 0; code < total; code++) {
                StringBuilder b = new StringBuilder("\u201C");
                for (int k = 0, c = code; k < len; k++, c /= alphabet.length) {
                    b.append(alphabet[c % alphabet.length]);
                }
                String p = b.append("\u201D").toString();
                char[] chars = p.toCharArray();
                assertThat(QuoteFilter.countWords(chars, 1, 1 + len)).as("[%s]", p)
                        .isEqualTo(QuoteFilter.countWords(QuoteStage.clean(p.substring(1, 1 + len))));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(597_871); // 9^0 + ... + 9^6
        char[] ten = "one two three four five six seven eight nine ten".toCharArray();
        assertThat(QuoteFilter.countWords(ten, 0, ten.length)).isEqualTo(QuoteFilter.WORDS_READ);
        assertThat(QuoteFilter.countWords("it’s a self-made U.S. deal")).isEqualTo(5);
    }
}
