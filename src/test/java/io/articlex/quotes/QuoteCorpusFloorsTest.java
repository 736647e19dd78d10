package io.articlex.quotes;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Regression floors for issue 3, measured on the research corpora in {@code ../shared} (read in place,
 * never copied). The floors sit a little under the figures measured when they were set, so that a
 * change that loses quotes or speakers fails here before it reaches main.
 */
class QuoteCorpusFloorsTest {

    @Test
    void quotesDevPolnear() throws Exception {
        GoldQuotes s = GoldQuotes.score(GoldQuotes.corpus("corpus/quotes-dev"));
        assertThat(s.tp + s.fn).as("gold quotes").isEqualTo(2605);
        assertThat(s.f1()).as("quote F1 on quotes-dev").isGreaterThanOrEqualTo(0.95);
        assertThat(s.speaker()).as("speaker accuracy on quotes-dev").isGreaterThanOrEqualTo(0.83);
    }

    @Test
    void syntheticDev() throws Exception {
        GoldQuotes s = GoldQuotes.score(GoldQuotes.corpus("corpus/synthetic-dev"));
        assertThat(s.f1()).as("quote F1 on synthetic-dev").isGreaterThanOrEqualTo(0.95);
        assertThat(s.speaker()).as("speaker accuracy on synthetic-dev").isGreaterThanOrEqualTo(0.85);
    }
}
