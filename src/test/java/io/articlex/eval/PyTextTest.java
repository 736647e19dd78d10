package io.articlex.eval;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The text keys must give what the reference scorer's Python gives, character class by character class. */
class PyTextTest {

    @Test
    void normFoldsCurlyQuotesDashesAndSpaceRuns() {
        assertThat(PyText.norm("\u00a0 \u201cYes,\u201d he\u2019s \u2014 sure\u2009\u3000 ")).isEqualTo("\"Yes,\" he's - sure");
    }

    @Test
    void normAppliesNfkc() {
        assertThat(PyText.norm("\ufb01ne \u2460")).isEqualTo("fine 1");
    }

    @Test
    void normKeepsNull() {
        assertThat(PyText.norm(null)).isNull();
        assertThat(PyText.key(null)).isNull();
    }

    @Test
    void keyLowersAndTurnsPunctuationRunsIntoOneSpace() {
        assertThat(PyText.key("  TEHRAN, Jun.11 (ISNA)- ")).isEqualTo("tehran jun 11 isna");
        assertThat(PyText.key("--")).isEqualTo("");
    }

    @Test
    void underscoreIsAWordCharacterAsInPython() {
        assertThat(PyText.tokens("snake_case word")).containsExactly("snake_case", "word");
    }

    @Test
    void combiningMarksSplitWordsAsInPython() {
        // Python's \w does not match U+0301 (a combining mark), Java's UNICODE_CHARACTER_SET \w would.
        // NFKC composes e + U+0301 into é, so use a mark with no precomposed form: q + U+0301.
        assertThat(PyText.tokens("q\u0301r")).containsExactly("q", "r");
    }

    @Test
    void nonLatinLettersAndDigitsAreWords() {
        assertThat(PyText.tokens("Привет, 東京 ٣")).containsExactly("привет", "東京", "٣");
    }

    @Test
    void zeroWidthSpaceIsNeitherSpaceNorWord() {
        assertThat(PyText.norm("a\u200bb")).isEqualTo("a\u200bb");
        assertThat(PyText.tokens("a\u200bb")).containsExactly("a", "b");
    }
}
