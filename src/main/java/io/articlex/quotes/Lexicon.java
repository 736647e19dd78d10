package io.articlex.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the quote extractor works from, read once from {@code src/main/resources/io/articlex/quotes/}.
 * Kept as data so that a new cue verb or honorific is a one-line change, not a code change.
 * Loaded lazily through {@link #get()} so that {@code --help} never reads them.
 */
final class Lexicon {

    /** Cue verbs and phrases, matched case-sensitively on whole words. */
    final CueMatcher cues;
    /**
     * The forms of the verbs of judging ({@code judging-verbs.txt}: "blasted", "praises"), cues in
     * {@link #cues} too, but only where "as" leads into the quote ({@link AttributionFinder#judgedAs}).
     */
    final Set<String> judging;
    final Set<String> honorifics;
    final Set<String> roleNouns;
    /** Occupations ("lawyer", "economist", "sheriff"), a role only when written in lower case. */
    final Set<String> occupations;
    final Set<String> abbreviations;
    /** Titles of courtesy only ("Mme", "Herr"; {@code courtesy-titles.txt}): no role of a person. */
    final Set<String> courtesyTitles;
    /** Nationality nouns as written after "the" ("Italian", "Spaniard"): a person named before ({@code demonyms.txt}). */
    final Set<String> demonyms;
    /** Countries and unions as written ({@code countries.txt}): a speaker named so is a state, not a person. */
    final Set<String> countries;

    /** Whether {@code name} is one of {@link #countries}, a sentence's capital "The" read as "the" ("The UK"). */
    boolean country(String name) {
        return countries.contains(name) || name.startsWith("The ") && countries.contains("the" + name.substring(3));
    }
    /** Titles abbreviated before a name and the role noun each stands for ("Gov" → "governor"; {@code title-abbreviations.txt}). */
    final java.util.Map<String, String> titleAbbreviations;
    /** A US state's abbreviations in a party-and-state tag ("vt", "ny": lower case, no full stops) and its name's words. */
    final java.util.Map<String, List<String>> usStates;
    /** {@link #titleAbbreviations} the other way: each role noun's abbreviations, lower-cased with their full stop ("gov."). */
    final java.util.Map<String, List<String>> abbreviatedTitles;
    final Set<String> clauseOpeners;
    /** The one-word clause openers as they open a sentence ("Although", "Sunday"): looked up as written, no lower-casing per word. */
    final Set<String> capitalisedOpeners;
    /** Words (or two-word phrases) that introduce a name or title: so-called, dubbed, known as. */
    final Set<String> naming;
    final Set<String> orgWords;
    /** Words linking a role to an organisation in the local languages ({@code genitive-linkers.txt}). */
    final Set<String> genitiveLinkers;
    /** Capitalised words naming what an office serves ("Health", "Homeland", "Hacienda"; {@code portfolios.txt}). */
    final Set<String> portfolios;
    /** Titles that take "to" for where their holder is posted ("ambassador to Lakeland"; {@code posted-titles.txt}). */
    final WordSet postedTitles;
    /** Given names that are nearly always one gender, 'f' or 'm' ({@code first-names.txt}). */
    final java.util.Map<String, Character> givenGender;
    /** Nouns of family and acquaintance that introduce someone by who they are to another ({@code relations.txt}). */
    final WordSet relationSet;
    /** {@link #roleNouns}, {@link #occupations}, {@link #honorifics} and {@link #clauseOpeners} asked in place ({@link WordSet}). */
    final WordSet roleSet;
    final WordSet occupationSet;
    final WordSet honorificSet;
    final WordSet clauseOpenerSet;

    private Lexicon() {
        List<String> judgingForms;
        CueMatcher matcher;
        try (InputStream in = io.articlex.resource.Resources.open(Lexicon.class, CUE_TABLE)) {
            if (in != null) {
                io.articlex.rules.PackedTable.Reader r = new io.articlex.rules.PackedTable.Reader(in, CUE_MAGIC);
                judgingForms = r.strings();
                matcher = CueMatcher.read(r);
            } else { // a build without its table (classes compiled outside Maven): made from the word lists
                judgingForms = judgingForms();
                matcher = new CueMatcher(cuePhrases(judgingForms));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("built-in cue table is unreadable", e);
        }
        judging = Set.copyOf(judgingForms);
        this.cues = matcher;
        honorifics = Set.copyOf(read("honorifics.txt"));
        roleNouns = lower(read("role-nouns.txt"));
        occupations = Set.copyOf(read("occupations.txt"));
        abbreviations = Set.copyOf(read("abbreviations.txt"));
        courtesyTitles = Set.copyOf(read("courtesy-titles.txt"));
        demonyms = Set.copyOf(read("demonyms.txt"));
        countries = Set.copyOf(read("countries.txt"));
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        for (String line : read("title-abbreviations.txt")) {
            int space = line.indexOf(' ');
            titles.put(line.substring(0, space), line.substring(space + 1).strip());
        }
        titleAbbreviations = java.util.Map.copyOf(titles);
        java.util.Map<String, List<String>> states = new java.util.HashMap<>();
        for (String line : read("us-states.txt")) {
            int bar = line.indexOf(" | ");
            List<String> name = List.of(line.substring(bar + 3).strip().split(" "));
            for (String abbreviation : line.substring(0, bar).strip().split(" ")) {
                states.put(abbreviation, name);
            }
        }
        usStates = java.util.Map.copyOf(states);
        java.util.Map<String, List<String>> byNoun = new java.util.HashMap<>();
        for (java.util.Map.Entry<String, String> e : titles.entrySet()) {
            byNoun.computeIfAbsent(e.getValue(), k -> new ArrayList<>()).add(e.getKey().toLowerCase(Locale.ROOT) + ".");
        }
        abbreviatedTitles = java.util.Map.copyOf(byNoun);
        clauseOpeners = lower(read("clause-openers.txt"));
        // loops, not streams: each lambda here was a call site linked in every run
        Set<String> capitalised = new java.util.HashSet<>();
        for (String w : clauseOpeners) {
            if (w.indexOf(' ') < 0) {
                capitalised.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
        }
        capitalisedOpeners = Set.copyOf(capitalised);
        orgWords = new java.util.HashSet<>(read("org-words.txt"));
        genitiveLinkers = Set.copyOf(read("genitive-linkers.txt"));
        portfolios = Set.copyOf(read("portfolios.txt"));
        postedTitles = new WordSet(read("posted-titles.txt"));
        naming = lower(read("naming-words.txt"));
        relationSet = new WordSet(read("relations.txt"));
        java.util.Map<String, Character> given = new java.util.HashMap<>();
        for (String line : read("first-names.txt")) {
            int space = line.indexOf(' ');
            given.put(line.substring(0, space), line.charAt(space + 1));
        }
        givenGender = java.util.Map.copyOf(given);
        roleSet = new WordSet(roleNouns);
        occupationSet = new WordSet(occupations);
        honorificSet = new WordSet(honorifics);
        clauseOpenerSet = new WordSet(clauseOpeners);
    }

    /** {@link #isRole(String)} of {@code s.substring(from, to)}, asked in place. */
    boolean isRole(String s, int from, int to) {
        if (roleSet.hasLower(s, from, to)) {
            return true;
        }
        if (from == to || !Character.isLowerCase(s.charAt(from))) {
            return false;
        }
        return occupationSet.has(s, from, to) || s.charAt(to - 1) == 's' && occupationSet.has(s, from, to - 1);
    }

    /** {@link #isRole(String)} of the stretch {@code a[from, to)} of a char array. */
    boolean isRole(char[] a, int from, int to) {
        if (roleSet.hasLower(a, from, to)) {
            return true;
        }
        if (from == to || !Character.isLowerCase(a[from])) {
            return false;
        }
        return occupationSet.has(a, from, to) || a[to - 1] == 's' && occupationSet.has(a, from, to - 1);
    }

    /**
     * Whether a word names a role: a title in any case ("Senator", "spokesman") or an occupation in
     * lower case, singular or plural ("lawyer", "lobbyists"). Capitalised occupations are left to
     * names: Baker, Cook and Mason are surnames as often as trades.
     */
    boolean isRole(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (roleNouns.contains(lower)) {
            return true;
        }
        if (word.isEmpty() || !Character.isLowerCase(word.charAt(0))) {
            return false;
        }
        return occupations.contains(word) || word.endsWith("s") && occupations.contains(word.substring(0, word.length() - 1));
    }

    /** The cue table the build writes ({@link #main}): the judging verbs' forms, then the {@link CueMatcher}. */
    private static final String CUE_TABLE = "/io/articlex/quotes/cue-table.bin";
    private static final int CUE_MAGIC = 0x41435431; // "ACT1"

    /** The forms of the verbs of judging, conjugated ({@code judging-verbs.txt}). */
    static List<String> judgingForms() {
        return CueVerbs.expand(read("judging-verbs.txt"));
    }

    /**
     * Every cue phrase, once, in the order of the lists: {@code cues.txt}, the forms of {@code cue-verbs.txt}
     * and of the judging verbs, and "According to". Matched case-sensitively: "States" in "United States"
     * and "Said" in "Omar Said" are names, not verbs.
     */
    static List<String> cuePhrases(List<String> judgingForms) {
        List<String> both = new ArrayList<>(read("cues.txt"));
        both.addAll(CueVerbs.expand(read("cue-verbs.txt")));
        both.addAll(judgingForms);
        both.add("According to");
        return List.copyOf(new java.util.LinkedHashSet<>(both));
    }

    /** Writes the cue table of the word lists to the file named by {@code args[0]} (run by the build). */
    public static void main(String[] args) throws IOException {
        java.nio.file.Path out = java.nio.file.Path.of(args[0]);
        java.nio.file.Files.createDirectories(out.toAbsolutePath().getParent());
        io.articlex.rules.PackedTable.Writer w = new io.articlex.rules.PackedTable.Writer(CUE_MAGIC);
        List<String> judgingForms = judgingForms();
        w.strings(judgingForms);
        new CueMatcher(cuePhrases(judgingForms)).write(w);
        try (java.io.OutputStream o = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(out))) {
            w.writeTo(o);
        }
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : words) {
            out.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    private static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = io.articlex.resource.Resources.open(Lexicon.class, "/io/articlex/quotes/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource io/articlex/quotes/" + name);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String t = line.strip();
                if (!t.isEmpty() && !t.startsWith("#")) {
                    out.add(t);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
