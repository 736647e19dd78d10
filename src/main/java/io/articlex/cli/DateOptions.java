package io.articlex.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * What the user knows about when the stories were written, for the dates their text gives without a
 * year ({@code Sevilla, 9 may (EFE)}): {@code published} is never guessed from the clock.
 */
final class DateOptions {

    @Option(names = "--year", paramLabel = "YEAR", converter = YearConverter.class,
            description = "Read dates the text gives without a year (a dateline's '9 may') in this year, for published.")
    Integer year;

    @Option(names = "--date-hint", paramLabel = "YYYY-MM-DD", converter = DayConverter.class,
            description = "A day near the stories' dates (when they were fetched): a date without a year is read "
                    + "as the nearest such day, for published.")
    LocalDate near;

    boolean given() {
        return year != null || near != null;
    }

    static final class YearConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int y = Integer.parseInt(value.strip());
                if (y >= 1900 && y <= 2200) {
                    return y;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new TypeConversionException("not a year between 1900 and 2200: '" + value + "'");
        }
    }

    static final class DayConverter implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return LocalDate.parse(value.strip());
            } catch (DateTimeParseException e) {
                throw new TypeConversionException("not a date (YYYY-MM-DD): '" + value + "'");
            }
        }
    }
}
