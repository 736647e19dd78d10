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
}
