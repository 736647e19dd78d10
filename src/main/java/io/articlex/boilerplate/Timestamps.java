package io.articlex.boilerplate;

import io.articlex.dates.CalendarNames;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises a line that is only a site timestamp: {@code 26 October 2021 - 11:42}, {@code 13:52 | 2023-11-04},
 * {@code All News 10:21 March 15, 2024}, {@code posted on 12/02/2016}, {@code Tehran - 14:05 / GMT - 10:35}
 * (syn-dev-03, -12, -16, -18), and those of the wire languages: {@code 22.08.2023, 14:32 Uhr},
 * {@code Publié le 05/03/2024 à 11h47} (in Quebec {@code à 14 h 05}), {@code Publicado: martes, 21 noviembre 2023 12:45},
 * {@code vandaag, 14:32 • Aangepast vandaag, 15:10}, {@code الأربعاء، ٠٨ مارس ٢٠٢٣ - ١٢:٣٠ م},
 * {@code APA0412 2024-02-14/14:32}. Every token must be a date or time part (month and weekday names
 * of any language, {@link CalendarNames}) or one of a few stamp words of those languages; a line
 * without a clock time may hold no other word at all, so that a table row such as {@code Pay March 31}
 * (Reuters dividend notices) stays body.
 */
public final class Timestamps {

    /** {@code 14:32}, {@code 2:05pm}, {@code 11h47} (French). */
    private static final Pattern TIME = Pattern.compile("\\d{1,2}(:\\d{2}(:\\d{2})?([ap]\\.?m\\.?)?|h\\d{2})", Pattern.CASE_INSENSITIVE);
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\d{1,4}([./-]\\d{1,4}){1,2}|\\d{1,2}-\\p{L}{3}-\\d{2,4}");
    /**
     * A date glued to its time, as wire item stamps write it: {@code 2024-02-14/14:32}, {@code 2024-02-14T14:32}, and
     * German sites' {@code Aktualisiert am 04.03.2024-16:05} (read as a dateline "Aktualisiert am" without it).
     */
    private static final Pattern DATE_TIME = Pattern.compile("(?:\\d{4}-\\d{2}-\\d{2}[/T]|\\d{1,2}\\.\\d{1,2}\\.\\d{4}-)\\d{1,2}:\\d{2}(:\\d{2})?");
    /**
     * A clock time glued to the day after it by a hyphen, as Asharq Al-Awsat's stamp line runs its time and
     * date together ({@code نُشر: 14:20-12 مارس 2025 م}).
     */
    private static final Pattern TIME_DAY = Pattern.compile("\\d{1,2}:\\d{2}-\\d{1,2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,4}(st|nd|rd|th)?", Pattern.CASE_INSENSITIVE);
    /** Dashes, colons and full stops trimmed from both ends of a token. */
    private static final String EDGE_PUNCT = "-–—:.";
    static final Pattern SPLIT = Pattern.compile("[\\s,|\\[\\]()،•·]+");
    static final Set<String> DAYS = Set.of("mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /** Today and yesterday in the other wire languages; stamp words all ({@link #STAMP_WORDS}, {@link #TODAY}). */
    private static final Set<String> TODAY_ABROAD = Set.of("vandaag", "gisteren", "aujourd’hui", "aujourd'hui", "hier",
            "heute", "gestern", "hoy", "ayer", "oggi", "ieri", "hoje", "ontem", "dziś", "dzisiaj", "wczoraj", "сегодня",
            "вчера", "bugün", "dün", "اليوم", "أمس");
    static final Set<String> STAMP_WORDS = union(Set.of("am", "pm", "a.m", "p.m", "gmt", "utc", "ist", "edt", "est",
            "pdt", "pst", "cet", "cest", "msk", "irst", "local", "time", "updated", "update", "published", "publish",
            "posted", "on", "date", "at", "last", "modified", "ago", "hours", "hour", "minutes", "minute", "mins",
            "min", "days", "day", "all", "news", "headlines", "created", "of", "-", "–", "—", ":", "read",
            // de, fr, es, it, pt, nl, pl, ru, tr, ar
            "uhr", "um", "stand", "h", "aktualisiert", "veröffentlicht", "publié", "publiée", "le", "à", "mis", "jour",
            "modifié", "publicado", "publicada", "actualizado", "actualizada", "el", "a", "las", "pubblicato",
            "aggiornato", "ore", "alle", "il", "em", "atualizado", "atualizada", "às", "gepubliceerd", "aangepast",
            "bijgewerkt", "om", "opublikowano", "aktualizacja", "zaktualizowano", "godz",
            "опубликовано", "обновлено", "в", "giriş", "güncelleme", "güncellenme", "yayınlanma", "tarihi", "نشر",
            "في", "تاريخ", "النشر", "آخر", "تحديث", "م", "ص",
            // the joining word of a date written out in Spanish and Portuguese: "5 de marzo de 2025"
            "de",
            // relative times of those languages: "Atualizado há 2 horas", "vor 3 Stunden", "il y a 2 heures"
            "há", "horas", "minutos", "dias", "hace", "días", "fa", "minuti", "giorni", "y", "heure",
            "heures", "jours", "vor", "stunde", "stunden", "minuten", "tagen", "geleden", "uur", "dagen", "temu",
            "godzin", "godziny", "godzinę", "minut", "dni", "назад", "час", "часа", "часов", "минут", "минуты",
            "önce", "saat", "dakika", "gün", "منذ", "ساعة", "ساعات", "دقيقة", "دقائق"), TODAY_ABROAD);

    /**
     * Today and yesterday in the wire languages ({@code Publié aujourd’hui à 10h12, modifié à 11h30},
     * {@code heute, 09:12 Uhr}), each also a stamp word: such a stamp dates the story as a written date
     * does, so it may stand under a one-sentence deck (see {@link #relativeDay}). Without them a web
     * repost's stamp line was the last headline-like line above the body and became its title.
     */
    static final Set<String> TODAY = union(Set.of("today", "yesterday"), TODAY_ABROAD);

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    /** Whether a line (a {@link #isTimestamp} one) names today or yesterday: a date, though not written out. */
    public static boolean relativeDay(String line) {
        for (String tok : SPLIT.split(line.strip())) {
            if (TODAY.contains(trimEdgePunct(tok).toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The words of the Hijri month names and the era mark {@code هـ} (without its tatweel), as Arabic papers
     * print the Hijri date after the Gregorian one ({@code نُشر: 10:15-07 ديسمبر 2026 م ـ 16 جمادى الآخرة 1448 هـ}).
     * Not months of {@code names.txt}: their numbers are not the Gregorian ones, and no date is read from them.
     * A two-word name ({@code جمادى الآخرة}) and the era mark counted as three unknown words and the line was
     * no stamp: it became the title.
     */
    static final Set<String> HIJRI_WORDS = Set.of("محرم", "صفر", "ربيع", "جمادى", "رجب", "شعبان", "رمضان", "شوال",
            "ذو", "القعدة", "الحجة", "الأول", "الأولى", "الآخر", "الآخرة", "الثاني", "الثانية", "ه");

    /** Units of a relative stamp ("3 hours ago", "vor 3 Stunden", "há 2 horas"), each also a stamp word. */
    static final Set<String> UNITS = Set.of("hours", "hour", "minutes", "minute", "mins", "min", "days", "day", "horas",
            "minutos", "dias", "días", "ore", "minuti", "giorni", "heure", "heures", "jours", "stunde", "stunden",
            "minuten", "tagen", "uur", "dagen", "godzin", "godziny", "godzinę", "minut", "dni", "час", "часа", "часов",
            "минут", "минуты", "saat", "dakika", "gün", "ساعة", "ساعات", "دقيقة", "دقائق");
    /** The word that makes a number of {@link #UNITS} a time past: "ago", "há", "hace", "fa", "vor", "il y a". */
    static final Set<String> AGO = Set.of("ago", "há", "hace", "fa", "y", "vor", "geleden", "temu", "назад", "önce", "منذ");

    private Timestamps() {
    }

    /**
     * A place in capitals, a comma and a dated time stamp ({@code CHENNAI, December 06, 2026 09:15 IST}): a
     * line some papers print where the dateline stands, and which is the story's dateline, not a time stamp
     * of the page. The place is one to four words in capitals, none a word of a stamp's label
     * ({@code UPDATED, ...}); the date must be a full one.
     */
    public static boolean placedStamp(String line) {
        int comma = line.indexOf(',');
        if (comma < 2 || comma > 40 || !Character.isUpperCase(line.charAt(0))) {
            return false;
        }
        String place = line.substring(0, comma);
        int words = 1;
        for (int i = 0; i < place.length(); i++) {
            char ch = place.charAt(i);
            if (ch == ' ') {
                words++;
            } else if (!(Character.isUpperCase(ch) || ch == '.' || ch == '-' || ch == '\'')) {
                return false;
            }
        }
        return words <= 4 && !STAMP_LABELS.contains(place) && io.articlex.dates.DateReader.read(line.substring(comma + 1)) != null;
    }

    /** Words a stamp line opens with that are no place. */
    private static final java.util.Set<String> STAMP_LABELS = java.util.Set.of("UPDATED", "LAST UPDATED", "PUBLISHED",
            "POSTED", "MODIFIED", "CREATED", "DATE", "TIME", "ISSUED", "RELEASED", "FILED", "EDITED");

    public static boolean isTimestamp(String line) {
        if (line.length() > 90 || !hasDigit(line)) {
            return false;
        }
        line = io.articlex.dates.DateReader.asciiDigits(line);
        // a clock time needs a colon; without one, any other word already rules the line out
        int otherAllowed = line.indexOf(':') >= 0 ? 2 : 0;
        int other = 0;
        boolean time = false;
        boolean date = false;
        boolean month = false;
        boolean number = false;
        boolean unit = false;
        boolean ago = false;
        boolean dayAndTime = false;
        // the tokens of SPLIT.split, taken one at a time: most lines are ruled out by an early token, and
        // split cut every token of every short line with a digit first (~1% of a batch)
        String s = line.strip();
        int n = s.length();
        int at = 0;
        while (at < n) {
            while (at < n && splits(s.charAt(at))) {
                at++;
            }
            if (at >= n) {
                break;
            }
            int start = at;
            while (at < n && !splits(s.charAt(at))) {
                at++;
            }
            String tok = trimEdgePunct(s.substring(start, at));
            if (!tok.isEmpty() && tok.charAt(0) >= '\u0600') {
                tok = withoutArabicMarks(tok);
            }
            if (tok.isEmpty()) {
                continue;
            }
            boolean digit = Character.isDigit(tok.charAt(0)); // the three numeric shapes open with a digit
            if (digit && tok.charAt(tok.length() - 1) >= '\u0600') {
                // a time glued to the Arabic word after it, as SPA closes an item ("12:05ت م", Mecca time)
                int cut = tok.length();
                while (cut > 0 && tok.charAt(cut - 1) >= '\u0600') {
                    cut--;
                }
                tok = tok.substring(0, cut);
                if (++other > otherAllowed) {
                    return false;
                }
            }
            String low = tok.toLowerCase(Locale.ROOT);
            if (!digit) {
                unit |= UNITS.contains(low);
                ago |= AGO.contains(low);
            }
            if (digit && TIME.matcher(tok).matches()) {
                time = true;
            } else if (digit && (DATE_TIME.matcher(tok).matches() || TIME_DAY.matcher(tok).matches())) {
                time = true;
                date = true;
            } else if (digit && dayClock(tok)) {
                dayAndTime = true;
            } else if (digit && NUMERIC_DATE.matcher(tok).matches()) {
                date = true;
            } else if (digit && NUMBER.matcher(tok).matches()) {
                number = true;
            } else if (asciiLetters(low)) {
                // its own fold: one look-up answers what the four below would
                Boolean isMonth = ASCII_WORDS.get(low);
                if (isMonth == null) {
                    if (++other > otherAllowed) {
                        return false;
                    }
                } else if (isMonth) {
                    month = true;
                }
            } else if (NAMES.month(low) != 0) {
                month = true;
            } else if (DAYS.contains(low) || NAMES.isWeekday(low)) {
                continue;
            } else if (STAMP_WORDS.contains(low) || HIJRI_WORDS.contains(low)) {
                continue;
            } else if (++other > otherAllowed) {
                return false;
            }
        }
        boolean stamp = time || date || (month && number) || (number && unit && ago) || (dayAndTime && month);
        return stamp && (other == 0 || (time && other <= 2));
    }

    /**
     * Six digits that read as day, hour and minute ({@code 041432}: the 4th, 14:32), as German wire items
     * close ({@code 041432 Mär 24}). Counted only beside a month name: alone, six digits are a number.
     */
    static boolean dayClock(String tok) {
        if (tok.length() != 6) {
            return false;
        }
        for (int i = 0; i < 6; i++) {
            if (tok.charAt(i) < '0' || tok.charAt(i) > '9') {
                return false;
            }
        }
        int day = Integer.parseInt(tok, 0, 2, 10);
        int hour = Integer.parseInt(tok, 2, 4, 10);
        int minute = Integer.parseInt(tok, 4, 6, 10);
        return day >= 1 && day <= 31 && hour <= 23 && minute <= 59;
    }

    private static final CalendarNames NAMES = CalendarNames.get();

    /**
     * The day of a wire item's filing stamp at the end of a sign-off: six digits of day, hour and minute, a
     * month name and a two-digit year ({@code ANP 141200 mrt 24}, {@code Mi1/Gav 061230 DIC 26}), as ANP, AGI
     * and dpa close an item. The stamp states a full date, which dates the story ({@code 2024-03-14}); null
     * when the text ends in no such stamp.
     */
    public static String filingDate(String text) {
        if (!endsInTwoDigitToken(text)) {
            return null;
        }
        String[] tok = text.strip().split("\\s+");
        int n = tok.length;
        if (n < 3 || tok[n - 1].length() != 2 || !Character.isDigit(tok[n - 1].charAt(0)) || !Character.isDigit(tok[n - 1].charAt(1))
                || !dayClock(tok[n - 3])) {
            return null;
        }
        int month = NAMES.month(tok[n - 2]);
        if (month == 0) {
            return null;
        }
        return String.format("20%s-%02d-%s", tok[n - 1], month, tok[n - 3].substring(0, 2));
    }

    /**
     * What {@link #filingDate} needs before it splits: the text, stripped, ends in two digits after a
     * {@code \s} character (its last token, of two chars). Every story's sign-off line ("(Reporting by
     * ...)", "Reuters") is asked, and the split compiled its pattern and copied every token of each;
     * a sign-off that ends in a year-like number still takes the split.
     */
    static boolean endsInTwoDigitToken(String text) {
        int end = text.length();
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
            end--; // as strip() cuts: no white space is a surrogate
        }
        return end >= 3 && Character.isDigit(text.charAt(end - 1)) && Character.isDigit(text.charAt(end - 2))
                && io.articlex.segment.Prose.isRegexSpace(text.charAt(end - 3));
    }

    /**
     * The words of lower-case ASCII letters the token test takes: true for a month form, false for a
     * weekday or stamp word. Such a word is its own fold ({@link CalendarNames#month} strips, lower-cases
     * and drops a final full stop), so one look-up here answers the month, weekday, day and stamp-word
     * tests. Why: every short line with a digit is asked (each row of an earnings table, {@code Shr 81
     * cts vs 57 cts}), and its first word, no date word, went through four look-ups, two of them folding
     * the word again.
     */
    private static final java.util.Map<String, Boolean> ASCII_WORDS = asciiWords();

    private static java.util.Map<String, Boolean> asciiWords() {
        java.util.Map<String, Boolean> words = new java.util.HashMap<>();
        for (Set<String> skip : List.of(DAYS, NAMES.weekdayForms(), STAMP_WORDS)) {
            for (String w : skip) {
                if (asciiLetters(w)) {
                    words.put(w, false);
                }
            }
        }
        for (String w : NAMES.monthForms().keySet()) {
            if (asciiLetters(w)) {
                words.put(w, true); // a month first, as the tests' order has it
            }
        }
        return words;
    }

    /** Non-empty, and lower-case ASCII letters only. */
    static boolean asciiLetters(String w) {
        int n = w.length();
        for (int i = 0; i < n; i++) {
            char c = w.charAt(i);
            if (c < 'a' || c > 'z') {
                return false;
            }
        }
        return n > 0;
    }

    /** A word of {@link #STAMP_WORDS}, lower-cased: a stamp's zone or label ({@code ist}, {@code updated}), no place. */
    public static boolean stampWord(String lower) {
        return STAMP_WORDS.contains(lower);
    }

    static boolean hasDigit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
                return true;
            }
        }
        return false;
    }

    /** A character of {@link #SPLIT}'s class: {@code \s} (ASCII), {@code , | [ ] ( )}, the Arabic comma, bullets. */
    static boolean splits(char c) {
        switch (c) {
            case ' ', '\t', '\n', '\u000B', '\f', '\r', ',', '|', '[', ']', '(', ')', '\u060C', '\u2022', '\u00B7' -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /**
     * An Arabic word without its vowel marks and tatweel ({@code نُشر} is {@code نشر}, {@code ـ} nothing): a
     * stamp line may be vocalised, as Asharq Al-Awsat's {@code نُشر: ... 12 رَمضان 1446 هـ} is, and its
     * label then met no stamp word.
     */
    static String withoutArabicMarks(String tok) {
        StringBuilder b = null;
        for (int i = 0; i < tok.length(); i++) {
            char c = tok.charAt(i);
            boolean mark = c >= '\u064B' && c <= '\u065F' || c == '\u0670' || c == '\u0640';
            if (mark && b == null) {
                b = new StringBuilder(tok.length()).append(tok, 0, i);
            } else if (!mark && b != null) {
                b.append(c);
            }
        }
        return b == null ? tok : b.toString();
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
