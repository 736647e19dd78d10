package io.articlex.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Role descriptions: cleaning for output and deciding whether a description names a person's role. */
final class Roles {

    private static final Set<String> STOP = Set.of("the", "a", "an", "of", "and", "for", "to", "in", "at", "on", "'s", "’s");

    private static final List<String> DETERMINERS = List.of("the ", "a ", "an ");

    private Roles() {
    }

    /** "the Secretary of X," → "Secretary of X". */
    static String clean(String role) {
        String r = role.strip();
        while (!r.isEmpty() && ",.;:".indexOf(r.charAt(r.length() - 1)) >= 0) {
            r = r.substring(0, r.length() - 1).strip();
        }
        // the determiner compared in place, either case: no character outside ASCII lower-cases or
        // upper-cases to one of its letters, so this is the lower-cased copy's startsWith
        for (String det : DETERMINERS) {
            if (r.regionMatches(true, 0, det, 0, det.length())) {
                return r.substring(det.length());
            }
        }
        return r;
    }

    /** The role noun a description is headed by ("secretary" in "The Secretary of the ..."), or null. */
    static String head(String description) {
        List<String> w = Phrase.words(description);
        int end = w.size();
        for (int i = 0; i < w.size(); i++) {
            if (w.get(i).equals("of") || w.get(i).equals("for") || w.get(i).equals("at") || w.get(i).equals("in")) {
                end = i;
                break;
            }
        }
        for (int i = end - 1; i >= 0; i--) {
            String t = w.get(i);
            if (Lexicon.get().isRole(t)) {
                return t.toLowerCase(Locale.ROOT);
            }
        }
        return null;
    }

    /** Whether a described role and a role the article gives a named person are the same role. */
    static boolean same(String description, String role) {
        return describe(description).same(role);
    }

    /**
     * A description read once (its head noun and content words) to be compared with every role of the
     * article: reading it again for each role was most of the cost of resolving "the minister".
     */
    static Description describe(String description) {
        return describe(description, head(description));
    }

    /** {@link #describe(String)} of a description whose head noun {@link #head} has already read. */
    static Description describe(String description, String head) {
        return new Description(head, head == null ? List.of() : contentWords(description));
    }

    /** A description's head noun (null when it has none) and content words, in lower case. */
    record Description(String head, List<String> content) {

        /** Whether a role the article gives a named person is this description's role. */
        boolean same(String role) {
            if (head == null) {
                return false;
            }
            List<String> r = contentWords(role);
            if (!r.contains(head)) {
                return false;
            }
            long shared = 0;
            for (String w : content) {
                if (r.contains(w)) {
                    shared++;
                }
            }
            return shared * 10 >= content.size() * 6L;
        }
    }

    private static List<String> contentWords(String s) {
        return Phrase.words(s).stream().map(w -> w.toLowerCase(Locale.ROOT)).filter(w -> !STOP.contains(w)).toList();
    }
}
