package io.articlex.dateline;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The byline checks' character gates never refuse a line their regexes accept. */
class BylinesGateTest {

    /** Every character a by-word can open with is in BY_WORD_FIRST: any other first character, no by-word. */
    @Test
    void aByWordOpensOnlyWithTheListedCharacters() {
        List<String> rests = List.of("y", "Y", "on", "ON", "ar", "AR", "or", "OR", "oor", "OOR", "rzez", "d", "i", "I",
                "utor:", "utorin:", "uteur:", "azar:", "втор:", "екст:", "قلم:", "قلم");
        int byWords = 0;
        for (char c = 1; c < 0xFFFF; c++) {
            for (String rest : rests) {
                String line = c + rest + " Anna Fiedler";
                if (Bylines.byLine(line) || !Bylines.withoutByWord(line).equals(line.strip())) {
                    byWords++;
                    assertThat(Bylines.mayOpenWithByWord(line)).as(line).isTrue();
                }
            }
        }
        assertThat(byWords).isGreaterThanOrEqualTo(20);
        assertThat(Bylines.byLine("By Anna Fiedler")).isTrue();
        assertThat(Bylines.withoutByWord("Von Anna Fiedler | 3. März 2024")).isEqualTo("Anna Fiedler");
        assertThat(Bylines.withoutByWord("Anna Fiedler • dpa")).isEqualTo("Anna Fiedler");
        assertThat(Bylines.withoutByWord("BAHIA COCOA REVIEW")).isEqualTo("BAHIA COCOA REVIEW");
    }

    /** A credit line needs a comma, a dash or a slash after the name; a title without one is no credit line. */
    @Test
    void aCreditLineHoldsItsSeparator() {
        var outlets = io.articlex.rules.OutletTable.builtIn();
        assertThat(Bylines.creditLine("Anna Fiedler, dpa", outlets)).isTrue();
        assertThat(Bylines.creditLine("Luana Ferraz - Repórter da Agência Brasil", outlets)).isTrue();
        assertThat(Bylines.mayHoldCredit("Anna Fiedler dpa")).isFalse();
        assertThat(Bylines.creditLine("Anna Fiedler dpa", outlets)).isFalse();
        for (String s : List.of("A B, dpa", "A B - dpa", "A B – dpa", "A B — dpa", "A B/dpa")) {
            assertThat(Bylines.mayHoldCredit(s)).as(s).isTrue();
        }
    }
}
