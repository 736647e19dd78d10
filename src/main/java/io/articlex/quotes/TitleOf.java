package io.articlex.quotes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A title written before its holder with what it serves in between, and no comma: "Secretary of State
 * Antony Blinken", "Governor of New York Kathy Hochul", "la ministra de Puertos Carolina Dávila", "il
 * ministro dei Trasporti Marco Bianchi". The capitalised run after the linker holds the organisation or
 * place and then the name. When the run opens with words that name a portfolio ({@code portfolios.txt}:
 * "Minister of Health María José Catalá", "Secretary of Homeland Security Jane Roe") and two or three
 * words follow them, those are the holder, so a name of three words keeps its first. Otherwise nothing
 * tells where the organisation ends ("Governor of New York Kathy Hochul"): the holder is the run's last
 * two capitalised words (a particle between them kept: "Luis de Guindos"). An organisation kept in the
 * name made a person of "State Antony Blinken". A title that names where its holder is posted takes "to"
 * as its linker ({@code posted-titles.txt}: "ambassador to Lakeland Ines Calder").
 */
final class TitleOf {

    /** Articles that may stand between the linker and the organisation ("presidente de la Autoridad ..."). */
    private static final WordSet ARTICLES = new WordSet(Set.of("the", "la", "el", "le", "les", "los", "las", "il", "lo"));
    /** Languages whose titles ({@code lang/*.txt}, section titles) a linker may follow. */
    private static final String[] LANGUAGES = {"es", "fr", "it", "pt", "nl", "de", "pl"};

    private TitleOf() {
    }

    /**
     * Whether the words before {@code runStart} in {@code p} are a title and its linker: "Secretary of
     * ", "ministra de ", "presidente de la ". Asked of runs of three name words or more only.
     */
    static boolean before(char[] p, int runStart) {
        int e = wordEndBefore(p, runStart);
        if (e < 0) {
            return false;
        }
        int s = wordStart(p, e);
        if (ARTICLES.hasLower(p, s, e)) {
            e = wordEndBefore(p, s);
            if (e < 0) {
                return false;
            }
            s = wordStart(p, e);
        }
        boolean to = e - s == 2 && p[s] == 't' && p[s + 1] == 'o';
        if (!to && !linker(p, s, e)) {
            return false;
        }
        e = wordEndBefore(p, s);
        if (e < 0) {
            return false;
        }
        s = wordStart(p, e);
        return to ? Lexicon.get().postedTitles.hasLower(p, s, e) : title(p, s, e);
    }

    /**
     * Of the run's words {@code [lo, hi)} (starts in {@code ts}, ends in {@code te}) after a title and its
     * linker, the index where the holder's name starts: after the portfolio words the run opens with when
     * two or three words are left ("Health | María José Catalá"), else where its last two capitalised words
     * start, lower-case particles between them kept; {@code lo} when the run holds fewer.
     */
    static int holderStart(char[] p, int[] ts, int[] te, int lo, int hi) {
        int named = lo;
        while (named < hi && Linkers.PORTFOLIOS.has(p, ts[named], te[named])) {
            named++;
        }
        if (named > lo && hi - named >= 2 && hi - named <= 3) {
            return named;
        }
        int capitals = 0;
        for (int k = hi - 1; k >= lo; k--) {
            if (Character.isUpperCase(p[ts[k]]) && ++capitals == 2) {
                return k;
            }
        }
        return lo;
    }

    /**
     * Of a phrase's words {@code w} whose last {@code w.size() - runStart} are a run of capitalised words,
     * where the holder's name starts when the run follows a title and its linker ("Secretary of | State
     * Antony Blinken", "ministra de | Puertos Carolina Dávila", "presidente de la | Autoridad Portuaria Juan
     * Pérez"): after the portfolio words it opens with when two or three words are left ("Minister of
     * Health | María José Catalá"), else where its last two capitalised words start; -1 when the run is
     * shorter than three words or follows no title.
     */
    static int holder(List<String> w, int runStart) {
        int k = runStart - 1;
        if (w.size() - runStart < 3 || k < 1) {
            return -1;
        }
        if (ARTICLES.hasLower(w.get(k))) {
            k--;
        }
        if (k < 1 || !(linker(w.get(k)) && title(w.get(k - 1))
                || w.get(k).equals("to") && Lexicon.get().postedTitles.hasLower(w.get(k - 1)))) {
            return -1;
        }
        int named = runStart;
        while (named < w.size() && Linkers.PORTFOLIOS.has(w.get(named))) {
            named++;
        }
        if (named > runStart && w.size() - named >= 2 && w.size() - named <= 3) {
            return named; // "Minister of Health | María José Catalá"
        }
        int capitals = 0;
        for (int x = w.size() - 1; x >= runStart; x--) {
            if (Character.isUpperCase(w.get(x).charAt(0)) && ++capitals == 2) {
                return x; // "Anna de Vries": a particle between the two is kept
            }
        }
        return -1;
    }

    private static boolean linker(String word) {
        return word.equals("of") || Linkers.SET.has(word);
    }

    private static boolean title(String word) {
        int apo = Math.max(word.indexOf('\''), word.indexOf('’'));
        if (apo == 1 && word.length() > 2) {
            word = word.substring(2); // "l’échevine de la Mobilité Caroline Detry": the article elided onto the title
        }
        return Lexicon.get().isRole(word) || Linkers.TITLES.hasLower(word);
    }

    private static boolean linker(char[] p, int s, int e) {
        if (e - s == 2 && p[s] == 'o' && p[s + 1] == 'f') {
            return true;
        }
        return Linkers.SET.has(p, s, e);
    }

    private static boolean title(char[] p, int s, int e) {
        return e > s && (Lexicon.get().isRole(p, s, e) || Linkers.TITLES.hasLower(p, s, e));
    }

    /** The end of the word that ends before {@code k} (spaces skipped), or -1 when none does (a mark, the start). */
    private static int wordEndBefore(char[] p, int k) {
        int e = k;
        while (e > 0 && p[e - 1] == ' ') {
            e--;
        }
        if (e == k || e == 0 || !Character.isLetter(p[e - 1])) {
            return -1;
        }
        return e;
    }

    /** Where the word ending at {@code e} starts, an article elided onto it left off ("l’échevine", "dell'"). */
    private static int wordStart(char[] p, int e) {
        int s = e;
        while (s > 0 && (Character.isLetter(p[s - 1]) || p[s - 1] == '-')) {
            s--;
        }
        return s;
    }

    /** The word lists, read on the first run that follows a linker. */
    private static final class Linkers {
        static final WordSet SET = new WordSet(Lexicon.get().genitiveLinkers);
        static final WordSet PORTFOLIOS = new WordSet(Lexicon.get().portfolios);
        static final WordSet TITLES;

        static {
            Set<String> all = new HashSet<>();
            for (String lang : LANGUAGES) {
                LocalCues c = LocalCues.forLanguage(lang);
                if (c != null) {
                    all.addAll(c.titles());
                }
            }
            TITLES = new WordSet(all);
        }
    }
}
