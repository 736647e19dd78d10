package io.articlex.boilerplate;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a site timestamp: {@code 26 October 2021 - 11:42}, {@code 13:52 | 2023-11-04},
 * {@code All News 10:21 March 15, 2024}, {@code posted on 12/02/2016}, {@code Tehran - 14:05 / GMT - 10:35}
 * (syn-dev-03, -12, -16, -18). Every token must be a date or time part or one of a few stamp words; a
 * line without a clock time may hold no other word at all, so that a table row such as
 * {@code Pay March 31} (Reuters dividend notices) stays body.
 */
final class Timestamps {

    private static final Pattern TIME = Pattern.compile("\\d{1,2}:\\d{2}(:\\d{2})?([ap]\\.?m\\.?)?", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([./-]\\d{1,4}){1,2}|\\d{1,2}-\\p{L}{3}-\\d{2,4}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    /** Dashes, colons and full stops trimmed from both ends of a token. */
    private static final String EDGE_PUNCT = "-–—:.";
    private static final Pattern SPLIT = Pattern.compile("[\\s,|\\[\\]()،]+");
    private static final Set<String> MONTHS = Set.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final Set<String> DAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Set<String> STAMP_WORDS = Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "edt", "est",
            "pdt", "pst", "cet", "cest", "msk", "irst", "local", "time", "updated", "update", "published", "publish",
            "posted", "on", "date", "at", "last", "modified", "ago", "hours", "hour", "minutes", "minute", "mins",
            "min", "days", "day", "all", "news", "headlines", "created", "of", "-", "–", "—", ":");

    private Timestamps() {
    }

    static boolean isTimestamp(String line) {
        if (line.length() > 90 || !hasDigit(line)) {
            return false;
        }
        // a clock time needs a colon; without one, any other word already rules the line out
        int otherAllowed = line.indexOf(':') >= 0 ? 2 : 0;
        int other = 0;
        boolean time = false;
        boolean date = false;
        boolean month = false;
        boolean number = false;
        for (String raw : SPLIT.split(line.strip())) {
            String tok = trimEdgePunct(raw);
            if (tok.isEmpty()) {
                continue;
            }
            String low = tok.toLowerCase(Locale.ROOT);
            boolean digit = Character.isDigit(tok.charAt(0)); // the three numeric shapes open with a digit
            if (digit && TIME.matcher(tok).matches()) {
                time = true;
            } else if (digit && NUMERIC_DATE.matcher(tok).matches()) {
                date = true;
            } else if (digit && NUMBER.matcher(tok).matches()) {
                number = true;
            } else if (low.length() >= 3 && MONTHS.contains(low.substring(0, 3)) && low.matches("\\p{L}{3,9}")
                    && isMonthWord(low)) {
                month = true;
            } else if (DAYS.contains(low)) {
                continue;
            } else if (STAMP_WORDS.contains(low)) {
                continue;
            } else if (++other > otherAllowed) {
                return false;
            }
        }
        boolean stamp = time || date || (month && number);
        return stamp && (other == 0 || (time && other <= 2));
    }

    private static final Set<String> MONTH_WORDS = Set.of("jan", "january", "feb", "february", "mar", "march", "apr",
            "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
            "nov", "november", "dec", "december");

    private static boolean isMonthWord(String low) {
        return MONTH_WORDS.contains(low);
    }

    private static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String trimEdgePunct(String tok) {
        int from = 0;
        int to = tok.length();
        while (from < to && EDGE_PUNCT.indexOf(tok.charAt(from)) >= 0) {
            from++;
        }
        while (to > from && EDGE_PUNCT.indexOf(tok.charAt(to - 1)) >= 0) {
            to--;
        }
        return tok.substring(from, to);
    }
}
