package io.articlex.normalize;

import io.articlex.boilerplate.BoilerplateStage;
import io.articlex.segment.Segmenter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class NormalizerTest {

    @Test
    void crlfAndLoneCrBecomeLf() {
        assertThat(Normalizer.normalize("a\r\nb\rc\n")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void crlfWireCopyStillWrapsIntoParagraphs() {
        // syn-dev-11 and -17 arrive with Windows line ends
        String text = Normalizer.normalize("Title line here\r\n\r\nNew Delhi (ANI): The metro\r\nwill run late.\r\n");
        assertThat(Segmenter.segment(text, BoilerplateStage::isChromeLine)).containsExactly("Title line here", "New Delhi (ANI): The metro will run late.");
    }

    @Test
    void oddSpacesBecomePlainSpacesAndInvisiblesGo() {
        assertThat(Normalizer.normalize("a\u00A0b\u2009c\u202Fd\u200Be\u00ADf\u3000g\u2800h"))
                .isEqualTo("a b c def g h");
    }

    @Test
    void nbspLedParagraphIsTrimmedBySegmentation() {
        // syn-dev-03: a paragraph that starts with a no-break space and holds a double space
        String text = Normalizer.normalize("\u00A0Deputy head Kamran Sadeghi told reporters.\n\nHe said:\u00A0 \"Talks.\"\n");
        assertThat(Segmenter.segment(text, BoilerplateStage::isChromeLine)).containsExactly("Deputy head Kamran Sadeghi told reporters.",
                "He said: \"Talks.\"");
    }

    @Test
    void controlCharactersGoButQuotesAndDashesStay() {
        assertThat(Normalizer.normalize("“Yes” – he said\u0003")).isEqualTo("“Yes” – he said");
    }

    /** Every BMP character, alone, between kept text and in a run: the bulk copy keeps exactly what it must. */
    @Test
    void eachCharacterIsMappedAsThePerCharacterRulesSay() {
        for (char c = 0; c < 0xFFFF; c++) {
            String expected;
            if (c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                expected = "\n";
            } else if (c == '\t' || c == '\u000B' || c == '\u000C' || c == '\u00A0' || c == '\u1680' || c == '\u202F'
                    || c == '\u205F' || c == '\u3000' || c == '\u2800' || c >= '\u2000' && c <= '\u200A') {
                expected = " ";
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                    || c < ' ' || c >= '\u007F' && c < '\u00A0') {
                expected = "";
            } else {
                expected = String.valueOf(c);
            }
            String s = String.valueOf(c);
            assertThat(Normalizer.normalize(s)).as("U+%04X", (int) c).isEqualTo(expected);
            assertThat(Normalizer.normalize("ab" + s + "cd" + s + s)).as("U+%04X in text", (int) c)
                    .isEqualTo("ab" + expected + "cd" + expected + expected);
        }
    }

    @Test
    void keptTextComesBackAsIs() {
        String text = "Plain ASCII text, and Ünïcödé too.\nSecond line.";
        assertThat(Normalizer.normalize(text)).isSameAs(text);
        assertThat(Normalizer.normalize("x\u00A0y — z\r\n")).isEqualTo("x y — z\n");
    }
}
