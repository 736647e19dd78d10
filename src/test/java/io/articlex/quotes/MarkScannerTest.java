package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mark scan over one buffer shared by an article's paragraphs. */
class MarkScannerTest {

    @Test
    void findsClosedAndUnclosedSpans() {
        String p = "He said \"we will win\" and then \u201Cit is over";
        List<Span> spans = MarkScanner.scan(p, false);
        assertThat(spans).hasSize(2);
        assertThat(p.substring(spans.get(0).textStart(), spans.get(0).textEnd())).isEqualTo("we will win");
        assertThat(spans.get(0).closed()).isTrue();
        assertThat(p.substring(spans.get(1).textStart(), spans.get(1).textEnd())).isEqualTo("it is over");
        assertThat(spans.get(1).closed()).isFalse();
    }

    @Test
    void dutchTwoCommasOpenAQuoteThatTwoApostrophesClose() {
        String p = ",,Dit is een evenwichtig besluit'', zei Madlener. Greenpeace noemt het ,,een klap''.";
        List<Span> spans = MarkScanner.scan(p, false);
        assertThat(spans).extracting(s -> p.substring(s.textStart(), s.textEnd()))
                .containsExactly("Dit is een evenwichtig besluit", "een klap");
        assertThat(spans).allMatch(Span::closed);
        assertThat(MarkScanner.scan("Prices rose 1,,2 and then, ,, fell, as before.", false)).isEmpty();
    }

    @Test
    void aStraightMarkSetOffBySpaceAfterAnInnerQuotesCloserClosesTheQuote() {
        String p = "\"They call it the 'Clinton machine,' \" said Rosa Delgado. \"But they listen.\"";
        List<Span> spans = MarkScanner.scan(p, false);
        assertThat(spans).extracting(s -> p.substring(s.textStart(), s.textEnd()))
                .containsExactly("They call it the 'Clinton machine,' ", "But they listen.");
        assertThat(spans).allMatch(Span::closed);
        // a spaced mark after a bare apostrophe (no inner quote opened) still opens the next quotation
        String q = "The players' \"home\" is gone, said the coaches' \"We will rebuild.\"";
        assertThat(MarkScanner.scan(q, false)).extracting(s -> q.substring(s.textStart(), s.textEnd()))
                .containsExactly("home", "We will rebuild.");
    }

    @Test
    void aParagraphWithoutMarksGetsTheEmptyList() {
        assertThat(MarkScanner.scan("No quotes here, only Iran's apostrophe.", false)).isEmpty();
    }

    @Test
    void aBufferLeftOverFromALongerParagraphDoesNotLeakIntoAShorterOne() {
        String longer = "\u201CThe first paragraph runs on and on with its quote,\u201D she said, \u201Cand another\u201D";
        String shorter = "Then \u201Cshort";
        byte[] buffer = new byte[longer.length()];
        assertThat(MarkScanner.scan(longer, false, buffer)).isEqualTo(MarkScanner.scan(longer, false));
        List<Span> reused = MarkScanner.scan(shorter, false, buffer);
        assertThat(reused).isEqualTo(MarkScanner.scan(shorter, false));
        assertThat(reused).containsExactly(new Span(5, 6, shorter.length(), shorter.length(), false, false));
    }

    @Test
    void singleMarksOnlyWhenAsked() {
        String p = "The minister called it \u2018a disgrace to the house\u2019 on Monday.";
        assertThat(MarkScanner.scan(p, false, new byte[p.length()])).isEmpty();
        assertThat(MarkScanner.scan(p, true, new byte[p.length()])).hasSize(1);
    }

    @Test
    void everyOpeningMarkIsFoundBehindTheQuickRejection() {
        // a paragraph is passed over when it holds no opening mark: each opener still opens a span
        for (String open : List.of("\"", "\u201C", "\u00AB", "\u201E", "\u2039", "\u300C", "''", "``", "\u0432\u0402\u045A")) {
            assertThat(MarkScanner.scan("He said " + open + "we will win", false)).as(open).hasSize(1);
        }
        // a guillemet pointing inwards opens too, and apostrophes, closing marks and the mojibake's first letter alone do not
        assertThat(MarkScanner.scan("Il a dit \u00BBnous gagnerons\u00AB hier", false)).hasSize(1);
        assertThat(MarkScanner.scan("Iran's rock 'n' roll of the '90s, \u2019tis\u201D \u0432 \u2018so\u2019", false)).isEmpty();
    }

    @Test
    void charactersSharingAMarksLowByteAreReadAsThemselves() {
        // the scan reads low bytes first: a bullet (U+2022) has the low byte of ", a Cyrillic й and к those
        // of 9 and :, as the marks ‹ (U+2039) and › (U+203A) do, and в (U+0432) that of 2
        assertThat(MarkScanner.scan("\u2022 we will win \u2022 she said", false)).isEmpty();
        assertThat(MarkScanner.scan("\u0439\u043A\u0432 \u0127tis 29: \u0122a", false)).isEmpty();
        String p = "\u0439 \u043A 29: \u2039\u043D\u0435\u0442\u203A \u2022";
        assertThat(MarkScanner.scan(p, false)).containsExactly(new Span(8, 9, 12, 13, true, false));
        String latin = "In 1929: 92 said \"we will\" and 2 wrote \u00ABnon\u00BB";
        List<Span> spans = MarkScanner.scan(latin, false);
        assertThat(spans).hasSize(2);
        assertThat(latin.substring(spans.get(0).textStart(), spans.get(0).textEnd())).isEqualTo("we will");
        assertThat(latin.substring(spans.get(1).textStart(), spans.get(1).textEnd())).isEqualTo("non");
    }

    @Test
    void everyMarkStartHasItsLowByteMarked() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (MarkScanner.markStart(c)) {
                assertThat(MarkScanner.markLow(c)).as("U+%04X", (int) c).isTrue();
                assertThat(MarkScanner.MARK_STARTS.indexOf(c)).as("U+%04X", (int) c).isNotNegative();
            }
        }
        for (char c : MarkScanner.MARK_STARTS.toCharArray()) {
            assertThat(MarkScanner.markStart(c)).isTrue();
        }
    }

    /** Whether {@code mask} has the bit of every ASCII capital of {@code p} and the character after it. */
    private static boolean everyCapitalIn(String p, long mask) {
        for (int i = 0; i + 1 < p.length(); i++) {
            char c = p.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                long bit = MarkScanner.capitalBit(p.substring(i, i + 2));
                if (bit == 0 || (mask & bit) == 0) {
                    return false;
                }
            }
        }
        return true;
    }

    @Test
    void theCapitalsMaskHoldsEveryCapitalInsideAndOutsideQuotes() {
        // the scan's walk to a closing mark, and past an inner curly quotation, passes words by: their capitals count too
        String p = "Ann Lee said \"We met \u201CBig Tom\u201D at Ohio State\" and \u201CZed\u201D, Dan wrote: \u00ABYes\u00BB \u201EQ";
        long[] caps = new long[1];
        MarkScanner.scan(p, false, new byte[p.length()], caps, 0);
        assertThat(everyCapitalIn(p, caps[0])).isTrue();
        assertThat(caps[0] & MarkScanner.capitalBit("Tom")).isNotZero();
        assertThat(caps[0] & MarkScanner.capitalBit("Big")).isNotZero();
        // a word whose bit is not set is not in the text; a word opening with no ASCII capital has no bit
        assertThat(caps[0] & MarkScanner.capitalBit("Xu")).isZero();
        assertThat(MarkScanner.capitalBit("al-Araji")).isZero();
        assertThat(MarkScanner.capitalBit("\u00D6zil")).isZero();
        assertThat(MarkScanner.capitalBit("X")).isZero();
        // every capital has its class (no mark's low byte took one over)
        for (char c = 'A'; c <= 'Z'; c++) {
            String q = "x " + c + "y";
            MarkScanner.scan(q, false, new byte[q.length()], caps, 0);
            assertThat(caps[0] & MarkScanner.capitalBit(c + "y")).as(q).isNotZero();
        }
    }

    @Test
    void theCapitalsMaskOfRandomQuotedTextHoldsEveryCapital() {
        java.util.Random r = new java.util.Random(11);
        String[] parts = {"Ab", "Cd ", "xy ", "Q", " ", "\"", "\u201C", "\u201D", "\u201E", "'", "''", "\u2018", "\u2019",
            "\u00AB", "\u00BB", ",", ",,", ". ", "\u2014", "\u0141", "Z", "\u300C", "\u300D", "\u2039", "\u203A"};
        long[] caps = new long[1];
        for (int t = 0; t < 20_000; t++) {
            StringBuilder sb = new StringBuilder();
            for (int k = r.nextInt(24); k >= 0; k--) {
                sb.append(parts[r.nextInt(parts.length)]);
            }
            String p = sb.toString();
            for (boolean singles : new boolean[] {false, true}) {
                MarkScanner.scan(p, singles, new byte[p.length()], caps, 0);
                assertThat(everyCapitalIn(p, caps[0])).as(p).isTrue();
                assertThat(MarkScanner.scan(p, singles, new byte[p.length()], caps, 0)).isEqualTo(MarkScanner.scan(p, singles));
            }
        }
    }
}
