package io.articlex.html;

import java.util.regex.Pattern;

/**
 * A short line that tells how long the article takes to read, alone or with the date beside it
 * ("8 min read · Jan 9, 2024", "Lesezeit: 4 Minuten", "5 min de lecture"): page metadata that blog
 * platforms set under the subtitle, inside the article's box, where the trim of lines before the
 * body no longer reaches it.
 */
final class ReadingTime {

    /** Longest such line: a reading time, a separator and a date. */
    static final int MAX_CHARS = 60;

    private static final Pattern LINE = Pattern.compile(
            "(?iu)(?:.*\\b)?(?:\\d{1,3}\\s?(?:min|mins|minutes?|minuten|minutos|minuti|minut)\\.?\\s?"
            + "(?:read|reading|lesezeit|lesedauer|de lecture|de lectura|de leitura|di lettura|czytania)"
            + "|(?:reading time|read time|lesezeit|lesedauer|temps de lecture|tiempo de lectura|tempo de leitura"
            + "|tempo di lettura|czas czytania)\\s?:?\\s?(?:ca\\.\\s?)?\\d{1,3}\\s?\\p{L}*\\.?)\\b.*");

    private ReadingTime() {
    }

    static boolean is(String text) {
        if (text.length() > MAX_CHARS) {
            return false;
        }
        // A cheap test first: every such line holds a digit and "min" in some case.
        boolean digit = false;
        for (int i = 0; i < text.length() && !digit; i++) {
            digit = Character.isDigit(text.charAt(i));
        }
        return digit && (text.contains("min") || text.contains("Min") || text.contains("MIN")) && LINE.matcher(text).matches();
    }
}
