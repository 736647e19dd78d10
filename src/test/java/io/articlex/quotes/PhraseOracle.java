package io.articlex.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * The speaker-phrase reader as it stood before it was rewritten on word indices ({@link WordTable}),
 * kept as the oracle {@link PhraseOnWordsTest} checks the rewrite against: the rewrite must read every
 * text exactly as this did.
 *
 * <p>Original description:
 * The words that name a speaker at an attribution, split into the core ("Leonard E. Burman", "he",
 * "the Secretary of the Supreme National Security Council of Iran") and the appositives after it
 * ("director of the centrist Urban-Brookings Tax Policy Center"). {@link #text()} is the whole as
 * written: it is what {@code mention} reports.
 */
record PhraseOracle(String text, String core, List<String> appositives) {

    // the word lists are Phrase's own: the oracle keeps the old way of reading words, not a copy of the data
    private static final Set<String> PRONOUNS = Phrase.PRONOUNS;
    private static final Set<String> DETERMINERS = Phrase.DETERMINERS;
    private static final Set<String> CONNECTORS = Phrase.CONNECTORS;
    private static final Set<String> TRAILING = Phrase.TRAILING;
    private static final Set<String> ALWAYS_CUT = Phrase.ALWAYS_CUT;
    private static final Set<String> LY_NOUNS = Phrase.LY_NOUNS;
    private static final Set<String> COMPLEMENT_TAKERS = Phrase.COMPLEMENT_TAKERS;
    private static final Set<String> OCCASION_START = Phrase.OCCASION_START;
    private static final Set<String> ING_NOUNS = Phrase.ING_NOUNS;
    private static final Set<String> BOUNDARIES = Phrase.BOUNDARIES;

    static boolean startsWithDeterminer(String s) {
        return DETERMINERS.contains(firstWord(s).toLowerCase(Locale.ROOT));
    }

    boolean isPronoun() {
        return PRONOUNS.contains(core.toLowerCase(Locale.ROOT));
    }

    /** The phrase that ends where the cue verb starts ("Shamkhani" in "Expressing concern ..., Shamkhani added"). */
    /** A party-and-state tag after a legislator's name: "R-Wis.", "D-N.Y.", "I-Vt.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]{0,6}");

    /** {@link #PARTY_TAG} matches {@code seg}, stripped; its opening ("R-") asked first, as most parts are no tag. */
    private static boolean partyTag(String seg) {
        String t = seg.strip();
        return t.length() >= 3 && t.charAt(1) == '-' && (t.charAt(0) == 'R' || t.charAt(0) == 'D' || t.charAt(0) == 'I')
                && PARTY_TAG.matcher(t).matches();
    }

    /** Where a party-and-state tag in parentheses that ends the stripped {@code s} opens ("Tom Brandt (R-Idaho)"), or -1. */
    private static int partyTagInParentheses(String s) {
        if (s.length() < 6 || !s.endsWith(")")) {
            return -1;
        }
        int open = s.lastIndexOf('(', s.length() - 2);
        if (open <= 0 || s.length() - open > 16) {
            return -1;
        }
        String c = s.substring(open + 1, s.length() - 1);
        boolean opening = c.length() >= 3 && c.charAt(1) == '-' && (c.charAt(0) == 'R' || c.charAt(0) == 'D' || c.charAt(0) == 'I');
        return opening && partyTag(c) ? open : -1;
    }

    /**
     * Where a party-and-state tag that ends the stripped {@code s} after a space and a word ending in a
     * letter opens, with neither commas nor parentheses ("Bernie Sanders I-Vt."), or -1.
     */
    private static int bareTrailingPartyTag(String s) {
        int open = s.lastIndexOf(' ') + 1;
        if (open < 3 || s.length() - open > 9 || s.length() - open < 2 || s.charAt(open + 1) != '-'
                || !Character.isLetter(s.charAt(open - 2)) || !partyTag(s.substring(open))) {
            return -1;
        }
        return open;
    }

    /** "But a senior official" before a "who" appositive: the subject after the sentence's conjunction. */
    private static boolean connectedSubject(String seg) {
        List<String> w = words(seg);
        if (w.size() < 2) {
            return false;
        }
        String first = w.get(0).toLowerCase(Locale.ROOT);
        String next = w.get(1);
        String lower = next.toLowerCase(Locale.ROOT);
        return (first.equals("but") || first.equals("and") || first.equals("yet"))
                && (DETERMINERS.contains(lower) || Character.isUpperCase(next.charAt(0)))
                && !Lexicon.get().clauseOpeners.contains(lower) && !PRONOUNS.contains(lower);
    }

    static PhraseOracle beforeCue(String raw) {
        String s = stripTrailing(raw.strip());
        for (String cut = cutDay(s); cut != null; cut = cutDay(s)) {
            s = stripTrailing(cut);
        }
        if (s.isEmpty() || s.length() > Sentences.REACH) {
            return null;
        }
        String tag = null;
        int open = partyTagInParentheses(s);
        if (open > 0) {
            tag = s.substring(open + 1, s.length() - 1);
            s = s.substring(0, open).strip();
        } else if ((open = bareTrailingPartyTag(s)) > 0) {
            tag = s.substring(open);
            s = s.substring(0, open).strip();
        }
        List<String> segs = segments(s);
        List<String> apps = new ArrayList<>();
        String core = null;
        int coreIdx = -1;
        int listEnd = -1;
        boolean tailCapital = false;
        int listed = 0;
        boolean joined = false;
        boolean seen = false;
        boolean listing = false;
        for (int i = segs.size() - 1; i >= 0; i--) {
            String seg = segs.get(i);
            if (seg.isEmpty()) {
                continue;
            }
            if (listEnd >= 0 || listing) {
                listing = false;
                if (listItem(seg, tailCapital)) {
                    listing = true;
                    apps.add(0, seg);
                    listed = listEnd >= 0 ? 2 : listed + 1;
                    listEnd = -1;
                    continue;
                }
                if (listEnd >= 0) {
                    apps.clear();
                    String t = segs.get(listEnd);
                    boolean wasLast = listEnd == segs.size() - 1;
                    listEnd = -1;
                    if (wasLast && trimCore(t) != null) {
                        core = t;
                        break;
                    }
                }
            }
            boolean last = !seen;
            seen = true;
            if (last && i >= 2 && listTail(seg)) {
                listEnd = i;
                tailCapital = Character.isUpperCase(words(seg).get(1).charAt(0));
                apps.add(0, seg);
                continue;
            }
            if (!apps.isEmpty() && apps.get(0).strip().startsWith("who") && connectedSubject(seg)) {
                core = seg;
                coreIdx = i;
                break;
            }
            if (isClauseOpener(seg)) {
                if (apps.isEmpty() && i == segs.size() - 1 && !firstWord(seg).toLowerCase(Locale.ROOT).endsWith("ing")) {
                    // "In a statement the ministry said", "In a Bloomberg interview Trump declared"
                    String tail = trimCore(seg);
                    if (tail != null) {
                        core = seg;
                        break;
                    }
                }
                if (apps.isEmpty() && core == null) {
                    continue;
                }
                if (i == segs.size() - 1 || core == null) {
                    continue;
                }
                break;
            }
            String first = firstWord(seg);
            if (first.isEmpty()) {
                continue;
            }
            boolean capital = Character.isUpperCase(first.charAt(0));
            String lower = first.toLowerCase(Locale.ROOT);
            if ((lower.equals("whom") || lower.equals("who") || lower.equals("which") || lower.equals("that")) && i > 0 && words(seg).size() > 1
                    && !relativeSubject(seg)) {
                // "Clinton, whom he called ..." — the speaker is the relative clause's subject
                core = seg.strip().substring(first.length()).strip();
                break;
            }
            if (i > 0 && partyTag(seg)) {
                // "Paul Ryan, R-Wis., said": the party-and-state tag describes the name before it
                apps.add(0, seg.strip());
                continue;
            }
            boolean relative = (lower.equals("who") || lower.equals("which") || lower.equals("that")) && i > 0;
            List<String> segWords = words(seg);
            boolean indefiniteAppositive = i > 0 && (lower.equals("a") || lower.equals("an")
                    || lower.equals("the") && segWords.size() > 2 && Lexicon.get().orgWords.contains(segWords.get(segWords.size() - 1)));
            if (!relative && (capital || PRONOUNS.contains(lower) || !indefiniteAppositive && endsWithName(seg))) {
                core = seg;
                coreIdx = i;
                break;
            }
            apps.add(0, seg);
        }
        if (listEnd >= 0) {
            apps.clear();
            String t = segs.get(listEnd);
            if (listEnd == segs.size() - 1 && trimCore(t) != null) {
                core = t;
            }
        }
        if (core == null && listed > 0 && listed == apps.size()) {
            core = String.join(", ", apps);
            apps.clear();
            listed = 0;
            joined = true;
        }
        if (core == null) {
            if (apps.isEmpty()) {
                return null;
            }
            core = apps.remove(0);
            if (!DETERMINERS.contains(firstWord(core).toLowerCase(Locale.ROOT))) {
                return null;
            }
        }
        core = joined ? core : trimCore(core);
        if (core == null) {
            return null;
        }
        if (listed > 0 && listed <= apps.size()) {
            List<String> items = apps.subList(apps.size() - listed, apps.size());
            String list = String.join(", ", items);
            items.clear();
            if (apps.isEmpty()) {
                core = core + ", " + list;
            } else {
                apps.set(apps.size() - 1, apps.get(apps.size() - 1) + ", " + list);
            }
        }
        if (tag != null) {
            apps.add(0, tag);
        }
        StringBuilder text = new StringBuilder(core);
        for (String a : apps) {
            text.append(", ").append(a);
        }
        return new PhraseOracle(text.toString(), core, List.copyOf(apps));
    }

    private static boolean listTail(String seg) {
        List<String> w = words(seg);
        if (w.size() < 2 || w.size() > 4 || !(w.get(0).equalsIgnoreCase("and") || w.get(0).equalsIgnoreCase("or"))) {
            return false;
        }
        String k = w.get(1);
        String lower = k.toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(lower) || PRONOUNS.contains(lower) || TRAILING.contains(lower) || CONNECTORS.contains(lower)
                || lower.endsWith("ly") || lower.endsWith("ing") || lower.endsWith("ed")) {
            return false;
        }
        return !Character.isUpperCase(k.charAt(0)) || w.subList(1, w.size()).stream().allMatch(x -> Character.isUpperCase(x.charAt(0)));
    }

    private static boolean listItem(String seg, boolean capital) {
        List<String> w = words(seg);
        if (w.isEmpty() || w.size() > 3) {
            return false;
        }
        String lower = w.get(0).toLowerCase(Locale.ROOT);
        if (DETERMINERS.contains(lower) || PRONOUNS.contains(lower) || Lexicon.get().clauseOpeners.contains(lower)
                || !Character.isLetter(w.get(0).charAt(0))) {
            return false;
        }
        if (w.stream().anyMatch(x -> Lexicon.get().isRole(x))) {
            return false;
        }
        return capital ? w.stream().allMatch(x -> Character.isUpperCase(x.charAt(0))) : !Character.isUpperCase(w.get(0).charAt(0));
    }

    /**
     * Whether a relative clause's pronoun is its subject ("which represents New York City educators"): a
     * verb follows it, not a subject of its own ("whom he called", "which the senator said").
     */
    private static boolean relativeSubject(String seg) {
        List<String> w = words(seg);
        String next = w.get(1);
        String lower = next.toLowerCase(Locale.ROOT);
        return Character.isLowerCase(next.charAt(0)) && !PRONOUNS.contains(lower) && !DETERMINERS.contains(lower);
    }

    /** The phrase that follows an inverted cue ("said Li Shuang, deputy director of the base"). */
    static PhraseOracle afterCue(String raw) {
        String s = raw.strip();
        if (s.isEmpty()) {
            return null;
        }
        List<String> segs = segments(s);
        String core = segs.get(0);
        String first = firstWord(core);
        if (first.isEmpty()) {
            return null;
        }
        boolean capital = Character.isUpperCase(first.charAt(0));
        String lower = first.toLowerCase(Locale.ROOT);
        String relative = restrictiveRelative(core);
        String tag = null;
        String stripped = core.strip();
        int open = partyTagInParentheses(stripped);
        if (open > 0) {
            tag = stripped.substring(open + 1, stripped.length() - 1);
            core = stripped.substring(0, open);
        } else if ((open = bareTrailingPartyTag(stripped)) > 0) {
            tag = stripped.substring(open);
            core = stripped.substring(0, open);
        }
        core = cutAtPreposition(core);
        if (!(capital || DETERMINERS.contains(lower) || PRONOUNS.contains(lower) || roleAndName(core))
                || Lexicon.get().clauseOpeners.contains(lower)) {
            return null;
        }
        core = stripTrailing(stripEndPunctuation(core));
        if (core.isEmpty()) {
            return null;
        }
        List<String> apps = new ArrayList<>();
        if (tag != null) {
            apps.add(tag);
        }
        if (relative != null && segs.size() == 1) {
            apps.add(relative);
        }
        for (int i = 1; i < segs.size(); i++) {
            String seg = stripEndPunctuation(segs.get(i).strip());
            if (!apps.isEmpty() && i == segs.size() - 1 && continuesList(seg)) {
                // "assistant secretary for population, refugees, and migration": the list's last item
                apps.set(apps.size() - 1, apps.get(apps.size() - 1) + ", " + seg);
                break;
            }
            if (seg.isEmpty() || isClauseOpener(seg)) {
                break;
            }
            apps.add(seg);
        }
        StringBuilder text = new StringBuilder(core);
        for (String a : apps) {
            // a restrictive relative follows its noun without a comma, as written
            text.append(a == relative ? " " : ", ").append(a);
        }
        return new PhraseOracle(text.toString(), core, List.copyOf(apps));
    }

    /**
     * "a former official who oversaw the inquiry and described ...": the relative clause that tells which
     * official, up to its own end ("and", a comma) — part of the description the mention reports, no
     * part of the core. Only after a description, not a name ("Jane Roe who" is no shape of news copy).
     */
    private static String restrictiveRelative(String core) {
        int at = core.indexOf(" who ");
        if (at < 0 || !DETERMINERS.contains(firstWord(core).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String rel = core.substring(at + 1);
        int and = rel.indexOf(" and ");
        if (and > 0) {
            rel = rel.substring(0, and);
        }
        rel = stripEndPunctuation(rel.strip());
        return words(rel).size() >= 3 ? rel : null;
    }

    /** "and migration", "and guided the campaign in 2008": the last item of the appositive, not a new clause. */
    private static boolean continuesList(String seg) {
        List<String> w = words(seg);
        return w.size() >= 2 && w.get(0).equals("and") && Character.isLowerCase(w.get(1).charAt(0))
                && !Lexicon.get().cues.isWord(w.get(1)) && !CONNECTORS.contains(w.get(1)) && !PRONOUNS.contains(w.get(1));
    }

    static boolean isClauseOpener(String seg) {
        String first = firstWord(seg).toLowerCase(Locale.ROOT);
        if (first.isEmpty()) {
            return false;
        }
        if (first.endsWith("ing") && first.length() > 5 && !ING_NOUNS.contains(first)) {
            return true;
        }
        if (Lexicon.get().clauseOpeners.contains(first)) {
            return !(first.equals("this") || first.equals("last")) || !Character.isUpperCase(seg.strip().charAt(0));
        }
        return false;
    }

    private static String trimCore(String seg) {
        List<String> words = words(seg);
        int from = 0;
        while (from < words.size() - 1 && CONNECTORS.contains(words.get(from).toLowerCase(Locale.ROOT))) {
            from++;
        }
        String head = from < words.size() ? words.get(from) : "";
        boolean npStart = !head.isEmpty() && (Character.isUpperCase(head.charAt(0)) || PRONOUNS.contains(head.toLowerCase(Locale.ROOT))
                || DETERMINERS.contains(head.toLowerCase(Locale.ROOT)));
        if (from < words.size() && (Lexicon.get().clauseOpeners.contains(head.toLowerCase(Locale.ROOT)) || !npStart && !endsWithName(words))) {
            int opener = from;
            // a name opens the phrase unless it goes on a run of capitalised words, whose first word opens it
            int start = lastPhraseStart(words, from,
                    k -> k == opener + 1 || !Character.isUpperCase(words.get(k - 1).charAt(0)));
            if (start < 0) {
                return null;
            }
            from = start;
        }
        for (int k = words.size() - 2; k >= from; k--) {
            if (BOUNDARIES.contains(words.get(k)) && !(k > from && k + 1 < words.size()
                    && Character.isUpperCase(words.get(k - 1).charAt(0)) && Character.isUpperCase(words.get(k + 1).charAt(0))
                    && words.get(k).equals("and"))) {
                from = k + 1;
                break;
            }
        }
        if (words.size() - from > 10) {
            // a long phrase: a name opens it after a lower-case word other than "of" ("Ministry of Finance" goes on)
            int start = lastPhraseStart(words, from,
                    k -> !Character.isUpperCase(words.get(k - 1).charAt(0)) && !words.get(k - 1).equals("of"));
            if (start < 0 || words.size() - start > 14) {
                return null;
            }
            from = start;
        }
        String core = String.join(" ", words.subList(from, words.size()));
        String first = words.get(from);
        String lower = first.toLowerCase(Locale.ROOT);
        if (!(Character.isUpperCase(first.charAt(0)) || PRONOUNS.contains(lower) || DETERMINERS.contains(lower)
                || endsWithName(words.subList(from, words.size())))) { // the words of core, which are these joined
            return null;
        }
        return core;
    }

    /**
     * Where the last noun phrase of {@code words} starts, looking back from the end to just after
     * {@code from}: at a determiner or pronoun, or at a capitalised word that {@code nameOpens} accepts
     * by its index; -1 when none does. The two callers differ only in which capitalised words open a
     * phrase.
     */
    private static int lastPhraseStart(List<String> words, int from, IntPredicate nameOpens) {
        for (int k = words.size() - 1; k > from; k--) {
            String w = words.get(k);
            String lw = w.toLowerCase(Locale.ROOT);
            if (DETERMINERS.contains(lw) || PRONOUNS.contains(lw)) {
                return k;
            }
            if (Character.isUpperCase(w.charAt(0)) && nameOpens.test(k)) {
                return k;
            }
        }
        return -1;
    }

    /** "head coach Reza Ghasemi": a lowercase role that ends in a capitalised name. */
    static boolean endsWithName(String seg) {
        return endsWithName(words(seg));
    }

    /** A lowercase role and a name, alone or with "of", "at" or "from" and what follows. */
    static boolean roleAndName(String seg) {
        List<String> w = words(seg);
        if (endsWithName(w)) {
            return true;
        }
        for (int m = 2; m < w.size() && m <= 8; m++) {
            if (Set.of("of", "at", "from").contains(w.get(m)) && Character.isUpperCase(w.get(m - 1).charAt(0))
                    && Character.isUpperCase(w.get(m - 2).charAt(0)) && endsWithName(w.subList(0, m))) {
                return true;
            }
        }
        return false;
    }

    /** {@link #endsWithName(String)} given the segment's {@link #words}, where the caller has them already. */
    private static boolean endsWithName(List<String> w) {
        if (w.size() < 2 || w.size() > 8) {
            return false;
        }
        String last = w.get(w.size() - 1);
        String before = w.get(w.size() - 2);
        return Character.isUpperCase(last.charAt(0)) && Character.isUpperCase(before.charAt(0))
                && w.stream().anyMatch(x -> Lexicon.get().isRole(x)
                        || Lexicon.get().honorifics.contains(x));
    }

    private static final Set<String> WEEKDAY_NAMES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday");

    /** "Ann Roe on Saturday" → "Ann Roe": a day ending the subject before its cue, with its lead and part of the day. */
    private static String cutDay(String s) {
        int sp = s.lastIndexOf(' ');
        if (sp < 0) {
            return null;
        }
        String last = s.substring(sp + 1);
        String rest = s.substring(0, sp).strip();
        if (Set.of("morning", "afternoon", "evening", "night").contains(last)) {
            int sp2 = rest.lastIndexOf(' ');
            last = sp2 < 0 ? rest : rest.substring(sp2 + 1);
            rest = sp2 < 0 ? "" : rest.substring(0, sp2).strip();
        }
        if (!WEEKDAY_NAMES.contains(last) || rest.isEmpty()) {
            return null;
        }
        int sp3 = rest.lastIndexOf(' ');
        String lead = (sp3 < 0 ? rest : rest.substring(sp3 + 1)).toLowerCase(Locale.ROOT);
        if (Set.of("on", "late", "early").contains(lead)) {
            rest = sp3 < 0 ? "" : rest.substring(0, sp3).strip();
        }
        return rest.isEmpty() ? null : rest;
    }

    private static String stripTrailing(String s) {
        String out = s;
        while (true) {
            int sp = out.lastIndexOf(' ');
            String last = (sp < 0 ? out : out.substring(sp + 1)).toLowerCase(Locale.ROOT);
            boolean adverb = last.endsWith("ly") && last.length() > 4 && !Character.isUpperCase(out.charAt(sp + 1))
                    && !LY_NOUNS.contains(last);
            if (sp < 0 || !(TRAILING.contains(last) || adverb)) {
                return out;
            }
            out = out.substring(0, sp).strip();
        }
    }

    /**
     * "said Trump on Monday" → "Trump"; but "one Democratic source on the panel" and "an analyst at
     * Evercore" keep their prepositional phrase: only time and occasion phrases are cut.
     */
    private static String cutAtPreposition(String core) {
        List<String> words = words(core);
        for (int k = 1; k < words.size(); k++) {
            String w = words.get(k);
            String next = k + 1 < words.size() ? words.get(k + 1) : "";
            boolean occasion = (w.equals("on") || w.equals("in") || w.equals("at")) && OCCASION_START.contains(next.toLowerCase(Locale.ROOT))
                    || (w.equals("on") || w.equals("in")) && (isWeekday(next) || !next.isEmpty() && Character.isDigit(next.charAt(0)));
            boolean day = isWeekday(w) && !DETERMINERS.contains(words.get(k - 1).toLowerCase(Locale.ROOT));
            boolean complement = COMPLEMENT_TAKERS.contains(words.get(k - 1).toLowerCase(Locale.ROOT));
            if (occasion || day || ALWAYS_CUT.contains(w) && !complement) {
                return String.join(" ", words.subList(0, k));
            }
        }
        return String.join(" ", words);
    }

    private static boolean isWeekday(String w) {
        return switch (w) {
            case "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday" -> true;
            default -> false;
        };
    }

    private static String stripEndPunctuation(String s) {
        int e = s.length();
        while (e > 0 && ".;:!?)\"”’'".indexOf(s.charAt(e - 1)) >= 0) {
            e--;
        }
        String t = s.substring(0, e).strip();
        return t.endsWith(" Jr") || t.endsWith(" Sr") ? t + "." : t;
    }

    /**
     * {@code s} split at commas and at spaced dashes ({@code " — ", " – ", " -- ", " - "}), each part
     * stripped. The cuts are found in one pass, but a part is copied only when asked for: the search
     * for a speaker walks the parts from one end and nearly always stops at the first or second.
     */
    private static List<String> segments(String s) {
        int[] bounds = new int[8];
        int count = 0;
        int from = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            int cut = -1;
            if (c == ',') {
                cut = i + 1;
            } else if (Character.isWhitespace(c) && i + 1 < n) {
                char d = s.charAt(i + 1);
                if (d == '—' || d == '–') {
                    cut = i + 2 < n && Character.isWhitespace(s.charAt(i + 2)) ? i + 3 : i + 2;
                } else if (d == '-' && i + 2 < n && Character.isWhitespace(s.charAt(i + 2))) {
                    cut = i + 3;
                } else if (d == '-' && i + 3 < n && s.charAt(i + 2) == '-' && Character.isWhitespace(s.charAt(i + 3))) {
                    cut = i + 4;
                }
            }
            if (cut >= 0) {
                if (count * 2 + 2 > bounds.length) {
                    bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
                }
                bounds[count * 2] = from;
                bounds[count * 2 + 1] = i;
                count++;
                from = Math.min(cut, n);
                i = from - 1;
            }
        }
        if (count * 2 + 2 > bounds.length) {
            bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
        }
        bounds[count * 2] = from;
        bounds[count * 2 + 1] = n;
        return new Segments(s, bounds, count + 1);
    }

    /** The parts {@link #segments} cut, each copied and stripped on first use. */
    private static final class Segments extends java.util.AbstractList<String> {
        private final String s;
        private final int[] bounds;
        private final String[] made;

        Segments(String s, int[] bounds, int size) {
            this.s = s;
            this.bounds = bounds;
            this.made = new String[size];
        }

        @Override
        public String get(int k) {
            String x = made[k];
            if (x == null) {
                x = s.substring(bounds[2 * k], bounds[2 * k + 1]).strip();
                made[k] = x;
            }
            return x;
        }

        @Override
        public int size() {
            return made.length;
        }
    }

    /**
     * The words of {@code s}: a letter or digit followed by letters, digits and {@code . ' ’ -}
     * ("Mr.", "G.K.", "Holtz-Eakin", "Iran's"). Hand-rolled: it runs for every phrase considered.
     */
    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < n && wordTail(s.charAt(e))) {
                e++;
            }
            out.add(s.substring(i, e));
            i = e;
        }
        return out;
    }

    static String firstWord(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                int e = i + 1;
                while (e < n && wordTail(s.charAt(e))) {
                    e++;
                }
                return s.substring(i, e);
            }
        }
        return "";
    }

    static boolean wordTail(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '’' || c == '-';
    }

    /** {@code s} split on runs of whitespace, without the regex engine. */
    static List<String> spaceSplit(String s) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int st = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > st) {
                out.add(s.substring(st, i));
            }
        }
        return out;
    }
}
