package io.articlex.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words that name a speaker at an attribution, split into the core ("Leonard E. Burman", "he",
 * "the Secretary of the Supreme National Security Council of Iran") and the appositives after it
 * ("director of the centrist Urban-Brookings Tax Policy Center"). {@link #text()} is the whole as
 * written: it is what {@code mention} reports.
 */
record Phrase(String text, String core, List<String> appositives) {

    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we", "i", "you", "who", "which");
    static final Set<String> DETERMINERS = Set.of("the", "a", "an", "his", "her", "their", "its", "our",
            "one", "another", "this", "that", "these", "those", "some", "many", "several", "both", "two", "three",
            "four", "most", "other", "each", "all", "few");
    static final Set<String> CONNECTORS = Set.of("and", "but", "so", "yet", "then", "also", "meanwhile",
            "however", "still", "now", "instead", "thus", "later", "again");
    static final Set<String> TRAILING = Set.of("also", "later", "then", "again", "previously", "once", "has",
            "had", "have", "would", "will", "did", "does", "do", "recently", "since", "subsequently", "further",
            "first", "finally", "initially", "repeatedly", "often", "simply", "even", "just", "was", "is",
            "were", "are", "been", "not", "never", "now", "reportedly", "publicly", "privately", "flatly", "famously");
    static final Set<String> ALWAYS_CUT = Set.of("during", "after", "before", "while", "when", "with",
            "about", "to", "last", "yesterday", "today", "via", "through", "told", "who", "adding", "noting");
    /** Nouns ending in -ly that head a speaker's description ("the family", "a close ally"): no adverbs to strip. */
    static final Set<String> LY_NOUNS = Set.of("family", "ally", "allies", "assembly", "bully", "rally",
            "supply", "monopoly", "anomaly", "homily", "daily", "weekly", "monthly", "quarterly", "underbelly");
    /**
     * Adjectives whose preposition belongs to the description: "a source close to the campaign", "one
     * Democrat familiar with the talks" name who spoke by the whole phrase, not by "a source close".
     */
    static final Set<String> COMPLEMENT_TAKERS = Set.of("close", "familiar", "knowledgeable", "loyal",
            "opposed", "allied", "sympathetic", "connected", "linked", "aligned", "friendly", "near", "briefed",
            "involved", "associated", "affiliated", "attached", "related", "devoted", "committed");
    static final Set<String> OCCASION_START = Set.of("a", "an", "this", "last", "twitter", "facebook",
            "television", "tv", "radio", "interview", "interviews", "statement", "monday", "tuesday", "wednesday",
            "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "his", "her", "their", "its", "response");
    /** -ing words that head or modify a role, not a participle clause ("managing director", "ranking member"). */
    static final Set<String> ING_NOUNS = Set.of("managing", "leading", "ranking", "founding", "acting",
            "governing", "presiding", "outgoing", "incoming", "sitting", "visiting", "polling", "training",
            "consulting", "publishing", "marketing", "banking", "reporting", "engineering", "nursing", "teaching",
            "fundraising", "longstanding", "ruling", "opposing", "king", "viking");
    static final Set<String> BOUNDARIES = Set.of("that", "which", "when", "while", "because", "if",
            "since", "where", "whether", "than", "but", "or", "though", "although", "until", "once", "after",
            "before", "whom", "whose");

    static boolean startsWithDeterminer(String s) {
        return DETERMINERS.contains(firstWord(s).toLowerCase(Locale.ROOT));
    }

    /** Asked of every speaker phrase, most of them names: told without a lower-cased copy of each. */
    boolean isPronoun() {
        return PRONOUN_SET.hasLower(core);
    }

    /** A party-and-state tag after a legislator's name: "R-Wis.", "D-N.Y.", "I-Vt.". */
    private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[RDI]-\\p{Lu}[\\p{L}.]{0,6}");

    /** {@link #PARTY_TAG} matches {@code seg}, stripped; its opening ("R-") asked first, as most parts are no tag. */
    private static boolean partyTag(String seg) {
        String t = seg.strip();
        return t.length() >= 3 && t.charAt(1) == '-' && (t.charAt(0) == 'R' || t.charAt(0) == 'D' || t.charAt(0) == 'I')
                && PARTY_TAG.matcher(t).matches();
    }

    /** The opening of {@link #partyTag(String)} asked of the stripped part {@code a[from, to)} in place. */
    private static boolean partyTag(char[] a, int from, int to) {
        return to - from >= 3 && a[from + 1] == '-' && (a[from] == 'R' || a[from] == 'D' || a[from] == 'I');
    }

    /**
     * Where a party-and-state tag in parentheses that ends {@code a[from, to)} opens ("Sen. Tom Brandt
     * (R-Idaho)", "Rep. Ann Lowe (D-N.Y.)"), or -1: the tag describes the name before it and is no part
     * of it. Asked of every phrase: the closing parenthesis is looked at first.
     */
    static int partyTagInParentheses(char[] a, int from, int to) {
        if (to - from < 6 || a[to - 1] != ')') {
            return -1;
        }
        int open = to - 2;
        while (open > from && a[open] != '(' && to - open < 16) {
            open--;
        }
        if (a[open] != '(' || open == from || !partyTag(a, open + 1, to - 1) || !partyTag(new String(a, open + 1, to - open - 2))) {
            return -1;
        }
        return open;
    }

    /**
     * Where a party-and-state tag that ends {@code a[from, to)} after a space and a name opens, with neither
     * commas nor parentheses ("Sen. Bernie Sanders I-Vt.", "Rep. Zoe Lofgren D-Calif."), or -1: as in
     * parentheses, it describes the name and is no part of it. The last token is read back only up to a
     * tag's length, and its second character is asked before the pattern.
     */
    static int bareTrailingPartyTag(char[] a, int from, int to) {
        int open = to - 1;
        while (open > from && to - open <= 9 && a[open - 1] != ' ') {
            open--;
        }
        if (open - from < 3 || a[open - 1] != ' ' || open + 1 >= to || a[open + 1] != '-'
                || !Character.isLetter(a[open - 2]) || !partyTag(new String(a, open, to - open))) {
            return -1;
        }
        return open;
    }

    /** The sets above, asked of a word in place ({@link WordSet}). */
    private static final WordSet PRONOUN_SET = new WordSet(PRONOUNS);
    private static final WordSet DETERMINER_SET = new WordSet(DETERMINERS);
    private static final WordSet CONNECTOR_SET = new WordSet(CONNECTORS);
    private static final WordSet TRAILING_SET = new WordSet(TRAILING);
    private static final WordSet LY_NOUN_SET = new WordSet(LY_NOUNS);
    private static final WordSet ING_NOUN_SET = new WordSet(ING_NOUNS);
    private static final WordSet BOUNDARY_SET = new WordSet(BOUNDARIES);

    /**
     * The phrase that ends where the cue verb starts ("Shamkhani" in "Expressing concern ..., Shamkhani
     * added"), read as a speaker from the end: the segment (comma or dash part) that
     * holds a name, a pronoun or a role ending in a name is the core, the segments after it its
     * appositives. The words of the text are cut once ({@link WordTable}); each segment is a range of them.
     */
    static Phrase beforeCue(String raw) {
        return beforeCue(raw.toCharArray(), 0, raw.length());
    }

    /**
     * {@link #beforeCue(String)} of the text {@code a[from, to)}, read in place: the text before a cue is a
     * stretch of its quoted paragraph's array ({@link QuotedText}), and only what the phrase keeps is copied.
     */
    static Phrase beforeCue(char[] a, int from, int to) {
        int f = QuotedText.stripStart(a, from, to);
        int e = QuotedText.stripEnd(a, f, to);
        e = trailingEnd(a, f, e);
        if (f == e || e - f > Sentences.REACH) {
            return null;
        }
        String tag = null;
        int open = partyTagInParentheses(a, f, e);
        if (open >= 0) {
            tag = new String(a, open + 1, e - open - 2);
            e = QuotedText.stripEnd(a, f, open);
        } else if ((open = bareTrailingPartyTag(a, f, e)) >= 0) {
            tag = new String(a, open, e - open);
            e = QuotedText.stripEnd(a, f, open);
        }
        Segments segs = segments(a, f, e);
        // the words of the last segment first: the search nearly always stops there or one segment earlier
        int read = segs.from(segs.size() - 1);
        WordTable w = WordTable.of(a, read, e);
        List<String> apps = new ArrayList<>();
        int[] appSegs = new int[segs.size()];
        boolean found = false;
        String trimmed = null; // the core already trimmed, when it was read to decide
        int coreFrom = -1;
        int coreTo = -1;
        int ownFrom = -1; // the core as a stretch of its own, read again for its words
        int ownTo = -1;
        int listEnd = -1; // the last segment, "and migration", while it may end a list
        boolean tailCapital = false;
        int listed = 0; // the list's items and its last, the last appositives added
        boolean seen = false; // a segment not blank was read
        boolean listing = false; // the segments read last are the list's items
        for (int i = segs.size() - 1; i >= 0; i--) {
            if (segs.blank(i)) {
                continue;
            }
            if (segs.from(i) < read) {
                read = segs.from(i);
                w = WordTable.of(a, read, e); // the words indexed before are read again by index in this table
            }
            int x = w.firstAt(segs.from(i));
            int y = w.firstAt(segs.to(i));
            boolean last = !seen;
            seen = true;
            if (listEnd >= 0 || listing) {
                listing = false;
                if (listItem(w, x, y, tailCapital)) {
                    listing = true;
                    apps.add(0, segs.get(i));
                    appSegs[apps.size() - 1] = i;
                    listed = listEnd >= 0 ? 2 : listed + 1;
                    listEnd = -1;
                    continue;
                }
                if (listEnd >= 0) {
                    // no list: the last segment is read as a clause's subject, as any other
                    apps.clear();
                    trimmed = listEnd == segs.size() - 1 ? tailCore(a, segs, listEnd) : null;
                    listEnd = -1;
                    if (trimmed != null) {
                        found = true;
                        break;
                    }
                }
            }
            if (last && i >= 2 && listTail(w, x, y)) {
                // "Anne Roe, assistant secretary for population, refugees, and migration, said", "Officials
                // from Ohio, Texas, and Florida said": the last item of a list, read back to its first
                listEnd = i;
                tailCapital = w.capital(x + 1);
                apps.add(0, segs.get(i));
                appSegs[apps.size() - 1] = i;
                continue;
            }
            if (!apps.isEmpty() && apps.get(0).startsWith("who") && connectedSubject(w, x, y)) {
                found = true;
                coreFrom = x;
                coreTo = y;
                break;
            }
            if (isClauseOpener(w, x, y, a[segs.strippedFrom(i)])) {
                if (apps.isEmpty() && i == segs.size() - 1 && !w.lowerEndsWith(x, "ing")) {
                    // "In a statement the ministry said", "In a Bloomberg interview Trump declared"
                    String tail = trimCore(w, x, y);
                    if (tail != null) {
                        found = true;
                        trimmed = tail;
                        break;
                    }
                }
                if (apps.isEmpty() && !found) {
                    continue;
                }
                if (i == segs.size() - 1 || !found) {
                    continue;
                }
                break;
            }
            if (x == y) {
                continue; // no first word
            }
            // "de Vries said", "van der Berg said": a surname whose particle opens the sentence's subject in lower case
            boolean capital = w.capital(x) || particleSurname(w, x, y);
            if ((w.lowerIs(x, "whom") || w.lowerIs(x, "who") || w.lowerIs(x, "which") || w.lowerIs(x, "that")) && i > 0
                    && y - x > 1 && !relativeSubject(w, x)) {
                // "Clinton, whom he called ...", "Trump, who he blasted as ..." (the object's "who" of speech):
                // the speaker is the relative clause's subject: the segment
                // past as many characters as its first word has, stripped
                ownFrom = segs.strippedFrom(i) + w.length(x);
                ownTo = segs.strippedTo(i);
                ownFrom = QuotedText.stripStart(a, ownFrom, ownTo);
                ownTo = QuotedText.stripEnd(a, ownFrom, ownTo);
                found = true;
                break;
            }
            if (i > 0 && partyTag(a, segs.strippedFrom(i), segs.strippedTo(i)) && partyTag(segs.get(i))) {
                // "Paul Ryan, R-Wis., said": the party-and-state tag describes the name before it
                apps.add(0, segs.get(i));
                appSegs[apps.size() - 1] = i;
                continue;
            }
            boolean relative = (w.lowerIs(x, "who") || w.lowerIs(x, "which") || w.lowerIs(x, "that")) && i > 0;
            // "Rep. Keith Ellison, a Minnesota Democrat, tweeted": an indefinite description after a comma is
            // the name's appositive, though it ends in capitals
            boolean indefiniteAppositive = i > 0 && (w.lowerIs(x, "a") || w.lowerIs(x, "an") || orgDescription(w, x, y));
            if (!relative && (capital || w.lowerIn(PRONOUN_SET, x) || !indefiniteAppositive && endsWithName(w, x, y))) {
                found = true;
                coreFrom = x;
                coreTo = y;
                break;
            }
            apps.add(0, segs.get(i));
            appSegs[apps.size() - 1] = i;
        }
        if (listEnd >= 0) {
            apps.clear();
            trimmed = listEnd == segs.size() - 1 ? tailCore(a, segs, listEnd) : null;
            found = trimmed != null;
        }
        if (!found && listed > 0 && listed == apps.size()) {
            // "Lee, Smith, and Jones said": the list is the speaker
            trimmed = String.join(", ", apps);
            apps.clear();
            listed = 0;
            found = true;
        }
        if (!found) {
            if (apps.isEmpty()) {
                return null;
            }
            apps.remove(0);
            int i = appSegs[apps.size()]; // the segment added last, which stood first
            coreFrom = w.firstAt(segs.from(i));
            coreTo = w.firstAt(segs.to(i));
            if (coreFrom == coreTo || !w.lowerIn(DETERMINER_SET, coreFrom)) {
                return null;
            }
        }
        String core;
        if (trimmed != null) {
            core = trimmed;
        } else if (coreFrom >= 0) {
            core = trimCore(w, coreFrom, coreTo);
        } else {
            WordTable own = WordTable.of(a, ownFrom, ownTo);
            core = trimCore(own, 0, own.size());
        }
        if (core == null) {
            return null;
        }
        if (listed > 0 && listed <= apps.size()) {
            // the list's items go with the part that opens the list: one appositive, or the core
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
        for (String x : apps) {
            text.append(", ").append(x);
        }
        return new Phrase(text.toString(), core, List.copyOf(apps));
    }

    /** The core the last segment {@code k} gives read alone, as a clause opener's subject ("and Trump"), or null. */
    private static String tailCore(char[] a, Segments segs, int k) {
        WordTable t = WordTable.of(a, segs.strippedFrom(k), segs.strippedTo(k));
        return trimCore(t, 0, t.size());
    }

    /**
     * Whether the segment {@code [x, y)} of {@code w} may be a list's last item: "and" or "or" and one to
     * three words, lower-case nouns ("and migration") or capitalised ("and Florida"); not a determiner,
     * pronoun or adverb ("and the minister", "and later").
     */
    private static boolean listTail(WordTable w, int x, int y) {
        if (y - x < 2 || y - x > 4 || !(w.lowerIs(x, "and") || w.lowerIs(x, "or"))) {
            return false;
        }
        int k = x + 1;
        if (w.lowerIn(DETERMINER_SET, k) || w.lowerIn(PRONOUN_SET, k) || w.lowerIn(TRAILING_SET, k) || w.lowerIn(CONNECTOR_SET, k)
                || w.lowerEndsWith(k, "ly") || w.lowerEndsWith(k, "ing") || w.lowerEndsWith(k, "ed")) {
            return false;
        }
        return !w.capital(k) || allCapital(w, k, y);
    }

    /** Whether the segment {@code [x, y)} of {@code w} is one to three words of a list whose last item is {@code capital} or not. */
    private static boolean listItem(WordTable w, int x, int y, boolean capital) {
        if (y - x < 1 || y - x > 3 || w.lowerIn(DETERMINER_SET, x) || w.lowerIn(PRONOUN_SET, x)
                || w.lowerIn(Lexicon.get().clauseOpenerSet, x) || !Character.isLetter(w.first(x))) {
            return false;
        }
        for (int k = x; k < y; k++) {
            if (w.isRole(k)) {
                return false; // "director of parks" opens the list, and is the name's appositive
            }
        }
        return capital ? allCapital(w, x, y) : !w.capital(x);
    }

    private static boolean allCapital(WordTable w, int x, int y) {
        for (int k = x; k < y; k++) {
            if (!w.capital(k)) {
                return false;
            }
        }
        return true;
    }

    private static final WordSet ORG_WORDS = new WordSet(Lexicon.get().orgWords);

    /**
     * Whether the segment {@code [x, y)} of {@code w} is a definite description that ends in an
     * organisation's name ("the top Democrat on the House Appropriations Committee"): after a comma it is
     * the appositive of the name before it ({@code Rep. X of Connecticut, the top Democrat on the House
     * Appropriations Committee, called ...}), though its last two words are capitals and it holds a role.
     */
    private static boolean orgDescription(WordTable w, int x, int y) {
        return y - x > 2 && w.lowerIs(x, "the") && w.in(ORG_WORDS, y - 1);
    }

    /**
     * Whether the segment {@code [x, y)} of {@code w} is a subject after a sentence's conjunction, set off
     * from its cue by appositives ({@code But a senior official, who spoke on condition of anonymity,
     * said}): "but", "and" or "yet", then a determiner or a capitalised word that opens no clause. The
     * conjunction made the segment read as a clause opener, and the relative appositive after it was
     * taken for the speaker. Asked only with a "who", "whose" or "whom" clause right after it (a segment right before the cue
     * is trimmed, and "And the next day, the official, ..." names its subject in the segment after it).
     */
    private static boolean connectedSubject(WordTable w, int x, int y) {
        return y - x > 1 && (w.lowerIs(x, "but") || w.lowerIs(x, "and") || w.lowerIs(x, "yet"))
                && (w.lowerIn(DETERMINER_SET, x + 1) || w.capital(x + 1)) && !w.lowerIn(Lexicon.get().clauseOpenerSet, x + 1)
                && !w.lowerIn(PRONOUN_SET, x + 1);
    }

    /**
     * Whether a relative clause's pronoun, the word at {@code a} of {@code w}, is its subject ("which
     * represents New York City educators"): a verb follows it, not a subject of its own ("whom he called",
     * "which the senator said").
     */
    private static boolean relativeSubject(WordTable w, int a) {
        int next = a + 1;
        return Character.isLowerCase(w.first(next)) && !w.lowerIn(PRONOUN_SET, next) && !w.lowerIn(DETERMINER_SET, next);
    }

    /** The phrase that follows an inverted cue ("said Li Shuang, deputy director of the base"). */
    static Phrase afterCue(String raw) {
        return afterCue(raw.toCharArray(), 0, raw.length());
    }

    /** {@link #afterCue(String)} of the text {@code t[from, to)}, read in place ({@link #beforeCue(char[], int, int)}). */
    static Phrase afterCue(char[] t, int from, int to) {
        int f = QuotedText.stripStart(t, from, to);
        int e = QuotedText.stripEnd(t, f, to);
        if (f == e) {
            return null;
        }
        Segments segs = segments(t, f, e);
        WordTable w = WordTable.of(t, f, e);
        int a = w.firstAt(segs.from(0));
        int b = w.firstAt(segs.to(0));
        if (a == b) {
            return null; // no first word
        }
        boolean capital = w.capital(a);
        int cut = cutAtPreposition(w, a, b);
        String tag = null;
        int open = partyTagInParentheses(t, segs.strippedFrom(0), segs.strippedTo(0));
        if (open >= 0) {
            tag = new String(t, open + 1, segs.strippedTo(0) - open - 2);
            cut = Math.min(cut, w.firstAt(open));
        } else if ((open = bareTrailingPartyTag(t, segs.strippedFrom(0), segs.strippedTo(0))) >= 0) {
            tag = new String(t, open, segs.strippedTo(0) - open);
            cut = Math.min(cut, w.firstAt(open));
        }
        if (!(capital || w.lowerIn(DETERMINER_SET, a) || w.lowerIn(PRONOUN_SET, a) || roleAndName(w, a, cut))
                || w.lowerIn(Lexicon.get().clauseOpenerSet, a)) {
            return null;
        }
        // " who " is looked for in place: most first segments have none
        String relative = holds(t, segs.strippedFrom(0), segs.strippedTo(0), " who ") ? restrictiveRelative(segs.get(0)) : null;
        String core = w.join(a, cut);
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
        if (apps.isEmpty()) {
            return new Phrase(core, core, List.of());
        }
        StringBuilder text = new StringBuilder(core);
        for (String x : apps) {
            // a restrictive relative follows its noun without a comma, as written
            text.append(x == relative ? " " : ", ").append(x);
        }
        return new Phrase(text.toString(), core, List.copyOf(apps));
    }

    private static final WordSet OCCASION_START_SET = new WordSet(OCCASION_START);
    private static final WordSet COMPLEMENT_TAKER_SET = new WordSet(COMPLEMENT_TAKERS);
    private static final WordSet ALWAYS_CUT_SET = new WordSet(ALWAYS_CUT);
    private static final WordSet WEEKDAYS = new WordSet(List.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday"));

    /**
     * Where the phrase of the words {@code [a, b)} of {@code w} ends, as an index of {@code w} ({@code b}
     * when nothing is cut): "said Trump on Monday" gives "Trump"; but "one Democratic source on the
     * panel" and "an analyst at Evercore" keep their prepositional phrase: only time and occasion
     * phrases are cut.
     */
    private static int cutAtPreposition(WordTable w, int a, int b) {
        for (int k = a + 1; k < b; k++) {
            boolean next = k + 1 < b;
            boolean onIn = w.is(k, "on") || w.is(k, "in");
            boolean occasion = (onIn || w.is(k, "at")) && next && w.lowerIn(OCCASION_START_SET, k + 1)
                    || onIn && next && (w.in(WEEKDAYS, k + 1) || Character.isDigit(w.first(k + 1)));
            boolean day = w.in(WEEKDAYS, k) && !w.lowerIn(DETERMINER_SET, k - 1);
            // "a source close to the campaign", "envoy to Lakeland Ines Calder": the preposition's object
            // belongs to the description
            boolean complement = w.lowerIn(COMPLEMENT_TAKER_SET, k - 1) || w.is(k, "to") && w.lowerIn(Lexicon.get().postedTitles, k - 1);
            if (occasion || day || w.in(ALWAYS_CUT_SET, k) && !complement) {
                return k;
            }
        }
        return b;
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

    /**
     * {@link #isClauseOpener(String)} of a stripped segment whose words are {@code [a, b)} of {@code w} and
     * whose first character is {@code first}.
     */
    static boolean isClauseOpener(WordTable w, int a, int b, char first) {
        if (a == b) {
            return false;
        }
        if (w.lowerEndsWith(a, "ing") && w.lowerLength(a) > 5 && !w.lowerIn(ING_NOUN_SET, a)) {
            return true;
        }
        if (w.lowerIn(Lexicon.get().clauseOpenerSet, a)) {
            return !(w.lowerIs(a, "this") || w.lowerIs(a, "last")) || !Character.isUpperCase(first);
        }
        return false;
    }

    /**
     * The speaker's core in the words {@code [a, b)} of {@code w}: leading connectors dropped, the last
     * noun phrase after a clause opener or a boundary word, a long phrase cut to the name that opens it;
     * null when what is left opens with no capital, pronoun or determiner and ends in no role and name.
     */
    private static String trimCore(WordTable w, int a, int b) {
        int from = a;
        while (from < b - 1 && w.lowerIn(CONNECTOR_SET, from)) {
            from++;
        }
        boolean npStart = from < b && (w.capital(from) || w.lowerIn(PRONOUN_SET, from) || w.lowerIn(DETERMINER_SET, from));
        if (from < b && (w.lowerIn(Lexicon.get().clauseOpenerSet, from) || !npStart && !endsWithName(w, a, b))) {
            int opener = from;
            // a name opens the phrase unless it goes on a run of capitalised words, whose first word opens it
            int start = lastPhraseStart(w, b, from, opener);
            if (start < 0) {
                return null;
            }
            from = start;
        }
        for (int k = b - 2; k >= from; k--) {
            if (w.in(BOUNDARY_SET, k) && !(k > from && k + 1 < b && w.capital(k - 1) && w.capital(k + 1) && w.is(k, "and"))) {
                from = k + 1;
                break;
            }
        }
        if (b - from > 10) {
            // a long phrase: a name opens it after a lower-case word other than "of" ("Ministry of Finance" goes on)
            int start = lastPhraseStart(w, b, from, -1);
            if (start < 0 || b - start > 14) {
                return null;
            }
            from = start;
        }
        if (!(w.capital(from) || w.lowerIn(PRONOUN_SET, from) || w.lowerIn(DETERMINER_SET, from) || endsWithName(w, from, b))) {
            return null;
        }
        return w.join(from, b);
    }

    /**
     * Where the last noun phrase of the words before {@code end} of {@code w} starts, looking back to just
     * after {@code from}: at a determiner or pronoun, or at a capitalised word that {@link #nameOpens}
     * accepts by its index; -1 when none does. The two callers differ only in which capitalised words
     * open a phrase ({@code opener}, see there). A flag, not a predicate: a lambda whose call site the
     * class-data archive's training did not reach is generated at run time, in a one-file parse of many
     * a story with long attributions.
     */
    private static int lastPhraseStart(WordTable w, int end, int from, int opener) {
        for (int k = end - 1; k > from; k--) {
            if (w.lowerIn(DETERMINER_SET, k) || w.lowerIn(PRONOUN_SET, k)) {
                return k;
            }
            if (w.capital(k) && nameOpens(w, k, opener)) {
                return k;
            }
        }
        return -1;
    }

    /**
     * Whether the capitalised word at {@code k} of {@code w} opens the phrase. After a clause opener at
     * {@code opener}: the word right after it, or one after a lower-case word (a name opens the phrase
     * unless it goes on a run of capitalised words). In a long phrase ({@code opener} -1): one after a
     * lower-case word other than "of" ("Ministry of Finance" goes on).
     */
    private static boolean nameOpens(WordTable w, int k, int opener) {
        if (opener >= 0) {
            return k == opener + 1 || !w.capital(k - 1);
        }
        return !w.capital(k - 1) && !w.is(k - 1, "of");
    }

    /**
     * Whether the words {@code [x, y)} are a surname that opens with its particles in lower case: one or
     * two particles ({@link NameIndex#PARTICLE_SET}, as written) and one capitalised word.
     */
    private static boolean particleSurname(WordTable w, int x, int y) {
        int k = x;
        while (k < y - 1 && k - x < 2 && w.in(NameIndex.PARTICLE_SET, k)) {
            k++;
        }
        return k > x && k == y - 1 && w.capital(k);
    }

    /**
     * "head coach Reza Ghasemi": the words {@code [a, b)} of {@code w} are a lowercase role that ends in a
     * capitalised name; or "economist Jane Roe of the central bank", "spokesman Li Wei from the ministry":
     * such a role and name, then "of", "at" or "from" and what the person belongs to, which may be lower case.
     */
    private static boolean roleAndName(WordTable w, int a, int b) {
        if (endsWithName(w, a, b)) {
            return true;
        }
        for (int m = a + 2; m < b && m - a <= 8; m++) {
            if (w.in(BELONGS, m) && w.capital(m - 1) && w.capital(m - 2) && endsWithName(w, a, m)) {
                return true;
            }
        }
        return false;
    }

    /** Prepositions after a name that say where the person belongs ("of the Sierra Club", "at Evercore"). */
    static final WordSet BELONGS = new WordSet(List.of("of", "at", "from"));

    private static boolean endsWithName(WordTable w, int a, int b) {
        int n = b - a;
        if (n < 2 || n > 8) {
            return false;
        }
        if (!(w.capital(b - 1) && w.capital(b - 2))) {
            return false;
        }
        Lexicon lex = Lexicon.get();
        for (int k = a; k < b; k++) {
            if (w.isRole(k) || w.in(lex.honorificSet, k)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #endsWithName(WordTable, int, int)} of a whole segment. */
    static boolean endsWithName(String seg) {
        WordTable w = WordTable.of(seg);
        return endsWithName(w, 0, w.size());
    }

    /**
     * {@code s} without the adverbs and auxiliaries that trail a speaker ("Trump also", "the minister
     * has"), one space-separated word at a time; each is asked in place and the text copied once.
     */
    private static String stripTrailing(String s) {
        int e = s.length();
        while (true) {
            int sp = s.lastIndexOf(' ', e - 1);
            if (sp < 0) {
                return e == s.length() ? s : s.substring(0, e);
            }
            int ls = sp + 1;
            boolean adverb = WordTable.lowerEndsWith(s, ls, e, "ly") && WordTable.lowerLength(s, ls, e) > 4
                    && !Character.isUpperCase(s.charAt(ls)) && !LY_NOUN_SET.hasLower(s, ls, e);
            if (!(TRAILING_SET.hasLower(s, ls, e) || adverb)) {
                return e == s.length() ? s : s.substring(0, e);
            }
            e = sp;
            while (e > 0 && Character.isWhitespace(s.charAt(e - 1))) {
                e--;
            }
        }
    }

    /** Where {@link #stripTrailing(String)} would end the stripped text {@code a[from, to)}: read in place. */
    private static int trailingEnd(char[] a, int from, int to) {
        int e = to;
        while (true) {
            int sp = e - 1;
            while (sp >= from && a[sp] != ' ') {
                sp--;
            }
            if (sp < from) {
                return e;
            }
            int ls = sp + 1;
            boolean adverb = WordTable.lowerEndsWith(a, ls, e, "ly") && WordTable.lowerLength(a, ls, e) > 4
                    && !Character.isUpperCase(a[ls]) && !LY_NOUN_SET.hasLower(a, ls, e);
            if (!(TRAILING_SET.hasLower(a, ls, e) || adverb)) {
                int day = dayStart(a, from, ls, e);
                if (day < 0) {
                    day = catenativeStart(a, from, ls, e);
                }
                if (day < 0) {
                    return e;
                }
                sp = day - 1;
            }
            e = QuotedText.stripEnd(a, from, sp);
        }
    }

    /** Verbs and adjectives that take the verb of saying as an infinitive: "likes to say", "was quick to add". */
    private static final WordSet CATENATIVE_SET = new WordSet(List.of("like", "likes", "liked", "love", "loves", "loved",
            "use", "used", "want", "wants", "wanted", "continue", "continues", "continued", "tend", "tends", "tended",
            "seem", "seems", "seemed", "appear", "appears", "appeared", "hasten", "hastens", "hastened", "rush", "rushed",
            "quick", "careful", "eager", "keen", "happy", "able", "proceeded", "expected", "scheduled", "on"));

    /** The verbs "on" follows before its "to" in "went on to say". */
    private static final WordSet GO_SET = new WordSet(List.of("go", "goes", "went", "going"));

    /**
     * Where the verb that takes a trailing "to" as its infinitive's mark opens, when {@code a[ls, e)} is that
     * "to": {@code The president likes to say that "..."}, {@code Priebus went on to say}, {@code Ryan
     * was quick to add}: the speaker is the subject before the verb, not "The president likes to". -1
     * otherwise. "on" is that verb only after "went", "goes" or "go" ("went on to say").
     */
    private static int catenativeStart(char[] a, int from, int ls, int e) {
        if (e - ls != 2 || (a[ls] | 0x20) != 't' || (a[ls + 1] | 0x20) != 'o') {
            return -1;
        }
        int pe = QuotedText.stripEnd(a, from, ls);
        int ps = pe;
        while (ps > from && a[ps - 1] != ' ') {
            ps--;
        }
        if (ps == pe || !CATENATIVE_SET.hasLower(a, ps, pe)) {
            return -1;
        }
        if (pe - ps == 2 && (a[ps] | 0x20) == 'o') {
            int ge = QuotedText.stripEnd(a, from, ps);
            int gs = ge;
            while (gs > from && a[gs - 1] != ' ') {
                gs--;
            }
            return gs > from && GO_SET.hasLower(a, gs, ge) ? gs : -1;
        }
        return ps == from ? -1 : ps;
    }

    private static final WordSet DAY_PARTS = new WordSet(List.of("morning", "afternoon", "evening", "night"));
    private static final WordSet DAY_LEADS = new WordSet(List.of("on", "late", "early"));

    /**
     * Where a day that ends the subject before its cue starts, when the word {@code a[ls, e)} ends one, or
     * -1: "President Ann Roe on Saturday told ...", "Gov. Tom Hale late Tuesday night called the bill
     * ..." put the day between subject and verb, and the subject was read with it ("Ann Roe on Saturday"
     * as a source of its own). A weekday with a capital, its part of the day after it and "on", "late"
     * or "early" before it.
     */
    private static int dayStart(char[] a, int from, int ls, int e) {
        if (DAY_PARTS.has(a, ls, e)) {
            int pe = QuotedText.stripEnd(a, from, ls);
            ls = wordStart(a, from, pe);
            e = pe;
        }
        if (ls >= e || !WEEKDAYS.has(a, ls, e)) {
            return -1;
        }
        int start = ls;
        int pe = QuotedText.stripEnd(a, from, ls);
        int ps = wordStart(a, from, pe);
        if (ps < pe && DAY_LEADS.hasLower(a, ps, pe)) {
            start = ps;
        }
        return start > from ? start : -1;
    }

    /** Where the word that ends at {@code end} starts: after the last space before it, and not before {@code from}. */
    private static int wordStart(char[] a, int from, int end) {
        int ps = end - 1;
        while (ps >= from && a[ps] != ' ') {
            ps--;
        }
        return ps + 1;
    }

    /** Whether {@code a[from, to)} holds {@code w}. */
    private static boolean holds(char[] a, int from, int to, String w) {
        int n = w.length();
        char c0 = w.charAt(0);
        for (int i = from; i + n <= to; i++) {
            if (a[i] != c0) {
                continue;
            }
            int k = 1;
            while (k < n && a[i + k] == w.charAt(k)) {
                k++;
            }
            if (k == n) {
                return true;
            }
        }
        return false;
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
     * The text {@code s[from, to)} split at commas and at spaced dashes ({@code " — ", " – ", " -- ", " - "}),
     * each part stripped. The cuts are found in one pass, but a part is copied only when asked for: the
     * search for a speaker walks the parts from one end and nearly always stops at the first or second.
     */
    private static Segments segments(char[] s, int from, int to) {
        int[] bounds = new int[8];
        int count = 0;
        int start = from;
        int n = to;
        for (int i = from; i < n; i++) {
            char c = s[i];
            if (c > ' ' && c < 128 && c != ',') {
                continue; // neither a comma nor white space: most characters
            }
            int cut = -1;
            if (c == ',') {
                cut = i + 1;
            } else if (WordTable.whitespace(c) && i + 1 < n) {
                char d = s[i + 1];
                if (d == '—' || d == '–') {
                    cut = i + 2 < n && WordTable.whitespace(s[i + 2]) ? i + 3 : i + 2;
                } else if (d == '-' && i + 2 < n && WordTable.whitespace(s[i + 2])) {
                    cut = i + 3;
                } else if (d == '-' && i + 3 < n && s[i + 2] == '-' && WordTable.whitespace(s[i + 3])) {
                    cut = i + 4;
                }
            }
            if (cut >= 0) {
                bounds = part(bounds, count++, start, i);
                start = Math.min(cut, n);
                i = start - 1;
            }
        }
        bounds = part(bounds, count, start, n);
        return new Segments(s, bounds, count + 1);
    }

    /** {@code bounds} with part {@code k} set to {@code [from, to)}, grown when it is full. */
    private static int[] part(int[] bounds, int k, int from, int to) {
        int[] b = 2 * k + 2 > bounds.length ? Arrays.copyOf(bounds, bounds.length * 2) : bounds;
        b[2 * k] = from;
        b[2 * k + 1] = to;
        return b;
    }

    /** The parts {@link #segments} cut, as stretches of the array; each copied and stripped on first use. */
    private static final class Segments extends java.util.AbstractList<String> {
        private final char[] s;
        private final int[] bounds;
        private final String[] made;

        Segments(char[] s, int[] bounds, int size) {
            this.s = s;
            this.bounds = bounds;
            this.made = new String[size];
        }

        @Override
        public String get(int k) {
            String x = made[k];
            if (x == null) {
                int a = strippedFrom(k);
                x = new String(s, a, strippedTo(k) - a);
                made[k] = x;
            }
            return x;
        }

        @Override
        public int size() {
            return made.length;
        }

        /** Where part {@code k} starts in the array, before it is stripped. */
        int from(int k) {
            return bounds[2 * k];
        }

        /** Where part {@code k} ends in the array, before it is stripped. */
        int to(int k) {
            return bounds[2 * k + 1];
        }

        /** Where part {@code k} starts once stripped ({@link #strippedTo} when it is blank). */
        int strippedFrom(int k) {
            int a = bounds[2 * k];
            int b = bounds[2 * k + 1];
            while (a < b && WordTable.whitespace(s[a])) {
                a++;
            }
            return a;
        }

        /** Where part {@code k} ends once stripped. */
        int strippedTo(int k) {
            int a = bounds[2 * k];
            int b = bounds[2 * k + 1];
            while (b > a && WordTable.whitespace(s[b - 1])) {
                b--;
            }
            return b;
        }

        /** Whether part {@code k} is white space only. */
        boolean blank(int k) {
            return strippedFrom(k) == bounds[2 * k + 1];
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
            if (!WordTable.letterOrDigit(s.charAt(i))) {
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
            if (WordTable.letterOrDigit(s.charAt(i))) {
                int e = i + 1;
                while (e < n && wordTail(s.charAt(e))) {
                    e++;
                }
                return s.substring(i, e);
            }
        }
        return "";
    }

    /**
     * Whether {@code c} goes on a word {@link #words} reads: a letter or digit, {@code . ' ’ -}. ASCII by a
     * table, so that C1 code (batches) inlines it: the word walks ask it of every character.
     */
    static boolean wordTail(char c) {
        return c < 128 ? ASCII_WORD_TAIL[c] : c == '’' || Character.isLetterOrDigit(c);
    }

    private static final boolean[] ASCII_WORD_TAIL = new boolean[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_WORD_TAIL[c] = Character.isLetterOrDigit(c) || c == '.' || c == '\'' || c == '-';
        }
    }
}
