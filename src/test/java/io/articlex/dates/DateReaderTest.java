package io.articlex.dates;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Timestamp lines and dateline dates of the wire languages (invented lines), read as ISO 8601. */
class DateReaderTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiterString = " # ", nullValues = "~", textBlock = """
            22.08.2023, 14:32 Uhr # 2023-08-22T14:32
            Posted on March 3, 2024 by Tom Reed # 2024-03-03
            Updated June 13, 2019 # 2019-06-13
            Publié le 05/03/2024 à 11h47, mis à jour à 14h02 # 2024-03-05T11:47
            Publié le 12 mars 2024 à 14 h 05 # 2024-03-12T14:05
            Publicado: martes, 21 noviembre 2023 12:45 # 2023-11-21T12:45
            07 ottobre 2023 | 16.05 # 2023-10-07T16:05
            Publicado em 28/06/2024 - 17:05 # 2024-06-28T17:05
            4 июля 2023 14:32 # 2023-07-04T14:32
            15/09/23, 11:20 # 2023-09-15T11:20
            Giriş: 12.02.2024 10:45 | Güncelleme: 12.02.2024 10:47 # 2024-02-12T10:45
            نشر في: 14/11/2023 12:32 # 2023-11-14T12:32
            الأربعاء، ٠٨ مارس ٢٠٢٣ - ١٢:٣٠ م # 2023-03-08T12:30
            APA0412    2024-02-14/14:32 # 2024-02-14T14:32
            Aktualisiert am 04.03.2024-16:05 # 2024-03-04T16:05
            April 23, 2024 / 6:26 PM # 2024-04-23T18:26
            3 de enero de 2024 # 2024-01-03
            12 set 2023 # 2023-09-12
            Mar 5, 2024 10:00 GMT # 2024-03-05T10:00Z
            Mar 5, 2024 10:00 GMT+3 # 2024-03-05T10:00+03:00
            Mar 5, 2024 08:05 (GMT-11) # 2024-03-05T08:05-11:00
            5 марта 2024, 09:15 MSK # 2024-03-05T09:15+03:00
            8 stycznia 2024 # 2024-01-08
            17 Ekim 2023 # 2023-10-17
            vandaag, 14:32 • Aangepast vandaag, 15:10 # ~
            9 may # ~
            15/09 # ~
            Publish Date : 12/7/2026 10:50:50 AM # 2026-12-07T10:50
            12/7/2026 10:50 AM # 2026-07-12T10:50
            07/12/2026 10:12 AM # 2026-12-07T10:12
            12/07/2026 December 7, 2026 # 2026-12-07
            07/12/2026 December 7, 2026 # 2026-12-07
            07/12/2026 Last update December 8, 2026 # 2026-12-07
            31.02.2024 # ~
            """)
    void readsFullDates(String line, String iso) {
        assertThat(DateReader.read(line)).isEqualTo(iso);
    }

    @Test
    void aDateWithoutAYearNeedsAHint() {
        assertThat(DateReader.read("9 may", DateHint.ofYear(2024))).isEqualTo("2024-05-09");
        assertThat(DateReader.read("15 февраля", DateHint.ofYear(2023))).isEqualTo("2023-02-15");
        // the nearest 28 December to 3 January 2024 is the one just before it
        assertThat(DateReader.read("28 dic", DateHint.near(LocalDate.of(2024, 1, 3)))).isEqualTo("2023-12-28");
        assertThat(DateReader.read("14 نوفمبر", DateHint.near(LocalDate.of(2023, 11, 20)))).isEqualTo("2023-11-14");
        assertThat(DateReader.read("9 may", DateHint.NONE)).isNull();
    }

    @Test
    void withoutAHintFourDigitsAreTheLeastADateTakes() {
        assertThat(DateReader.read("Feb 26")).isNull();
        assertThat(DateReader.read("Feb 26", DateHint.ofYear(1987))).isEqualTo("1987-02-26");
        assertThat(DateReader.read("March 3, 10:15 GMT", DateHint.ofYear(2024))).isEqualTo("2024-03-03T10:15Z");
        assertThat(DateReader.read("1/2/23")).isEqualTo("2023-02-01");
        assertThat(DateReader.read("Updated 1/2/23 9:30")).isEqualTo("2023-02-01T09:30");
        assertThat(DateReader.read("\u0661/\u0662/\u0662\u0663")).as("Arabic-Indic digits count once made ASCII").isEqualTo("2023-02-01");
        assertThat(DateReader.read("12/05")).isNull();
        assertThat(DateReader.read("1-2-3")).isNull();
    }
}
