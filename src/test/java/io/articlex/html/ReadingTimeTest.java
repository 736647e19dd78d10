package io.articlex.html;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadingTimeTest {

    @Test
    void readingTimeLinesAloneOrWithADate() {
        assertThat(ReadingTime.is("8 min read")).isTrue();
        assertThat(ReadingTime.is("8 min read\u00b7Jan 9, 2024")).isTrue();
        assertThat(ReadingTime.is("Jan 9, 2024 \u00b7 5 minute read")).isTrue();
        assertThat(ReadingTime.is("Lesedauer: 8 Min.")).isTrue();
        assertThat(ReadingTime.is("Lesezeit: ca. 4 Minuten")).isTrue();
        assertThat(ReadingTime.is("Tempo de leitura: 2 minutos")).isTrue();
        assertThat(ReadingTime.is("5 min de lecture")).isTrue();
    }

    @Test
    void sentencesAboutMinutesAreBody() {
        assertThat(ReadingTime.is("The bus takes 20 minutes.")).isFalse();
        assertThat(ReadingTime.is("He read for 10 minutes before the vote.")).isFalse();
        assertThat(ReadingTime.is("Reading time for pupils rose to 25 minutes a day, the survey found, up from 18 last year.")).isFalse();
    }
}
