package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class TokenTableTest {

    @Test
    void tokensAreTheWhiteSpaceSeparatedWordsWithTheirOffsets() {
        TokenTable t = TokenTable.of("  \"We won,\" said\tJane  Roe.\n");
        assertThat(t.size()).isEqualTo(5);
        assertThat(t.word(0)).isEqualTo("\"We");
        assertThat(t.start(0)).isEqualTo(2);
        assertThat(t.end(0)).isEqualTo(5);
        assertThat(t.word(2)).isEqualTo("said");
        assertThat(t.word(4)).isEqualTo("Roe.");
        assertThat(t.lower(3)).isEqualTo("jane");
        assertThat(t.capitalised(3)).isTrue();
        assertThat(t.capitalised(2)).isFalse();
        assertThat(t.word(3)).isSameAs(t.word(3));
    }

    @Test
    void anEmptyOrBlankTextHasNoTokens() {
        assertThat(TokenTable.of("").size()).isZero();
        assertThat(TokenTable.of(" \n\t ").size()).isZero();
        assertThat(TokenTable.of("").words(0, 0)).isEmpty();
    }

    @Test
    void indexAtFindsTheTokenHoldingAnOffsetOrTheNextOne() {
        TokenTable t = TokenTable.of("ab  cd ef");
        assertThat(t.indexAt(0)).isZero();
        assertThat(t.indexAt(1)).isZero();
        assertThat(t.indexAt(2)).isEqualTo(1); // white space: the next token
        assertThat(t.indexAt(4)).isEqualTo(1);
        assertThat(t.indexAt(6)).isEqualTo(2);
        assertThat(t.indexAt(9)).isEqualTo(3);
    }

    @Test
    void wordsOfARangeAreThoseOfItsSubstringCutAtBothEnds() {
        String text = "Qasim  Mohammad\u00a0Jalal al-Araji, Iraq's\nnational security adviser, “said” ";
        TokenTable t = TokenTable.of(text);
        assertThat(t.words(0, text.length())).isEqualTo(Phrase.spaceSplit(text));
        assertThat(t.words(2, 12)).containsExactly("sim", "Moham");
        Random r = new Random(7);
        for (int k = 0; k < 2000; k++) {
            int a = r.nextInt(text.length() + 1);
            int b = a + r.nextInt(text.length() - a + 1);
            List<String> expected = Phrase.spaceSplit(text.substring(a, b));
            assertThat(t.words(a, b)).as(a + ".." + b).isEqualTo(expected);
        }
    }
}
