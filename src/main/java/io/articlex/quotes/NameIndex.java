package io.articlex.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The people an article names, where, and the roles it gives them ("Qasim Mohammad Jalal al-Araji,
 * Iraq's national security adviser", "Festival secretary Mojgan Tavakoli"). Built once per article in
 * one pass over the paragraphs; the speaker resolver looks names, surnames and roles up here.
 */
final class NameIndex {

    /** One occurrence of a full name (two or more capitalised words). */
    record Occurrence(String name, int paragraph, int offset, Character gender) {
    }

    /** Compiled once: {@code String.split("\\s")} compiles its regex on every call (a batch hot spot). */
    private static final Pattern WHITESPACE = Pattern.compile("\\s");
    private static final Pattern RUN = Pattern.compile(
            "(?<![\\p{L}\\p{N}.'’-])(?:\\p{Lu}[\\p{L}'’-]*\\.?|al-\\p{L}+)(?:\\s(?:\\p{Lu}[\\p{L}'’-]*\\.?|al-\\p{L}+|bin|ibn|de|van|von|da|del|der|la|le)){1,5}");
    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "de", "van", "von", "da", "del", "der", "la", "le");
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "As",
            "If", "When", "While", "After", "Before", "For", "From", "With", "By", "To", "Of", "This", "That", "It",
            "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Its", "Still", "Yet", "So", "Since",
            "Speaking", "According", "During", "Under", "Over", "Meanwhile", "However", "Asked", "Then", "Now");

    private final List<Occurrence> occurrences = new ArrayList<>();
    private final Map<String, List<String>> roles = new HashMap<>();
    private final Map<String, Character> gender = new HashMap<>();

    NameIndex(List<String> paragraphs) {
        Lexicon lex = Lexicon.get();
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i);
            Matcher m = RUN.matcher(p);
            while (m.find()) {
                List<String> tokens = new ArrayList<>(List.of(WHITESPACE.split(m.group())));
                int start = m.start();
                for (int k = tokens.size() - 2; k >= 0; k--) {
                    String t = tokens.get(k);
                    if (t.endsWith(".") && t.length() > 3 && !lex.honorifics.contains(t)
                            && !lex.abbreviations.contains(t.substring(0, t.length() - 1))) {
                        // "Tuesday. Sanders": a sentence ends inside the run
                        for (int d = 0; d <= k; d++) {
                            start += tokens.remove(0).length() + 1;
                        }
                        break;
                    }
                }
                Character g = null;
                while (!tokens.isEmpty() && (NOT_NAME_START.contains(tokens.get(0)) || lex.honorifics.contains(tokens.get(0)))) {
                    String t = tokens.remove(0);
                    g = genderOf(t, g);
                    start += t.length() + 1;
                }
                for (int k = tokens.size() - 2; k >= 0; k--) {
                    String t = tokens.get(k);
                    if (lex.roleNouns.contains(t.toLowerCase(Locale.ROOT)) || lex.honorifics.contains(t)) {
                        for (int d = 0; d <= k; d++) {
                            String gone = tokens.remove(0);
                            g = genderOf(gone, g);
                            start += gone.length() + 1;
                        }
                        break;
                    }
                }
                while (!tokens.isEmpty() && (tokens.get(tokens.size() - 1).endsWith(".") && tokens.get(tokens.size() - 1).length() <= 2
                        || PARTICLES.contains(tokens.get(tokens.size() - 1)))) {
                    tokens.remove(tokens.size() - 1);
                }
                if (tokens.size() >= 1) {
                    String last = tokens.get(tokens.size() - 1);
                    if (last.endsWith("'s") || last.endsWith("’s")) {
                        tokens.set(tokens.size() - 1, last.substring(0, last.length() - 2));
                    }
                }
                if (tokens.isEmpty() || tokens.stream().anyMatch(t -> isOrgWord(t))) {
                    continue;
                }
                String name = String.join(" ", tokens);
                if (g != null) {
                    gender.putIfAbsent(surname(name), g);
                }
                if (tokens.size() < 2) {
                    continue;
                }
                occurrences.add(new Occurrence(name, i, start, g));
                recordRoles(name, p, start, start + name.length());
            }
        }
    }

    static boolean isOrgWord(String token) {
        String t = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
        return Lexicon.get().orgWords.contains(t);
    }

    private static Character genderOf(String honorific, Character current) {
        return switch (honorific) {
            case "Mr.", "Sir", "Lord", "King", "Prince" -> 'm';
            case "Mrs.", "Ms.", "Miss", "Lady", "Dame", "Queen", "Princess" -> 'f';
            default -> current;
        };
    }

    private void recordRoles(String name, String p, int start, int end) {
        // "NAME, the role ..., ..." — the appositive after the name
        if (end < p.length() && p.charAt(end) == ',') {
            int stop = end + 1;
            while (stop < p.length() && stop - end < 200 && ",.;:(\"“".indexOf(p.charAt(stop)) < 0) {
                stop++;
            }
            addRole(name, p.substring(end + 1, stop));
        }
        // "Festival secretary NAME" / "Iran's Foreign Minister NAME" — a role run right before the name
        int from = start;
        int words = 0;
        while (from > 0 && words < 6) {
            int k = from - 1;
            while (k >= 0 && p.charAt(k) == ' ') {
                k--;
            }
            if (k < 0 || !Character.isLetter(p.charAt(k)) && p.charAt(k) != '\'' && p.charAt(k) != '’') {
                break;
            }
            int w = k;
            while (w > 0 && !Character.isWhitespace(p.charAt(w - 1))) {
                w--;
            }
            String word = p.substring(w, k + 1).toLowerCase(Locale.ROOT);
            if (word.equals("the") || word.equals("a") || word.equals("an") || word.equals("said") || word.equals("and")) {
                break;
            }
            from = w;
            words++;
        }
        if (from < start) {
            addRole(name, p.substring(from, start));
        }
    }

    private void addRole(String name, String raw) {
        String role = raw.strip();
        List<String> w = Phrase.words(role);
        if (w.isEmpty() || w.size() > 18) {
            return;
        }
        String first = w.get(0).toLowerCase(Locale.ROOT);
        if ((first.endsWith("ed") || first.endsWith("ing")) && Character.isLowerCase(w.get(0).charAt(0))
                || first.equals("who") || first.equals("which") || first.equals("said") || first.equals("says")) {
            return;
        }
        boolean hasRole = false;
        for (String t : w) {
            if (Lexicon.get().roleNouns.contains(t.toLowerCase(Locale.ROOT))) {
                hasRole = true;
                break;
            }
        }
        if (!hasRole) {
            return;
        }
        roles.computeIfAbsent(name, k -> new ArrayList<>()).add(Roles.clean(role));
    }

    List<Occurrence> occurrences() {
        return occurrences;
    }

    List<String> rolesOf(String name) {
        return roles.getOrDefault(name, List.of());
    }

    Map<String, List<String>> roles() {
        return roles;
    }

    Character genderOf(String name) {
        return gender.get(surname(name));
    }

    void setGender(String name, char g) {
        gender.putIfAbsent(surname(name), g);
    }

    /** The fullest name the article gives for a surname: the first earlier occurrence, else the first later one. */
    String fullName(String surname, int paragraph) {
        String best = null;
        for (Occurrence o : occurrences) {
            if (surname(o.name()).equals(surname) && o.name().length() > surname.length()) {
                if (o.paragraph() <= paragraph) {
                    if (best == null || o.name().length() > best.length()) {
                        best = o.name();
                    }
                } else if (best == null) {
                    return o.name();
                }
            }
        }
        return best;
    }

    static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        return sp < 0 ? name : name.substring(sp + 1);
    }
}
