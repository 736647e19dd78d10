package io.articlex.dates;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * What the caller knows about when a story was written, for dates the text gives without a year
 * ({@code Sevilla, 9 may (EFE)}): a year ({@code --year}), or a day near the story's date
 * ({@code --date-hint}, the date a feed was fetched, say), from which the nearest such date is taken.
 * {@link #NONE} resolves nothing: the year is never guessed from the clock.
 */
public record DateHint(Integer year, LocalDate near) {

    public static final DateHint NONE = new DateHint(null, null);

    public static DateHint ofYear(int year) {
        return new DateHint(year, null);
    }

    public static DateHint near(LocalDate day) {
        return new DateHint(null, day);
    }

    /** The date of a year-less month and day under this hint, or null when the hint gives no year or the day does not exist. */
    public LocalDate resolve(int month, int day) {
        try {
            if (year != null) {
                return LocalDate.of(year, month, day);
            }
            if (near != null) {
                LocalDate best = null;
                for (int y = near.getYear() - 1; y <= near.getYear() + 1; y++) {
                    LocalDate d = safe(y, month, day);
                    if (d != null && (best == null || Math.abs(d.toEpochDay() - near.toEpochDay())
                            < Math.abs(best.toEpochDay() - near.toEpochDay()))) {
                        best = d;
                    }
                }
                return best;
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    private static LocalDate safe(int y, int month, int day) {
        try {
            return LocalDate.of(y, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
