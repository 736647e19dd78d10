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
        while (!r.isEmpty() && ",.;:".indexOf(r.charAt(r.length() - 1)) >= 0 && !endsWithTitle(r)) {
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

    /** Whether {@code r} ends with a title abbreviated before a name and its full stop ("Lt. Gov."): the stop stays. */
    private static boolean endsWithTitle(String r) {
        int n = r.length();
        if (n < 3 || r.charAt(n - 1) != '.') {
            return false;
        }
        int w = r.lastIndexOf(' ', n - 2) + 1;
        return Lexicon.get().titleAbbreviations.containsKey(r.substring(w, n - 1));
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
            if (content.size() < 2 && !holdsWord(role, head)) {
                // the role only through an abbreviated title: "the senator" alone is too often someone else
                // than the nearest "Sen." (the story's subject, described and never so titled), while "the
                // New Jersey governor" still names New Jersey Gov. Chris Christie
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

    /**
     * The words of {@code s} in lower case without the stop words; a title abbreviated before a name is
     * read as its role noun ("Gov." as "governor"), so that "the governor" later names Gov. Ann Roe.
     */
    private static List<String> contentWords(String s) {
        List<String> out = new java.util.ArrayList<>();
        for (String w : Phrase.words(s)) {
            String lower = w.toLowerCase(Locale.ROOT);
            if (STOP.contains(lower)) {
                continue;
            }
            String title = w.length() > 2 && w.endsWith(".") ? Lexicon.get().titleAbbreviations.get(w.substring(0, w.length() - 1)) : null;
            if (title == null && partyTag(lower, out)) {
                continue;
            }
            out.add(title != null ? title : lower);
        }
        return out;
    }

    /**
     * A legislator's party-and-state tag ("d-vt.", "r-n.y", "i-vt": lower case) read as the party's noun and
     * the state's name, added to {@code out}: Sen. Patrick Leahy, D-Vt., is "the Vermont senator" and "the
     * Vermont Democrat" further down. False, and nothing added, for any other word.
     */
    private static boolean partyTag(String lower, List<String> out) {
        if (lower.length() < 4 || lower.charAt(1) != '-') {
            return false;
        }
        String party = switch (lower.charAt(0)) {
            case 'd' -> "democrat";
            case 'r' -> "republican";
            case 'i' -> "independent";
            default -> null;
        };
        if (party == null) {
            return false;
        }
        StringBuilder state = new StringBuilder();
        for (int i = 2; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c != '.') {
                state.append(c);
            }
        }
        List<String> name = Lexicon.get().usStates.get(state.toString());
        if (name == null) {
            return false;
        }
        out.add(party);
        out.addAll(name);
        return true;
    }

    /** Whether one of the words of {@code s}, lower-cased, is {@code word}. */
    private static boolean holdsWord(String s, String word) {
        for (String w : Phrase.words(s)) {
            if (w.equalsIgnoreCase(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code p[from, to)}, followed by a full stop, is a title abbreviated before a name ("Gov", "Lt"). */
    static boolean titleAbbreviation(char[] p, int from, int to) {
        return to - from >= 2 && to - from <= 6 && Lexicon.get().titleAbbreviations.containsKey(new String(p, from, to - from));
    }
}
