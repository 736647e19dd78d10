package io.articlex.dates;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date (and the time and zone, when written) of a timestamp line or a dateline date as ISO 8601:
 * {@code 22.08.2023, 14:32 Uhr} gives {@code 2023-08-22T14:32}, {@code Publié le 05/03/2024 à 11h47}
 * {@code 2024-03-05T11:47} (as does Quebec's {@code à 11 h 47}), {@code martes, 21 noviembre 2023 12:45} {@code 2023-11-21T12:45},
 * {@code 2024-02-14/14:32} {@code 2024-02-14T14:32}, {@code 15/09/23} {@code 2023-09-15} (two-digit years
 * are 20xx), {@code ٠٨ مارس ٢٠٢٣} {@code 2023-03-08}. Numeric dates are read day first (the order of every
 * wire language but US English) unless only the first number can be a month. A date without a year ({@code 9 may}, {@code 15/09}) is read only against a year
 * given by the caller ({@link #read(String, DateHint)}); the year is never guessed from the clock.
 */
public final class DateReader {

    private static final Pattern ISO = Pattern.compile("(?<!\\d)(?<y>\\d{4})-(?<m>\\d{1,2})-(?<d>\\d{1,2})(?!\\d)");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d.,/-])(?<d>\\d{1,2})(?<s>[./-])(?<m>\\d{1,2})(?:\\k<s>(?<y>\\d{4}|\\d{2}))?(?![\\d/]|-(?!\\d{1,2}:\\d{2})|\\.\\d)");
    private static final String NAMED_MONTH = "(?<mon>\\p{L}[\\p{L}\\p{M}]{1,11}(?:\\s\\p{L}{2,7})?)\\.?";
    private static final Pattern DAY_MONTH = Pattern.compile("(?<!\\d)(?<d>\\d{1,2})(?:\\.|er|º|°)?\\s(?:de\\s)?" + NAMED_MONTH
            + "(?:,?\\s(?:de\\s)?(?<y>\\d{4})(?!\\d))?");
    private static final Pattern MONTH_DAY = Pattern.compile(NAMED_MONTH + "\\s(?<d>\\d{1,2})(?:st|nd|rd|th)?(?!\\d)(?:,?\\s(?<y>\\d{4})(?!\\d))?");
    private static final Pattern TIME = Pattern.compile("(?<![\\d.:])(?<h>\\d{1,2})(?::(?<mi>\\d{2})|\\s?h\\s?(?<mi3>\\d{2})|\\.(?<mi2>\\d{2})(?![.\\d]))(?::\\d{2})?"
            + "(?:\\s?(?<ap>[ap]\\.?m\\.?|م|ص)(?!\\p{L}))?(?:\\s?(?:Uhr|h|ore|uur|hrs?))?"
            + "(?:\\s?\\(?(?<zone>GMT|UTC|CET|CEST|MEZ|MESZ|MSK|TRT|EET|EEST|WET|WEST|IST|EST|EDT|Z|[+-]\\d{2}:?\\d{2})(?<zh>[+-]\\d{1,2})?\\)?)?",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, String> ZONES = Map.ofEntries(Map.entry("GMT", "Z"), Map.entry("UTC", "Z"),
            Map.entry("Z", "Z"), Map.entry("WET", "Z"), Map.entry("CET", "+01:00"), Map.entry("MEZ", "+01:00"),
            Map.entry("WEST", "+01:00"), Map.entry("CEST", "+02:00"), Map.entry("MESZ", "+02:00"),
            Map.entry("EET", "+02:00"), Map.entry("EEST", "+03:00"), Map.entry("MSK", "+03:00"), Map.entry("TRT", "+03:00"),
            Map.entry("IST", "+05:30"), Map.entry("EST", "-05:00"), Map.entry("EDT", "-04:00"));

    private DateReader() {
    }

    /** The first full date of the line as ISO 8601 (with the time and zone when stated), or null. */
    public static String read(String line) {
        return read(line, DateHint.NONE);
    }

    /**
     * The first date of the line as ISO 8601, or null; a date written without a year takes the year the
     * hint gives for it, and is null without a hint.
     */
    public static String read(String line, DateHint hint) {
        if (line == null || line.isEmpty()) {
            return null;
        }
        String s = asciiDigits(line);
        if (hint.year() == null && hint.near() == null && !mayHoldYear(s)) {
            return null;
        }
        Found f = first(s, hint);
        if (f == null) {
            return null;
        }
        String time = time(s.substring(f.end));
        return time == null ? f.date.toString() : f.date + "T" + time;
    }

    /**
     * Whether {@code s} has the four ASCII digits a date with a year needs, the fewest any shape takes:
     * a numeric date's day, month and two-digit year ({@code 1/2/23}); the named and ISO shapes need a
     * four-digit year. Without a hint a date without a year reads as nothing, so a dateline's
     * {@code Feb 26} or {@code 9 may} is answered here instead of by four patterns' searches.
     */
    private static boolean mayHoldYear(String s) {
        int digits = 0;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= '0' && c <= '9' && ++digits == 4) {
                return true;
            }
        }
        return false;
    }

    private record Found(LocalDate date, int start, int end) {
    }

    private static Found first(String s, DateHint hint) {
        Found best = null;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            best = found(Integer.parseInt(m.group("y")), Integer.parseInt(m.group("m")), Integer.parseInt(m.group("d")), m);
        }
        boolean ambiguous = false;
        int figA = 0;
        int figB = 0;
        m = NUMERIC.matcher(s);
        while (m.find() && (best == null || m.start() < best.start)) {
            int a = Integer.parseInt(m.group("d"));
            int b = Integer.parseInt(m.group("m"));
            boolean monthFirst = b > 12 && a <= 12 || a <= 12 && m.group("s").equals("/") && m.group("y") != null
                    && clockWithSecondsAndHalf(s, m.end());
            int day = monthFirst ? b : a;
            int month = monthFirst ? a : b;
            Integer year = year(m.group("y"));
            if (year == null && m.group("s").equals(".") && m.group("y") == null) {
                continue; // "16.05" is a time as often as a date
            }
            Found f = withYear(year, month, day, hint, m);
            if (f != null) {
                best = f;
                ambiguous = a <= 12 && b <= 12 && a != b && !monthFirst;
                figA = a;
                figB = b;
                break;
            }
        }
        CalendarNames names = CalendarNames.get();
        for (Pattern p : new Pattern[]{DAY_MONTH, MONTH_DAY}) {
            m = p.matcher(s);
            // a date in figures that reads either way gives way to the same day with its month named later on
            // the line: "12/07/2026 December 7, 2026" (a page's two date elements run together) is 7 December
            while (m.find() && (best == null || m.start() < best.start || ambiguous)) {
                int month = names.month(m.group("mon"));
                if (month == 0 && m.group("mon").contains(" ")) {
                    String[] words = m.group("mon").split("\\s");
                    month = names.month(words[0]); // "21 noviembre 2023": one word only
                    if (month == 0 && p == MONTH_DAY) {
                        // "Posted on March 3, 2024": the word before the month was taken with it, and the
                        // next search would start past the date
                        month = names.month(words[words.length - 1]);
                    }
                }
                if (month == 0) {
                    continue;
                }
                int day = Integer.parseInt(m.group("d"));
                if (ambiguous && m.start() > best.start && !(month == figA && day == figB || month == figB && day == figA)) {
                    continue;
                }
                Found f = withYear(year(m.group("y")), month, day, hint, m);
                if (f != null) {
                    best = f;
                    ambiguous = false;
                    break;
                }
            }
        }
        return best;
    }

    /**
     * Whether a clock with seconds and AM or PM follows at {@code at} ({@code 12/7/2026 10:50:50 AM}): the
     * general date and time of the en-US culture as .NET prints it, which sites built on it show under the
     * headline; its date is month first. Read day first, 7 December became 12 July. A day-first writer
     * with a twelve-hour clock (Indian sites: {@code 07/12/2026 10:12 AM}) prints no seconds.
     */
    static boolean clockWithSecondsAndHalf(String s, int at) {
        int i = at;
        if (i >= s.length() || s.charAt(i) != ' ') {
            return false;
        }
        i++;
        int digits = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && digits < 3) {
            i++;
            digits++;
        }
        if (digits == 0 || digits > 2 || i + 6 > s.length() || s.charAt(i) != ':' || s.charAt(i + 3) != ':'
                || !Character.isDigit(s.charAt(i + 1)) || !Character.isDigit(s.charAt(i + 2))
                || !Character.isDigit(s.charAt(i + 4)) || !Character.isDigit(s.charAt(i + 5))) {
            return false;
        }
        i += 6;
        if (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i + 1 < s.length() && (s.charAt(i) == 'A' || s.charAt(i) == 'P') && s.charAt(i + 1) == 'M';
    }

    private static Integer year(String y) {
        if (y == null) {
            return null;
        }
        int v = Integer.parseInt(y);
        return y.length() == 2 ? 2000 + v : v;
    }

    private static Found withYear(Integer year, int month, int day, DateHint hint, Matcher m) {
        if (year == null) {
            if (month < 1 || month > 12 || day < 1 || day > 31) {
                return null;
            }
            LocalDate d = hint.resolve(month, day);
            return d == null ? null : new Found(d, m.start(), m.end());
        }
        return found(year, month, day, m);
    }

    private static Found found(int y, int month, int day, Matcher m) {
        if (y < 1900 || y > 2200) {
            return null;
        }
        try {
            return new Found(LocalDate.of(y, month, day), m.start(), m.end());
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The first clock time after the date, "HH:MM" with the zone offset when one is written; null when none. */
    private static String time(String rest) {
        Matcher t = TIME.matcher(rest);
        if (!t.find()) {
            return null;
        }
        int h = Integer.parseInt(t.group("h"));
        int mi = Integer.parseInt(t.group("mi") != null ? t.group("mi") : t.group("mi3") != null ? t.group("mi3") : t.group("mi2"));
        String ap = t.group("ap");
        if (ap != null) {
            boolean pm = ap.toLowerCase(Locale.ROOT).startsWith("p") || ap.equals("م");
            if (h > 12) {
                return null;
            }
            h = pm ? (h == 12 ? 12 : h + 12) : (h == 12 ? 0 : h);
        }
        if (h > 23 || mi > 59) {
            return null;
        }
        // by hand, not String.format: its first call loads the locale providers and their data (~90
        // classes), a cost of every one-file parse of a story with a clock time
        String out = new String(new char[] {(char) ('0' + h / 10), (char) ('0' + h % 10), ':',
            (char) ('0' + mi / 10), (char) ('0' + mi % 10)});
        String zone = t.group("zone");
        if (zone != null) {
            String z = zone.toUpperCase(Locale.ROOT);
            String off = ZONES.get(z);
            if (off == null) {
                off = z.length() == 5 ? z.substring(0, 3) + ":" + z.substring(3) : z; // "+0300"
            }
            if (t.group("zh") != null && off.equals("Z")) {
                int zh = Integer.parseInt(t.group("zh"));
                int a = Math.abs(zh); // at most two digits
                off = (zh < 0 ? "-" : "+") + (char) ('0' + a / 10) + (char) ('0' + a % 10) + ":00"; // "GMT+3"
            }
            out += off;
        }
        return out;
    }

    /** Arabic-Indic and Eastern Arabic-Indic digits as ASCII: the patterns read ASCII digits only. */
    public static String asciiDigits(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int v = (c >= '\u0660' && c <= '\u0669') ? c - '\u0660' : (c >= '\u06F0' && c <= '\u06F9') ? c - '\u06F0' : -1;
            if (v >= 0) {
                if (b == null) {
                    b = new StringBuilder(s);
                }
                b.setCharAt(i, (char) ('0' + v));
            }
        }
        return b == null ? s : b.toString();
    }
}
