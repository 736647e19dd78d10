package io.articlex.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a quoted stretch is speech. Not speech: scare quotes and short terms (under three
 * words unless the stretch is a whole attributed utterance, as "Judge," in a split quote), titles of
 * works and headlines in title case ("We Will Harvest Every Tree"), names introduced by a naming word
 * (the so-called "deal", a satellite named "Chamran 1").
 */
final class QuoteFilter {

    static final int MIN_WORDS = 3;
    private static final Set<String> SMALL = Set.of("a", "an", "the", "of", "and", "or", "in", "on", "at", "to",
            "for", "with", "by", "from", "is", "vs", "de");

    private QuoteFilter() {
    }

    static boolean keep(String p, Span span, String text, Attribution a, boolean partial, boolean chained) {
        List<String> words = Phrase.words(text);
        if (words.isEmpty()) {
            return false;
        }
        if (chained) {
            return true;
        }
        String pre = p.substring(Math.max(0, span.open() - 40), span.open());
        if (Lexicon.get().naming.matcher(pre).find() && words.size() <= 8) {
            return false;
        }
        if (titleCase(words, text)) {
            return false;
        }
        if (words.size() < MIN_WORDS) {
            return a != null && a.direct() && !partial && endsUtterance(text, p, span);
        }
        return true;
    }

    private static boolean endsUtterance(String text, String p, Span span) {
        String raw = p.substring(span.textStart(), span.textEnd()).strip();
        if (raw.isEmpty()) {
            return false;
        }
        char c = raw.charAt(raw.length() - 1);
        return c == ',' || c == '?' || c == '!' || c == '.' || c == '—';
    }

    private static boolean titleCase(List<String> words, String text) {
        if (words.size() < 2) {
            return false;
        }
        char end = text.charAt(text.length() - 1);
        if (end == '.' || end == ',' || end == '!') {
            return false;
        }
        for (String w : words) {
            if (Character.isLowerCase(w.charAt(0)) && !SMALL.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
            if (!Character.isLetter(w.charAt(0)) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return true;
    }
}
