package io.articlex.normalize;

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
        assertThat(Segmenter.segment(text)).containsExactly("Title line here", "New Delhi (ANI): The metro will run late.");
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
        assertThat(Segmenter.segment(text)).containsExactly("Deputy head Kamran Sadeghi told reporters.",
                "He said: \"Talks.\"");
    }

    @Test
    void controlCharactersGoButQuotesAndDashesStay() {
        assertThat(Normalizer.normalize("“Yes” – he said\u0003")).isEqualTo("“Yes” – he said");
    }
}
