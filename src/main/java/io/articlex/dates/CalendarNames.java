package io.articlex.dates;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Month and weekday names of the wire languages (resource {@code /io/articlex/dates/names.txt}, java.time's
 * locale data plus wire abbreviations): which month a written word names, whether a word is a weekday,
 * and one regex alternation of every month form for the dateline grammar. A dateline or timestamp line
 * writes its month in the story's language ({@code 3 ene}, {@code 14 marzo 2024}, {@code 15 февраля},
 * {@code 14 نوفمبر}), so the names of every language are read at once; no form names two months.
 */
public final class CalendarNames {

    private static final class Holder {
        static final CalendarNames INSTANCE = load();
    }

    private final Map<String, Integer> months;
    private final Set<String> weekdays;
    /** Made when first asked: only the dateline grammar's dated shapes need it, and most texts try none. */
    private volatile String monthAlternation;

    private CalendarNames(Map<String, Integer> months, Set<String> weekdays) {
        this.months = Map.copyOf(months);
        this.weekdays = Set.copyOf(weekdays);
    }

    /**
     * Longer forms first, then in natural order. A class rather than {@code Comparator.comparingInt(...)
     * .reversed().thenComparing(...)}, whose lambdas the class-data archive does not hold: they were
     * generated at run time in every one-file parse.
     */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            int byLength = Integer.compare(b.length(), a.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
    };

    public static CalendarNames get() {
        return Holder.INSTANCE;
    }

    /** The month (1-12) a word names in any of the languages, ignoring case and a final full stop; 0 when none. */
    public int month(String word) {
        Integer m = months.get(fold(word));
        return m == null ? 0 : m;
    }

    /** True when the word is a weekday's full name in one of the languages. */
    public boolean isWeekday(String word) {
        return weekdays.contains(fold(word));
    }

    /** Every month form, folded as {@link #month} folds a word, with its month (1-12). */
    public Map<String, Integer> monthForms() {
        return months;
    }

    /** Every weekday form, folded as {@link #isWeekday} folds a word. */
    public Set<String> weekdayForms() {
        return weekdays;
    }

    /**
     * Every month form as one regex alternation (longest first, quoted; a space inside a form matches
     * {@code \s}), to be compiled case-insensitively with {@code UNICODE_CASE}.
     */
    public String monthAlternation() {
        String a = monthAlternation;
        if (a == null) {
            List<String> forms = new ArrayList<>(months.keySet());
            forms.sort(LONGEST_FIRST);
            StringBuilder alt = new StringBuilder();
            for (String f : forms) {
                if (alt.length() > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(f).replace(" ", "\\E\\s\\Q"));
            }
            a = alt.toString();
            monthAlternation = a;
        }
        return a;
    }

    /** Lower case without a final full stop; Turkish capital İ folds to i (ROOT lower-casing adds a dot above). */
    static String fold(String word) {
        String w = word.strip();
        if (w.endsWith(".")) {
            w = w.substring(0, w.length() - 1);
        }
        return w.toLowerCase(Locale.ROOT).replace("\u0307", "");
    }

    private static CalendarNames load() {
        Map<String, Integer> months = new HashMap<>();
        Set<String> weekdays = new HashSet<>();
        try (InputStream in = io.articlex.resource.Resources.open(CalendarNames.class, "/io/articlex/dates/names.txt")) {
            if (in == null) {
                throw new IllegalStateException("missing resource /io/articlex/dates/names.txt");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split(" ", 3);
                for (String form : f[2].split("\\|")) {
                    String w = fold(form);
                    if (f[1].startsWith("d")) {
                        weekdays.add(w);
                    } else {
                        Integer prev = months.put(w, Integer.parseInt(f[1]));
                        if (prev != null && prev != Integer.parseInt(f[1])) {
                            throw new IllegalStateException("month form names two months: " + form);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CalendarNames(months, weekdays);
    }
}
