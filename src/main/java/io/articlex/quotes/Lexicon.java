package io.articlex.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The word lists the quote extractor works from, read once from {@code src/main/resources/io/articlex/quotes/}.
 * Kept as data so that a new cue verb or honorific is a one-line change, not a code change.
 * Loaded lazily through {@link #get()} so that {@code --help} never reads them.
 */
final class Lexicon {

    /** Cue verbs and phrases, as a case-insensitive whole-word alternation, longest first. */
    final Pattern cue;
    final Set<String> honorifics;
    final Set<String> roleNouns;
    final Set<String> abbreviations;
    final Set<String> clauseOpeners;
    final Pattern naming;
    final Set<String> orgWords;

    private Lexicon() {
        List<String> cues = read("cues.txt");
        List<String> both = new ArrayList<>(cues);
        both.add("According to");
        // case-sensitive: "States" in "United States" and "Said" in "Omar Said" are names, not verbs
        cue = Pattern.compile("(?<![\\p{L}\\p{N}'’-])(?:" + alternation(both) + ")(?![\\p{L}\\p{N}'’-])");
        honorifics = Set.copyOf(read("honorifics.txt"));
        roleNouns = lower(read("role-nouns.txt"));
        abbreviations = Set.copyOf(read("abbreviations.txt"));
        clauseOpeners = lower(read("clause-openers.txt"));
        orgWords = new java.util.HashSet<>(read("org-words.txt"));
        naming = Pattern.compile("(?<![\\p{L}-])(?:" + alternation(read("naming-words.txt")) + ")\\s*$",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    static Lexicon get() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final Lexicon INSTANCE = new Lexicon();
    }

    private static String alternation(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return sorted.stream().map(w -> Pattern.quote(w).replace(" ", "\\E\\s+\\Q")).collect(Collectors.joining("|"));
    }

    private static Set<String> lower(List<String> words) {
        return words.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }

    private static List<String> read(String name) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream("/io/articlex/quotes/" + name)) {
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
