package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The per-character tests the attribution scans ask of every character, answered for ASCII by tables
 * (small enough for C1 to inline), against the definitions they stand for, for every char value.
 */
class CharClassesTest {

    @Test
    void asciiTablesAnswerAsTheCharacterClassesForEveryChar() {
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            assertThat(WordTable.letterOrDigit(c)).as("letterOrDigit U+%04X", i).isEqualTo(Character.isLetterOrDigit(c));
            assertThat(WordTable.whitespace(c)).as("whitespace U+%04X", i).isEqualTo(Character.isWhitespace(c));
            assertThat(Phrase.wordTail(c)).as("wordTail U+%04X", i)
                    .isEqualTo(Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-');
            assertThat(Sentences.mayEndAscii(c)).as("mayEnd U+%04X", i).isEqualTo(c == '.' || c == '?' || c == '!'
                    || c == '"' || c == '”' || c == '’' || c == '\'' || c == ')' || c == ']' || c == '»');
        }
    }

    @Test
    void examples() {
        assertThat(WordTable.letterOrDigit('a')).isTrue();
        assertThat(WordTable.letterOrDigit('7')).isTrue();
        assertThat(WordTable.letterOrDigit('é')).isTrue();
        assertThat(WordTable.letterOrDigit('-')).isFalse();
        assertThat(WordTable.whitespace('\u001F')).isTrue(); // a unit separator is white space to Java
        assertThat(WordTable.whitespace('\u00A0')).isFalse(); // a no-break space is not
        assertThat(Phrase.wordTail('’')).isTrue();
        assertThat(Phrase.wordTail(',')).isFalse();
        assertThat(Sentences.mayEndAscii('»')).isTrue();
        assertThat(Sentences.mayEndAscii('«')).isFalse();
    }
}
