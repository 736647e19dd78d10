package io.articlex.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The attribution words of one language other than English, read from
 * {@code src/main/resources/io/articlex/quotes/lang/LANG.txt}: cue verbs, auxiliaries, role nouns and
 * titles, determiners, pronouns, words that end a speaker's phrase, words that open an object
 * between the cue and the speaker, for a script without letter case the honorifics that stand
 * before a name and are no part of it, and for a language that compounds its titles the role nouns
 * that end them ({@code [compounds]}), and words that put a speaker right before a quote without a
 * verb of saying ({@code [according]}: German "Laut X „...“"), and the words that open the sentence after a
 * quote to point back at it before the cue ({@code [anaphora]}: "„…“ Das sagte X", "«…». Lo ha detto X",
 * "«…» Об этом заявил X"; the words of one opener joined by {@code _}), and the words of a time that may stand
 * between a cue and its speaker ({@code [times]}: days, today, evening; {@code [timeleads]}: the article or
 * preposition before one: "sagte am Freitag Ministerin X", "a déclaré vendredi soir le ministre"), and the nouns
 * that name who was told, an object in one word ({@code [addressees]}: "заявил агентству глава ...", "сказал Леонов
 * журналистам"): stepped over before the speaker, the end of the phrase after it; and the plural cues that quote
 * an office with no person named ({@code [impersonal]}: "отметили в министерстве", "сообщили ТАСС в пресс-службе
 * ведомства"). Kept as data so that a language or a verb is a file edit.
 * Each language is read once, on first use.
 */
record LocalCues(String language, Set<String> cues, Set<String> aux, Set<String> titles, Set<String> determiners,
                 Set<String> pronouns, Set<String> stops, Set<String> objects, Set<String> honorifics, Set<String> compounds,
                 Set<String> according, Set<String> anaphora, Set<String> times, Set<String> timeLeads, Set<String> addressees,
                 Set<String> impersonal) {

    private static final Map<String, LocalCues> LOADED = new ConcurrentHashMap<>();
    /** Marks a language without a file: English, which has its own extractor, or one we have no words for. */
    private static final LocalCues NONE = new LocalCues("", Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of());

    /** The words of {@code language} (a BCP 47 tag; only its primary subtag counts), or null when there is no file. */
    static LocalCues forLanguage(String language) {
        if (language == null) {
            return null;
        }
        // asked once per article, with a handful of tags: the answer for the tag as given is kept
        LocalCues known = BY_TAG.get(language);
        if (known != null) {
            return known == NONE ? null : known;
        }
        LocalCues c = forPrimary(language);
        if (BY_TAG.size() < 64) {
            BY_TAG.put(language, c == null ? NONE : c);
        }
        return c;
    }

    /** Tags already asked about, as given (a few: the languages the detector names). */
    private static final Map<String, LocalCues> BY_TAG = new ConcurrentHashMap<>();

    private static LocalCues forPrimary(String language) {
        String primary = language.toLowerCase(Locale.ROOT);
        int dash = primary.indexOf('-');
        if (dash > 0) {
            primary = primary.substring(0, dash);
        }
        if (primary.equals("en") || !primary.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
            return null;
        }
        LocalCues c = LOADED.computeIfAbsent(primary, LocalCues::load);
        return c == NONE ? null : c;
    }

    private static LocalCues load(String lang) {
        Map<String, Set<String>> sections;
        try {
            sections = io.articlex.resource.Resources.sections(LocalCues.class, "/io/articlex/quotes/lang/" + lang + ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (sections == null) {
            return NONE;
        }
        return new LocalCues(lang, get(sections, "cues"), get(sections, "aux"), get(sections, "titles"),
                get(sections, "determiners"), get(sections, "pronouns"), get(sections, "stops"), get(sections, "objects"),
                get(sections, "honorifics"), get(sections, "compounds"), get(sections, "according"),
                get(sections, "anaphora"), get(sections, "times"), get(sections, "timeleads"), get(sections, "addressees"),
                get(sections, "impersonal"));
    }

    private static Set<String> get(Map<String, Set<String>> sections, String name) {
        Set<String> s = sections.get(name);
        return s == null ? Set.of() : Set.copyOf(s);
    }

    /**
     * Whether a lower-cased word is a title: one of {@link #titles}, or, in a language that writes its
     * titles as compounds, a longer word ending in one of {@link #compounds} ("vorstandschef",
     * "wirtschaftsministerin", "partijvoorzitter"), which no list of titles can hold whole.
     */
    boolean isTitle(String lower) {
        if (titles.contains(lower)) {
            return true;
        }
        for (String head : compounds) {
            if (lower.length() >= head.length() + 3 && lower.endsWith(head)) {
                return true;
            }
        }
        return false;
    }

    boolean isCue(String lowerWord) {
        return cues.contains(lowerWord);
    }
}
