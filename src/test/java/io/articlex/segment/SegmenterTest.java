package io.articlex.segment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SegmenterTest {

    @Test
    void indentedWireCopyJoinsWrappedLinesAndSplitsAtIndents() {
        String text = "    PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed a\n"
                + "registration statement.\n"
                + "    The company said it expects the offering to be priced at 20\n"
                + "dlrs per unit.\n";
        assertThat(Segmenter.segment(text)).containsExactly(
                "PORTLAND, Ore., Feb 26 - Red Lion Inns said it filed a registration statement.",
                "The company said it expects the offering to be priced at 20 dlrs per unit.");
    }

    @Test
    void shortChromeLinesStaySeparate() {
        assertThat(Segmenter.segment("Your Comment\nYou are replying to: .\n3 + 5 =\n"))
                .containsExactly("Your Comment", "You are replying to: .", "3 + 5 =");
    }

    @Test
    void blankLinesSeparateAndInnerSpacesCollapse() {
        assertThat(Segmenter.segment("One  two.\n\n\n  Three.\n")).containsExactly("One two.", "Three.");
    }
}
