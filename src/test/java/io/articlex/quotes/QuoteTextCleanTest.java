package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The quote text's fast path: a text it calls single-spaced must be one that collapsing leaves alone. */
class QuoteTextCleanTest {

    private static final char[] ALPHABET = {'a', ' ', '\t', '\n', '\u00A0', '\u2003', '\u001C', ','};

    @Test
    void singleSpacedTextsAreExactlyThoseCollapsingLeavesAlone() {
        int[] single = {0};
        int checked = EveryText.upTo(ALPHABET, 6, s -> {
            boolean fast = QuoteStage.singleSpaced(s.toCharArray(), 0, s.length());
            assertThat(fast).as("[%s]", s).isEqualTo(QuoteStage.collapse(s).equals(s));
            single[0] += fast ? 1 : 0;
        });
        assertThat(checked).isGreaterThan(200_000);
        assertThat(single[0]).isGreaterThan(1000);
    }

    @Test
    void theTextReadInPlaceIsTheTextCleanedFromItsCopy() {
        // every text of up to six characters of the alphabet, inside a paragraph with curly marks: the
        // text cleaned in place (commas and the spaces before them cut by index) is the copy cleaned
        int checked = EveryText.upTo(ALPHABET, 6, text -> {
            String p = "He said \u201C" + text + "\u201D today.";
            int from = 9;
            int to = 9 + text.length();
            char[] chars = new char[p.length() + 3];
            p.getChars(0, p.length(), chars, 0);
            assertThat(QuoteStage.singleSpaced(chars, from, to)).isEqualTo(QuoteStage.singleSpaced(text.toCharArray(), 0, text.length()));
            String cleaned = QuoteStage.clean(text);
            assertThat(QuoteStage.clean(p, chars, from, to)).as("[%s]", p).isEqualTo(cleaned);
        });
        assertThat(checked).isEqualTo(299_593); // 8^0 + ... + 8^6
        char[] chars = "said \"we will win , ,\" and".toCharArray();
        assertThat(QuoteStage.clean(new String(chars), chars, 6, 21)).isEqualTo("we will win");
    }

    @Test
    void theWordsCountedOnTheParagraphAreThoseOfTheCleanedText() {
        // white space, commas and the characters that continue a word ('’-.) in every order up to six long
        char[] alphabet = {'a', ' ', '\t', ',', '.', '\u2019', '-', '\u00A0', '\''};
        int checked = EveryText.upTo(alphabet, 6, text -> {
            char[] chars = ("\u201C" + text + "\u201D").toCharArray();
            assertThat(QuoteFilter.countWords(chars, 1, 1 + text.length())).as("[%s]", text)
                    .isEqualTo(QuoteFilter.countWords(QuoteStage.clean(text)));
        });
        assertThat(checked).isEqualTo(597_871); // 9^0 + ... + 9^6
        char[] ten = "one two three four five six seven eight nine ten".toCharArray();
        assertThat(QuoteFilter.countWords(ten, 0, ten.length)).isEqualTo(QuoteFilter.WORDS_READ);
        assertThat(QuoteFilter.countWords("it’s a self-made U.S. deal")).isEqualTo(5);
    }
}
