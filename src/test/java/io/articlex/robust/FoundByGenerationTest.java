package io.articlex.robust;

import io.articlex.Articlex;
import io.articlex.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Inputs that the property and fuzz suites found to break the parser, kept as named regression tests
 * once fixed. Each must parse into a well-formed article.
 */
class FoundByGenerationTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // property suite, parsingIsDeterministic: a comma segment of punctuation only before a quote made
        // AttributionFinder.clauseSubject take the first word of an empty list (IndexOutOfBounds).
        "\u201d\u201cLONDON (Reuters) - ",
    })
    void parsesWithoutThrowing(String input) throws Exception {
        Article a = Articlex.parser().parse(input);
        ParserPropertiesTest.checkOutput(a, input);
    }

    /**
     * Jazzer (ParserFuzzTest): a broken page whose title paragraph was also the paragraph a dateline
     * was read from; the head stage dropped it as the title's duplicate and then cut the dateline out
     * of paragraph -1 (IndexOutOfBounds). Now the page has no dateline.
     */
    @org.junit.jupiter.api.Test
    void aDatelineInTheTitleParagraphIsNoDateline() throws Exception {
        byte[] page = java.util.HexFormat.of().parseHex(
            "3c21444f43545950452068ff6d6c3e3c6d683e746c3c686561643e3c6d65746120636861727365743d2275743c686561" +
            "643e3c6d65746120636861727365743d227574662d38223e3c7469746c653e5269766c653e3c2f686561643e3c626f64" +
            "793e3c61727469636c653e3c68313e5269766542616b752c204d6179203137202d205472656e643a417a65726261696a" +
            "2072756c65733c2f68313e3c703e54454852414e2028662d39223e3c7469746c653e5269766c653e3c2f686561643e3c" +
            "626f64793e3c61727469636c653e3c68323e5269766542616b752c204d6179203137202d205472656e643a417a657262" +
            "61696a2072756c65733c2f68313e3c703e54454852414e20284950293a204f6666747320726f7369");
        Article a = Articlex.parser().parse(page);
        org.assertj.core.api.Assertions.assertThat(a.dateline()).isNull();
    }
}
