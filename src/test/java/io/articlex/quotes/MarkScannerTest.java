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
    void aParagraphWithoutMarksGetsTheEmptyList() {
        assertThat(MarkScanner.scan("No quotes here, only Iran's apostrophe.", false)).isEmpty();
    }

    @Test
    void aBufferLeftOverFromALongerParagraphDoesNotLeakIntoAShorterOne() {
        String longer = "\u201CThe first paragraph runs on and on with its quote,\u201D she said, \u201Cand another\u201D";
        String shorter = "Then \u201Cshort";
        char[] buffer = new char[longer.length()];
        assertThat(MarkScanner.scan(longer, false, buffer)).isEqualTo(MarkScanner.scan(longer, false));
        List<Span> reused = MarkScanner.scan(shorter, false, buffer);
        assertThat(reused).isEqualTo(MarkScanner.scan(shorter, false));
        assertThat(reused).containsExactly(new Span(5, 6, shorter.length(), shorter.length(), false, false));
    }

    @Test
    void singleMarksOnlyWhenAsked() {
        String p = "The minister called it \u2018a disgrace to the house\u2019 on Monday.";
        assertThat(MarkScanner.scan(p, false, new char[p.length()])).isEmpty();
        assertThat(MarkScanner.scan(p, true, new char[p.length()])).hasSize(1);
    }
}
