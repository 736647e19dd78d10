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
}
