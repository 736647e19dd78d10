package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class QuotedTextTest {

    private static final String P = "“We will win,” said Jane Roe, according to aides. Mr. Roe told reporters: “Not yet.”";

    @Test
    void cuesOfAStretchAreThoseOfTheStretchCutOut() {
        QuotedText t = new QuotedText(P);
        int open = P.indexOf("“Not");
        int from = P.indexOf("Mr.");
        assertThat(t.cues(from, open)).containsExactly(new CueMatcher.Hit(8, 12, "told"));
        assertThat(t.cues(14, from)).extracting(CueMatcher.Hit::cue).containsExactly("said", "according to");
        assertThat(t.firstCue(14, from)).isEqualTo(new CueMatcher.Hit(1, 5, "said"));
        assertThat(t.lastCue(14, from)).isEqualTo(new CueMatcher.Hit(16, 28, "according to"));
        // the stretch's edges bound words as a text's ends do: "aid" cut from "said" is no cue, nor is
        // "according" cut from "according to", but "said" cut from "said," is
        assertThat(t.cues(16, 19)).isEmpty();
        assertThat(t.cues(29, 40)).isEmpty();
        assertThat(t.cues(15, 19)).containsExactly(new CueMatcher.Hit(0, 4, "said"));
        assertThat(t.firstCue(0, 14)).isNull();
        assertThat(t.lastCue(0, 14)).isNull();
    }

    @Test
    void sentenceEdgesAreThoseOfTheString() {
        QuotedText t = new QuotedText(P);
        int mr = P.indexOf("Mr.");
        assertThat(t.sentenceStart(P.indexOf("told"), 0)).isEqualTo(mr);
        assertThat(t.sentenceEnd(14, P.length())).isEqualTo(mr - 1); // "Mr. Roe": an abbreviation, no end
        assertThat(t.sentenceEnd(mr, P.length())).isEqualTo(P.length());
    }

    /** Random texts of cue words, fragments, marks and stops: every stretch reads as its substring does. */
    @Test
    void everyStretchOfRandomTextAgreesWithTheStringReaders() {
        String[] parts = {"said", "Said", "aid", "according", "to", "told", "he", "Mr.", "A.", "U.S.", "Roe", ",", ".", "?",
                "“", "”", "\"", " ", " ", " ", "  ", "-", "’s", "é", "Ω"};
        CueMatcher cues = Lexicon.get().cues;
        Random r = new Random(7);
        for (int n = 0; n < 2000; n++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(30); k >= 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String s = sb.toString();
            // a longer array, as a caller's buffer may be: nothing past the text is read
            char[] padded = java.util.Arrays.copyOf(s.toCharArray(), s.length() + 4);
            "said".getChars(0, 4, padded, s.length());
            QuotedText t = r.nextBoolean() ? new QuotedText(s) : new QuotedText(s, padded);
            int from = r.nextInt(s.length() + 1);
            int to = from + r.nextInt(s.length() - from + 1);
            String cut = s.substring(from, to);
            assertThat(t.cues(from, to)).as(s + " [" + from + ", " + to + ")").isEqualTo(cues.all(cut));
            assertThat(t.firstCue(from, to)).isEqualTo(cues.next(cut, 0));
            assertThat(t.lastCue(from, to)).isEqualTo(cues.last(cut));
            assertThat(new QuotedText(s).firstCue(from, to)).isEqualTo(cues.next(cut, 0));
            assertThat(t.sentenceStart(to, from)).isEqualTo(Sentences.startBefore(s, to, from));
            assertThat(t.sentenceEnd(from, to)).isEqualTo(Sentences.endAfter(s, from, to));
        }
    }

    @Test
    void stripsWhiteSpaceAtTheEdgesOfAStretchOnly() {
        char[] a = " \u00a0\t said Roe, \n".toCharArray();
        // U+00A0 is no white space to Character.isWhitespace, as it is none to String.strip
        assertThat(QuotedText.stripStart(a, 0, a.length)).isEqualTo(1);
        assertThat(QuotedText.stripStart(a, 2, a.length)).isEqualTo(4);
        assertThat(QuotedText.stripEnd(a, 0, a.length)).isEqualTo(13);
        assertThat(QuotedText.stripStart(a, 3, 4)).isEqualTo(4);
        assertThat(QuotedText.stripEnd(a, 13, 15)).isEqualTo(13);
        assertThat(QuotedText.stripEnd(a, 5, 9)).isEqualTo(8);
    }
}
