package io.articlex.output;

import io.articlex.Articlex;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code --explain} says about quote attributions, on invented text. */
class ExplainQuotesTest {

    private static String explain(String text) {
        return ExplainWriter.render("t.txt", Articlex.parser().explain(text.getBytes(StandardCharsets.UTF_8)),
                ExplainWriter.Style.PLAIN);
    }

    @Test
    void aQuoteOnlyParagraphSaysItInheritedItsSpeaker() {
        String out = explain("Mayor Lena Ortiz opened the bridge on Monday. \"It took nine years,\" Ortiz said.\n\n"
                + "\"Nine years and three floods.\"\n");
        assertThat(out).contains("\"Nine years and three floods.\" — Lena Ortiz")
                .contains("paragraph 2 names no speaker: inherited from the attribution in paragraph 1 (\"Ortiz\")");
    }

    @Test
    void aQuoteAttributedInItsOwnParagraphInheritsNothing() {
        String out = explain("\"It took nine years,\" Mayor Lena Ortiz said on Monday.\n");
        assertThat(out).contains("— Lena Ortiz").doesNotContain("inherited");
    }
}
