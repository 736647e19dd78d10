package io.articlex.boilerplate;

import io.articlex.rules.OutletTable;
import io.articlex.segment.Prose;

import java.util.Locale;
import java.util.Set;

/**
 * A picture's credit alone on its line, as a page copied as text keeps it between the headline and the
 * story: a photo agency or credit word of {@code photo-credits.txt} ({@code Getty Images}, {@code Supplied}),
 * or a photographer's name of one to four capitalised words, a slash and such an agency or a known outlet
 * ({@code JEFF OVERS / BBC}, {@code Maya Lind / Getty Images}). The caption printed under such a credit
 * reads as a headline and was taken for the title, the headline above going as navigation; see
 * {@link BoilerplateStage}, which removes both above the story.
 */
final class PhotoCredits {

    private static final Set<String> NAMES = load();

    private PhotoCredits() {
    }

    private static Set<String> load() {
        try {
            Set<String> out = io.articlex.resource.Resources.phrases(PhotoCredits.class, "/io/articlex/photo-credits.txt");
            if (out == null) {
                throw new IllegalStateException("photo-credits.txt missing");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static boolean line(String p, OutletTable outlets) {
        if (p.isEmpty() || p.length() > 60) {
            return false;
        }
        int slash = p.lastIndexOf('/');
        if (slash < 0) {
            return NAMES.contains(p.toLowerCase(Locale.ROOT));
        }
        String who = p.substring(0, slash).strip();
        String agency = p.substring(slash + 1).strip();
        return !who.isEmpty() && Prose.wordsUpTo(who, 5) <= 4 && capitalised(who)
                && (NAMES.contains(agency.toLowerCase(Locale.ROOT)) || outlets.isKnown(agency));
    }

    /** Every word opens with a capital and holds letters, dots, hyphens and apostrophes only. */
    private static boolean capitalised(String s) {
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ') {
                start = true;
            } else if (start) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                start = false;
            } else if (!Character.isLetter(c) && c != '.' && c != '-' && c != '\'' && c != '’') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line under a credit is its caption: short (at most twenty words), not in capitals (a
     * place alone, {@code ANKARA}), and no dateline a
     * story opens with ({@code KARACHI: ...}, {@code LONDON (Reuters) - ...}), which a credit may stand right above.
     */
    static boolean caption(String p) {
        if (Prose.wordsUpTo(p, 21) > 20 || Prose.isUpperCase(p)) {
            return false;
        }
        int n = Math.min(p.length(), 40);
        for (int i = 0; i < n; i++) {
            char c = p.charAt(i);
            if (c == '(' || c == ':' || c == '—' || c == '–' || c == ' ' && i + 1 < n && p.charAt(i + 1) == '-') {
                return false; // an agency in brackets or a place closed by a colon or dash: a dateline
            }
        }
        return true;
    }
}
