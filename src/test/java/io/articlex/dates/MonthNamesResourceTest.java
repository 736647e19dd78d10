package io.articlex.dates;

import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The month and weekday names resource is java.time's locale data (kept as a file because loading the
 * locales costs about a second at start-up): every full and short form java.time gives for the ten
 * wire languages and English names the same month or weekday in {@link CalendarNames}.
 */
class MonthNamesResourceTest {

    private static final List<String> TAGS = List.of("en", "de", "fr", "es", "it", "pt", "ru", "nl", "pl", "tr",
            "ar", "ar-SY", "ar-MA", "ar-DZ");

    @Test
    void everyJavaTimeMonthFormIsKnown() {
        CalendarNames names = CalendarNames.get();
        for (String tag : TAGS) {
            Locale locale = Locale.forLanguageTag(tag);
            for (Month m : Month.values()) {
                for (TextStyle style : List.of(TextStyle.FULL, TextStyle.FULL_STANDALONE, TextStyle.SHORT,
                        TextStyle.SHORT_STANDALONE)) {
                    String form = m.getDisplayName(style, locale);
                    assertThat(names.month(form)).as("%s %s in %s", style, m, tag).isEqualTo(m.getValue());
                }
            }
        }
    }

    @Test
    void everyJavaTimeWeekdayIsKnown() {
        CalendarNames names = CalendarNames.get();
        for (String tag : TAGS) {
            Locale locale = Locale.forLanguageTag(tag);
            for (DayOfWeek d : DayOfWeek.values()) {
                assertThat(names.isWeekday(d.getDisplayName(TextStyle.FULL, locale))).as("%s in %s", d, tag).isTrue();
            }
        }
    }

    @Test
    void capitalsAndWireAbbreviationsFold() {
        CalendarNames names = CalendarNames.get();
        assertThat(names.month("EKİM")).isEqualTo(10);
        assertThat(names.month("Nov.")).isEqualTo(11);
        assertThat(names.month("ФЕВРАЛЯ")).isEqualTo(2);
        assertThat(names.month("sept")).isEqualTo(9);
        assertThat(names.month("today")).isZero();
    }
}
