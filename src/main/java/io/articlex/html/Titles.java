package io.articlex.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses a page's title among what it states in several places, and cuts the site's name from it.
 *
 * <p>Open Graph and Twitter titles come first, as pages fill them most reliably; but they are written
 * for social media and are sometimes a rewrite of the headline ("You won't believe what the council
 * did with night buses" over an {@code <h1>} "Night buses extended to the east"). When the social
 * title agrees with no other source while two other sources (JSON-LD headline, {@code <h1>},
 * {@code <title>}) agree with each other, the agreed one is the headline. The two social titles are
 * one source: pages copy one into the other.
 *
 * <p>The site's name is cut from the end ("Storm hits coast | Daily Planet") or the start ("Daily
 * Planet: Storm hits coast") only when the part beyond the separator is the site's name or the start
 * of it (a site named "Daily Planet Online" that titles its pages "... | Daily Planet"): a rule that
 * cut after any "|" or " - " would cut real headlines ("Brexit - what happens next").
 */
final class Titles {

    /**
     * Separators between a headline and a site name: bars, dashes, bullets and guillemets; a hyphen
     * or a colon only with a space after it, so that "COVID-19" or "10:30" is not split.
     */
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:[|\u2013\u2014\u00b7\u2022\u00bb]|::|-(?=\\s)|:(?=\\s))\\s*");
    /** A prefix of the site's name counts when it is this long, or two words or more. */
    private static final int MIN_PREFIX = 6;

    private Titles() {
    }

    /**
     * The title: the first candidate, unless it is a social title that no other source agrees with
     * while two other sources agree on theirs. Null or blank candidates, and those that are only the
     * site's name, are not titles.
     *
     * @param og       og:title
     * @param headline JSON-LD headline
     * @param twitter  twitter:title (one source with og:title)
     * @param h1       the first {@code <h1>} in the body
     * @param doc      the {@code <title>} element
     * @param site     the site's name, or null
     */
    static String choose(String og, String headline, String twitter, String h1, String doc, String site) {
        List<String> cands = new ArrayList<>();
        List<Integer> sources = new ArrayList<>();
        add(cands, sources, og, 0, site);
        add(cands, sources, headline, 1, site);
        add(cands, sources, twitter, 0, site);
        add(cands, sources, h1, 2, site);
        add(cands, sources, doc, 3, site);
        dropSiteName(cands, sources, site);
        if (cands.isEmpty()) {
            return null;
        }
        int pick = 0;
        if (sources.get(0) == 0 && !agreed(cands, sources, 0)) {
            for (int i = 1; i < cands.size(); i++) {
                if (sources.get(i) != 0 && agreed(cands, sources, i)) {
                    pick = i;
                    break;
                }
            }
        }
        return fullest(cands, pick);
    }

    /** The labels of {@code title-labels.txt}, read when first asked. */
    private static final class ThreadLabels {
        static final java.util.Set<String> WORDS = WordSections.read("title-labels.txt").section("thread");
    }

    /**
     * The title without a forum's label before a thread's title in its heading or page title
     * ("Thread: Rust on rear arches - what's the best treatment?", "Thema: ..."): the label names the
     * kind of page, not the thread. Only a listed label closed by a colon, with two words or more after it.
     */
    static String withoutThreadLabel(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0 || colon > 16) {
            return title;
        }
        String rest = title.substring(colon + 1).strip();
        return rest.indexOf(' ') > 0 && ThreadLabels.WORDS.contains(title.substring(0, colon).strip().toLowerCase(Locale.ROOT))
                ? rest : title;
    }

    private static void add(List<String> cands, List<Integer> sources, String title, int source, String site) {
        if (title == null || title.isBlank()) {
            return;
        }
        String t = title.strip().replaceAll("\\s+", " ");
        cands.add(cutSiteName(source >= 2 ? withoutThreadLabel(t) : t, site));
        sources.add(source);
    }

    /**
     * Candidates that are only the site's name ("City Gazette" in og:title of a page whose {@code <h1>}
     * holds the headline) are no titles, unless every candidate is: then the "site name" is the title
     * put where the name belongs (application-name holding the headline).
     */
    private static void dropSiteName(List<String> cands, List<Integer> sources, String site) {
        if (site == null) {
            return;
        }
        String siteKey = key(site);
        if (cands.stream().allMatch(c -> key(c).equals(siteKey))) {
            return;
        }
        for (int i = cands.size() - 1; i >= 0; i--) {
            if (key(cands.get(i)).equals(siteKey)) {
                cands.remove(i);
                sources.remove(i);
            }
        }
    }

    /** True when a candidate from another source says the same, ignoring case and punctuation. */
    private static boolean agreed(List<String> cands, List<Integer> sources, int i) {
        String k = key(cands.get(i));
        for (int j = 0; j < cands.size(); j++) {
            if (!sources.get(j).equals(sources.get(i)) && key(cands.get(j)).equals(k)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Of the candidates with the same words as the picked one, the longest spelling: an {@code <h1>}'s
     * text runs a kicker into its headline without the colon the {@code <title>} writes between them.
     */
    private static String fullest(List<String> cands, int pick) {
        String best = cands.get(pick);
        String k = key(best);
        for (String c : cands) {
            if (c.length() > best.length() && key(c).equals(k)) {
                best = c;
            }
        }
        return best;
    }

    /** The title without the site's name at its end or start; unchanged when neither end is the site. */
    static String cutSiteName(String title, String site) {
        if (title == null || site == null || site.isBlank()) {
            return title;
        }
        String siteKey = key(site);
        if (siteKey.isEmpty()) {
            return title;
        }
        List<int[]> seps = new ArrayList<>();
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (m.start() > 0 && m.end() < title.length()) {
                seps.add(new int[] {m.start(), m.end()});
            }
        }
        // From the end first; a site's name can hold a separator itself ("AOC media - Analyse Opinion").
        for (int i = seps.size() - 1; i >= 0; i--) {
            if (namesSite(title.substring(seps.get(i)[1]), siteKey)) {
                return title.substring(0, seps.get(i)[0]).strip();
            }
        }
        for (int[] sep : seps) {
            if (namesSite(title.substring(0, sep[0]), siteKey)) {
                return title.substring(sep[1]).strip();
            }
        }
        return title;
    }

    /** Fewest words of a part of a title that {@link #shownPart} takes for the headline. */
    static final int MIN_SHOWN_WORDS = 3;

    /**
     * The part of the title before or after a separator (a bar, a dash, a bullet; not a colon) that the
     * page shows on its own as a line of text, as {@code shown} says of each part's key
     * ({@link #key}), and that has more words than the rest; else null. A page whose metadata names
     * no site still sets its headline apart above the body ("Harbour festival draws record crowd"
     * in a headline box under a {@code <title>} of "Harbour festival draws record crowd | Coast
     * Weekly"), and that line, not the {@code <title>} with the site's name, is the title. A colon
     * joins a kicker to a headline ("Storm Ellen live: power cuts ..."), so it is left alone; a kicker
     * or a section's label shown on its own line ("Book of the week | ...") is shorter than the
     * headline it precedes, and a part of fewer than {@link #MIN_SHOWN_WORDS} words may be a label.
     */
    static String shownPart(String title, Predicate<String> shown) {
        if (title == null) {
            return null;
        }
        int all = words(key(title));
        Matcher m = SEPARATOR.matcher(title);
        while (m.find()) {
            if (m.start() == 0 || m.end() == title.length() || m.group().indexOf(':') >= 0) {
                continue;
            }
            for (String part : new String[] {title.substring(0, m.start()).strip(), title.substring(m.end()).strip()}) {
                String k = key(part);
                int n = words(k);
                if (n >= MIN_SHOWN_WORDS && n > all - n && shown.test(k)) {
                    return part;
                }
            }
        }
        return null;
    }

    private static int words(String k) {
        if (k.isEmpty()) {
            return 0;
        }
        int n = 1;
        for (int i = 0; i < k.length(); i++) {
            if (k.charAt(i) == ' ') {
                n++;
            }
        }
        return n;
    }

    /** The part is the site's name, or the start of it of at least two words or {@link #MIN_PREFIX} characters. */
    private static boolean namesSite(String part, String siteKey) {
        String k = key(part);
        if (k.isEmpty()) {
            return false;
        }
        return k.equals(siteKey) || siteKey.startsWith(k + " ") && (k.indexOf(' ') > 0 || k.length() >= MIN_PREFIX);
    }

    /** Lower case, every run of characters other than letters and digits one space. */
    static String key(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean gap = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                if (gap && b.length() > 0) {
                    b.append(' ');
                }
                gap = false;
                b.appendCodePoint(Character.toLowerCase(cp));
            } else {
                gap = true;
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
