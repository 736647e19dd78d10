package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The stage's in-place readings of a paragraph give what the copies they replaced gave. */
class QuoteStageInPlaceTest {

    private static final char[] ALPHABET = {'a', 'Z', '7', ' ', '\u00A0', '.', '\'', '’', '-', ',', 'é', '\u2003'};

    @Test
    void wordsAndBlanksReadInPlaceAgreeWithTheCopies() {
        int checked = EveryText.upTo(ALPHABET, 5, part -> {
            String p = "x " + part + " y";
            int from = 2;
            int to = p.length() - 2;
            assertThat(QuoteStage.blank(p, from, to)).as("[%s]", part).isEqualTo(part.isBlank());
            for (int limit = 0; limit <= 2; limit++) {
                assertThat(QuoteStage.wordsExceed(p, from, to, limit)).as("[%s] %d", part, limit)
                        .isEqualTo(Phrase.words(part).size() > limit);
            }
        });
        assertThat(checked).isGreaterThan(200_000);
    }

    @Test
    void eachKindOfOpeningMarkStillOpens() {
        assertThat(text("He said ''we are ready'' on Monday.", false)).isEqualTo("we are ready");
        assertThat(text("He said \"we are ready\" on Monday.", false)).isEqualTo("we are ready");
        assertThat(text("Er sagte: „Wir sind bereit“.", false)).isEqualTo("Wir sind bereit");
        assertThat(text("Il a dit : « Nous sommes prêts ».", false)).isEqualTo(" Nous sommes prêts "); // the spaces go when the text is cleaned
        assertThat(text("Er sagte: »Wir sind bereit«.", false)).isEqualTo("Wir sind bereit");
        assertThat(text("Il a dit ‹ prêts › hier", false)).isNull(); // a space after ‹ opens nothing
        assertThat(text("Il a dit ‹prêts› hier", false)).isEqualTo("prêts");
        assertThat(text("彼は「準備ができた」と言った", false)).isEqualTo("準備ができた");
        assertThat(text("He said вЂњwe are readyвЂќ on Monday.", false)).isEqualTo("we are ready");
        assertThat(text("She called it ‘a disgrace’ today.", true)).isEqualTo("a disgrace");
        assertThat(text("She called it 'a disgrace' today.", true)).isEqualTo("a disgrace");
        assertThat(text("Iran's 'rock 'n' roll' years", false)).isNull();
        assertThat(text("She said ''", true)).isNull();
    }

    private static String text(String p, boolean singles) {
        var spans = MarkScanner.scan(p, singles);
        if (spans.isEmpty()) {
            return null;
        }
        Span s = spans.get(0);
        return p.substring(s.textStart(), s.textEnd());
    }
}
