package io.articlex.output;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownWriterTest {

    @Test
    void inlineMarkupCharactersAreEscaped() {
        assertThat(MarkdownWriter.escape("a *b* _c_ [d](e) <f> `g` h|i \\"))
                .isEqualTo("a \\*b\\* \\_c\\_ \\[d\\](e) \\<f\\> \\`g\\` h\\|i \\\\");
    }

    @Test
    void lineStartsThatWouldBecomeBlocksAreEscaped() {
        assertThat(MarkdownWriter.escape("# not a heading")).isEqualTo("\\# not a heading");
        assertThat(MarkdownWriter.escape("- not a list")).isEqualTo("\\- not a list");
        assertThat(MarkdownWriter.escape("1999. Not a list")).isEqualTo("1999\\. Not a list");
        assertThat(MarkdownWriter.escape("3.5 per cent")).isEqualTo("3.5 per cent");
    }
}
