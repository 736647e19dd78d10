package io.articlex.boilerplate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The token loop of {@link Timestamps#isTimestamp} cuts where the split pattern it replaced did. */
class TimestampsSplitTest {

    @Test
    void splitsExactlyOnThePatternsClass() {
        for (int c = 0; c <= 0xFFFF; c++) {
            assertThat(Timestamps.splits((char) c)).as("U+%04X", c)
                    .isEqualTo(Timestamps.SPLIT.matcher(String.valueOf((char) c)).matches());
        }
    }

    @Test
    void stampsAndNonStampsAsBefore() {
        assertThat(Timestamps.isTimestamp("26 October 2021 - 11:42")).isTrue();
        assertThat(Timestamps.isTimestamp("13:52 | 2023-11-04")).isTrue();
        assertThat(Timestamps.isTimestamp("vandaag, 14:32 • Aangepast vandaag, 15:10")).isTrue();
        assertThat(Timestamps.isTimestamp("[ 12/02/2016 ]")).isTrue();
        assertThat(Timestamps.isTimestamp("Pay March 31")).isFalse();
        assertThat(Timestamps.isTimestamp("Shares rose 3 percent")).isFalse();
    }
}
