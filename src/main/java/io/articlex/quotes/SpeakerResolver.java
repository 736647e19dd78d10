package io.articlex.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the words at a quote into a canonical speaker, the way a careful reader would:
 * a surname to the full name introduced in the article ("Shamkhani" → "Ali Shamkhani"); a pronoun
 * to the nearest compatible named person; a role description to the person the article names in
 * that role, or, when the lead describes someone the next paragraph names, to that person (the
 * seed's "The Secretary of the Supreme National Security Council of Iran" → Ali Shamkhani);
 * organisations stay as written. Null when nothing in the article supports a name.
 */
final class SpeakerResolver {

    /** A resolved speaker and the role words the attribution gave them. */
    record Resolved(String name, List<String> roles, boolean person) {
    }

    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "across", "outside",
            "inside", "into", "toward", "towards", "around", "throughout", "to", "In", "At", "From", "Across", "Outside");
    private static final Set<String> LINKERS = Set.of("of", "the", "for", "at", "in", "on", "to", "and", "'s");
    /**
     * First words of a speaker phrase (any case) that make it a description of someone not yet named
     * ("a spokesman") or of someone the text names ("the minister", "her lawyer"): asked of every phrase,
     * most of them names, without a lower-cased copy of its first word.
     */
    private static final WordSet INDEFINITE_SET = new WordSet(List.of("a", "an", "one", "another", "some", "several"));
    /** Prepositions that tie an indefinite description to a place or a body ("a banner at ...", "a spokesman for ..."). */
    private static final WordSet PREPOSITION_SET = new WordSet(List.of("of", "for", "at", "in", "on", "to", "from", "outside", "near"));
    private static final WordSet DESCRIBING_SET = new WordSet(List.of("the", "his", "her", "their", "its"));

    private final NameIndex index;
    private final List<String> paragraphs;
    /** Earlier resolved speakers: name, paragraph, person? */
    private final List<Object[]> history = new ArrayList<>();
    /**
     * Answers for phrases that are no pronoun, by what decides them: the words, the appositions and the
     * paragraph (only a pronoun's answer depends on the quote's place and on the speakers before it).
     * A paragraph of several quotes lends them one attribution, and a speaker named again in the same
     * paragraph ("Smith said ... Smith added") asks the same: a quarter of the resolutions per article.
     * The lists in an answer are only read by the callers.
     */
    private final Map<Asked, Resolved> named = new HashMap<>();

    /**
     * What a phrase that is no pronoun is resolved from ({@link #named}). Not a record: a record's
     * {@code hashCode} and {@code equals} run through method handles, which the C1 code of most parses
     * does not inline.
     */
    private static final class Asked {
        private final String core;
        private final List<String> appositives;
        private final int paragraph;
        private final int hash;

        Asked(String core, List<String> appositives, int paragraph) {
            this.core = core;
            this.appositives = appositives;
            this.paragraph = paragraph;
            this.hash = (core.hashCode() * 31 + appositives.hashCode()) * 31 + paragraph;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Asked a && a.hash == hash && a.paragraph == paragraph && a.core.equals(core)
                    && a.appositives.equals(appositives);
        }
    }

    SpeakerResolver(List<String> paragraphs, NameIndex index) {
        this.paragraphs = paragraphs;
        this.index = index;
    }

    Resolved resolve(Phrase phrase, int paragraph, int offset) {
        Resolved r;
        if (phrase.isPronoun()) {
            r = pronoun(phrase.core(), paragraph, offset);
        } else {
            Asked key = new Asked(phrase.core(), phrase.appositives(), paragraph);
            r = named.get(key);
            if (r == null) {
                r = resolveCore(phrase, paragraph);
                named.put(key, r);
            }
            if (!r.person()) {
                Resolved one = describedBefore(phrase.core(), r, paragraph, offset);
                r = one != null ? one : r;
            }
        }
        if (r != null && r.name() != null) {
            history.add(new Object[] {r.name(), paragraph, r.person()});
        }
        return r;
    }

    /**
     * The person a definite description headed by a role noun stands for when its paragraph has named
     * exactly one person before the quote at {@code offset}: "Sen. Elizabeth Warren pressed him on
     * housing costs. "...," the Massachusetts Democrat said." The article named nobody in that role
     * ({@link #byRole} found no one), so only the paragraph's own introduction is trusted: with two people
     * named before the quote ("Sen. X criticised Gov. Y. "...," the Republican said") the description is
     * left as it is. Null when the description does not qualify. The description becomes the person's role.
     */
    private Resolved describedBefore(String core, Resolved unresolved, int paragraph, int offset) {
        String head = core.length() < 5 || !core.regionMatches(true, 0, "the ", 0, 4) ? null : Roles.head(core);
        boolean kind = head == null && personKind(core);
        if (!kind && (head == null || head.endsWith("s") && !head.endsWith("ss"))) {
            return null; // "the members": a plural stands for several
        }
        for (String w : Phrase.words(core)) {
            if (NameIndex.isOrgWord(w)) {
                return null; // "the Defense Department", "the White House spokesman" stands for the body
            }
        }
        String who = null;
        for (NameIndex.Occurrence o : index.in(paragraph)) {
            if (o.offset() >= offset) {
                break;
            }
            if (!personLike(o) || core.contains(o.name())) {
                continue; // the description's own capitals ("the Massachusetts Democrat") are no one
            }
            if (o.name().contains("'s") || o.name().contains("’s")) {
                return null; // "ABC's This Week": a possessive makes a title of a show or a body, and who else is named is unknown
            }
            if (who != null && !who.equals(o.name())) {
                return null;
            }
            who = o.name();
        }
        if (who == null && kind && paragraph > 0) {
            who = onlyPerson(paragraph - 1, core);
        }
        if (who == null) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        if (!kind) {
            roles.add(Roles.clean(core));
        }
        roles.addAll(unresolved.roles());
        return new Resolved(who, roles, true);
    }

    /**
     * Whether a description is "the" and a nationality ("the Italian", "the Spaniard") or an age ("the
     * 34-year-old"): words a sports or world story uses for the person it has just named, and no role. With
     * no one named before the quote in its own paragraph, the one person of the paragraph before is meant:
     * {@code City coach Marco Bellini defended his decision. / "...," the Italian told reporters.}
     */
    private static boolean personKind(String core) {
        if (core.length() < 7 || !core.startsWith("the ") || core.indexOf(' ', 4) >= 0) {
            return false;
        }
        String w = core.substring(4);
        return Lexicon.get().demonyms.contains(w)
                || w.endsWith("-year-old") && w.length() > 9 && Character.isDigit(w.charAt(0));
    }

    /** The one person paragraph {@code paragraph} names (other than by the capitals of {@code core}), or null. */
    private String onlyPerson(int paragraph, String core) {
        String who = null;
        for (NameIndex.Occurrence o : index.in(paragraph)) {
            if (!personLike(o) || core.contains(o.name())) {
                continue;
            }
            if (o.name().contains("'s") || o.name().contains("’s") || who != null && !who.equals(o.name())) {
                return null;
            }
            who = o.name();
        }
        return who;
    }

    /**
     * {@code Sen. Tom Hadley and Sen. Rachel Moore said in a joint statement: "..."}: two people joined by
     * one "and" speak together, each a person of their own in {@code people}. Each side is resolved as a
     * phrase of its own and must come out as a person with a name of two words or more ("Johnson and
     * Johnson", "Marks and Spencer" name a company); null otherwise, and for a phrase with a comma (a list
     * or an appositive).
     */
    List<Resolved> pair(Phrase phrase, int paragraph) {
        String core = phrase.core();
        int and = core.indexOf(" and ");
        if (and < 1 || core.indexOf(" and ", and + 5) >= 0 || core.indexOf(',') >= 0 || !phrase.appositives().isEmpty()) {
            return null;
        }
        String a = core.substring(0, and).strip();
        String b = core.substring(and + 5).strip();
        if (a.isEmpty() || b.isEmpty() || !Character.isUpperCase(a.charAt(0)) || !Character.isUpperCase(b.charAt(0))) {
            return null;
        }
        Resolved ra = resolveCore(new Phrase(a, a, List.of()), paragraph);
        Resolved rb = resolveCore(new Phrase(b, b, List.of()), paragraph);
        if (ra == null || rb == null || !ra.person() || !rb.person() || ra.name() == null || rb.name() == null
                || ra.name().indexOf(' ') < 0 || rb.name().indexOf(' ') < 0 || ra.name().equals(rb.name())) {
            return null;
        }
        return List.of(ra, rb);
    }

    /** A pronoun's speaker: the person it refers back to before the quote at {@code offset}. */
    private Resolved pronoun(String core, int paragraph, int offset) {
        String lower = core.toLowerCase(Locale.ROOT);
        if (!PERSON_PRONOUNS.contains(lower)) {
            return new Resolved(null, List.of(), false);
        }
        String who = antecedent(paragraph, offset, lower.startsWith("s") || lower.equals("her") ? 'f' : 'm');
        if (who != null) {
            index.setGender(who, lower.startsWith("s") || lower.equals("her") ? 'f' : 'm');
        }
        return new Resolved(who, List.of(), who != null);
    }

    /**
     * Whether a capitalised word is the plural of an occupation or role noun ("Protesters", "Officials",
     * "Nurses"): the sentence's capital made it look like a surname.
     */
    private static boolean plural(String word) {
        int n = word.length();
        if (n < 4 || word.charAt(n - 1) != 's' || !Character.isLowerCase(word.charAt(1))) {
            return false;
        }
        String one = word.substring(0, n - 1);
        Lexicon lex = Lexicon.get();
        return lex.occupationSet.hasLower(one) || lex.roleSet.hasLower(one)
                || one.endsWith("e") && (lex.occupationSet.hasLower(one, 0, n - 2) || lex.roleSet.hasLower(one, 0, n - 2));
    }

    /**
     * Words that open with someone's name in the possessive and go on in lower case ({@code Mr. Delacroix's
     * budget director}): a description of another person, as one opened by "the" is.
     */
    private static boolean possessed(List<String> w) {
        for (int i = 0; i < Math.min(3, w.size() - 1); i++) {
            String x = w.get(i);
            if (!Character.isUpperCase(x.charAt(0))) {
                return false;
            }
            if (x.endsWith("'s") || x.endsWith("’s")) {
                return Character.isLowerCase(w.get(i + 1).charAt(0));
            }
        }
        return false;
    }

    /**
     * {@code core} without an emphatic reflexive after it ("Vance himself weighed in"): the name is resolved
     * without it, while the mention keeps the words as written.
     */
    private static String withoutReflexive(String core) {
        int sp = core.lastIndexOf(' ');
        if (sp > 0 && (core.endsWith(" himself") || core.endsWith(" herself") || core.endsWith(" themselves"))) {
            return core.substring(0, sp);
        }
        return core;
    }

    /** The speaker of a phrase that is no pronoun. */
    private Resolved resolveCore(Phrase phrase, int paragraph) {
        String core = withoutReflexive(phrase.core());
        List<String> apps = new ArrayList<>();
        for (String a : phrase.appositives()) {
            apps.add(Roles.clean(a));
        }
        List<String> w = Phrase.words(core);
        String first = w.get(0);
        String belongs = null;
        int of = nameThenOf(w);
        if (of > 0) {
            // "Senator John McCain of Arizona", "Stephen Vladeck of the University of Texas": the name, then
            // the place or body it belongs to, which joins its role
            belongs = String.join(" ", w.subList(of, w.size()));
            w = w.subList(0, of);
        }
        boolean indefinite = INDEFINITE_SET.hasLower(first);
        // trailing run of capitalised words after a role: "Festival secretary Mojgan Tavakoli"
        int runStart = w.size();
        while (runStart > 0 && isNameToken(w.get(runStart - 1))) {
            runStart--;
        }
        int holder = TitleOf.holder(w, runStart);
        if (holder > 0) {
            runStart = holder; // "Secretary of State Antony Blinken": the title's organisation goes to the role
        }
        // the description's head noun, read once: asked here, below and by the role reading
        String head = null;
        boolean headRead = false;
        boolean described = DESCRIBING_SET.hasLower(first);
        if (described) {
            head = Roles.head(core);
            headRead = true;
            described = head != null;
        }
        if ((described || indefinite || possessed(w)) && !apps.isEmpty() && personName(apps.get(0))
                && (headRead ? head : (head = Roles.head(core))) != null) {
            // "said the head of the pilots union, Claire Martin": the description is the role of the name after it;
            // so is "Mr. Delacroix's budget director, Helen Yost", whose capitals name the one she works for
            List<String> roles = new ArrayList<>();
            roles.add(Roles.clean(core));
            roles.addAll(apps.subList(1, apps.size()));
            String name = apps.get(0);
            String full = index.fullName(NameIndex.surname(name), paragraph);
            return new Resolved(full != null && full.endsWith(" " + name) ? full : name, roles, true);
        }
        // "the chief executive Helen Mark", "the ambassador to Lakeland Tobias Renn": a description that ends
        // in a name of two words or more right after its role (or a title's organisation) is that person
        boolean namedAfterRole = described && w.size() - runStart >= 2 && runStart > 1
                && (holder > 0 || Lexicon.get().isRole(w.get(runStart - 1)));
        for (int j = runStart; j < w.size() && namedAfterRole; j++) {
            namedAfterRole = !NameIndex.isOrgWord(w.get(j)); // "the president of the American Farm Bureau"
        }
        if (described && !namedAfterRole) {
            Resolved byRole = resolvedByRole(core, head, apps, paragraph);
            if (byRole != null) {
                return byRole;
            }
        }
        // "Council Majority Leader Wendy Okonkwo": an organisation word inside a title is no organisation
        int afterTitle = afterLastTitle(w, runStart);
        boolean org = described && !namedAfterRole;
        for (int j = afterTitle; j < w.size() && !org; j++) {
            org = NameIndex.isOrgWord(w.get(j));
        }
        if (indefinite && !org) {
            // "a banner at the state Capitol", "a spokesman for Sen. Ann Berg": the capitals after the
            // preposition of an indefinite description name where the speaker stands or whom they serve
            for (int j = 1; j < runStart && !org; j++) {
                org = PREPOSITION_SET.hasLower(w.get(j));
            }
        }
        // "the Rev. William Barber": an honorific after "the" opens the name's run, and the article is no linker
        boolean theHonorific = runStart == 1 && w.size() >= 4 && Lexicon.get().honorifics.contains(w.get(1));
        // "Federal Reserve Bank of Chicago President Anna Lewis": an organisation's "of", its place, a title and a
        // name of two words; the "of" links the title to the organisation, not the speaker to a description
        boolean orgOfTitled = runStart >= 2 && afterTitle > runStart && w.size() - afterTitle >= 2 && isNameToken(first)
                && w.get(runStart - 1).equals("of") && NameIndex.isOrgWord(w.get(runStart - 2));
        if (indefinite && w.size() == 1) {
            return new Resolved(core, apps, false); // "One called the speech '...'": a pronoun of number, no one's name
        }
        if (!org && runStart < w.size()
                && !(runStart > 0 && !theHonorific && !orgOfTitled && LINKERS.contains(w.get(runStart - 1).toLowerCase(Locale.ROOT)))) {
            List<String> name = new ArrayList<>(w.subList(runStart, w.size()));
            List<String> roles = new ArrayList<>(apps);
            List<String> pre = new ArrayList<>(w.subList(0, runStart));
            while (!name.isEmpty() && Lexicon.get().honorifics.contains(name.get(0)) && name.size() > 1) {
                pre.add(name.remove(0));
            }
            while (name.size() > 1 && isTitleWord(name.get(0))) {
                pre.add(name.remove(0));
            }
            boolean occupation = name.size() >= 3 && Lexicon.get().occupationSet.hasLower(name.get(0));
            if (occupation) {
                // "Pharmacist Linda Park, Radio North: ...": an occupation capitalised at the sentence's start
                // before a name of two words or more is a role (a trade as a surname ends a name, "Tom Baker")
                pre.add(name.remove(0));
            }
            boolean trade = false;
            // "Martin Luther King III": an honorific's word before a generational suffix is the surname
            int lastTitled = NameIndex.isSuffix(name.get(name.size() - 1), 0) ? name.size() - 3 : name.size() - 2;
            for (int j = lastTitled; j >= 0; j--) {
                if (isTitleWord(name.get(j)) || Lexicon.get().honorifics.contains(name.get(j))
                        || name.size() - j >= 3 && Lexicon.get().occupationSet.hasLower(name.get(j))) {
                    // "FEMA Administrator Deanne Criswell": a capitalised occupation before a name of two words
                    trade = !isTitleWord(name.get(j)) && !Lexicon.get().honorifics.contains(name.get(j));
                    for (int d = 0; d <= j; d++) {
                        pre.add(name.remove(0));
                    }
                    break;
                }
            }
            String last = name.get(name.size() - 1);
            if (last.endsWith("'s") || last.endsWith("’s")) {
                name.set(name.size() - 1, last.substring(0, last.length() - 2));
            }
            if (!pre.isEmpty()) {
                String role = String.join(" ", pre);
                if (Roles.head(role) != null || occupation && pre.size() == 1 || trade) {
                    roles.add(0, Roles.clean(belongs != null ? role + " " + belongs : role));
                    belongs = null;
                }
            }
            if (belongs != null) {
                roles.add(Roles.clean(belongs.substring(belongs.indexOf(' ') + 1))); // "of the Sierra Club": "Sierra Club"
            }
            String canonical = String.join(" ", name);
            if (name.size() == 1 && pre.isEmpty() && plural(canonical)) {
                return new Resolved(core, apps, false); // "Protesters shouted ...": a plural noun opening the sentence
            }
            if (name.size() == 1) {
                String full = index.fullName(canonical, paragraph);
                Character g = pre.isEmpty() ? null : NameIndex.honorificGender(pre.get(pre.size() - 1));
                Character given = full == null || g == null ? null : NameIndex.givenGender(full);
                if (given != null && !g.equals(given)) {
                    String namesake = namesakeOf(canonical, g);
                    // no full name of theirs: the honorific stays, so that the surname is not folded into the other
                    full = namesake != null ? namesake : pre.get(pre.size() - 1) + " " + canonical;
                }
                if (full != null) {
                    canonical = full;
                } else if (pre.isEmpty() && index.companyName(canonical)) {
                    return new Resolved(canonical, apps, false); // "Acme said in a statement" after "Acme Corp"
                }
            } else {
                String full = index.fullName(NameIndex.surname(canonical), paragraph);
                if (full != null && full.endsWith(" " + canonical)) {
                    canonical = full;
                }
            }
            return new Resolved(canonical, roles, true);
        }
        if (!org && !indefinite && (headRead ? head : (head = Roles.head(core))) != null) {
            Resolved byRole = resolvedByRole(core, head, apps, paragraph);
            if (byRole != null) {
                return byRole;
            }
        }
        return new Resolved(core, apps, false);
    }

    /**
     * Where "of", "at" or "from" follows the first capitalised run of a phrase that opens with it or with
     * up to three lower-case words ending in a role, "the" first among them ("economist Maria Lopez of the
     * Central Bank", "the chief economist Ingrid Solberg of the University of Bergen"), the run of two words or more
     * and the phrase going on after the preposition; -1 otherwise. A run that follows a title and its "of"
     * ("Secretary of State ...") or a determiner is left to the readings below.
     */
    private static int nameThenOf(List<String> w) {
        int k = 0;
        while (k < 3 && k + 1 < w.size() && !isNameToken(w.get(k))) {
            if (Phrase.DETERMINERS.contains(w.get(k).toLowerCase(Locale.ROOT)) && !(k == 0 && w.get(k).equalsIgnoreCase("the"))) {
                return -1;
            }
            k++;
        }
        if (k > 0 && !Lexicon.get().isRole(w.get(k - 1))) {
            return -1;
        }
        int j = k;
        while (j < w.size() && isNameToken(w.get(j))) {
            j++;
        }
        if (j - k < 2 || j + 1 >= w.size() || !Phrase.BELONGS.has(w.get(j))) {
            return -1;
        }
        int plain = 0;
        for (int x = k; x < j; x++) {
            if (NameIndex.isOrgWord(w.get(x))) {
                return -1; // "Bank of America", "Council of Europe": an organisation's own "of"
            }
            if (!isTitleWord(w.get(x)) && !Lexicon.get().honorifics.contains(w.get(x))) {
                plain++;
            }
        }
        // a name of two words besides its titles, ending in none: "Executive Director of ..." is a title
        return plain >= 2 && !isTitleWord(w.get(j - 1)) ? j : -1;
    }

    /** Index after the last title word or honorific of the capitalised run that has a name after it; else the run start. */
    private static int afterLastTitle(List<String> w, int runStart) {
        for (int j = w.size() - 2; j >= runStart; j--) {
            if (isTitleWord(w.get(j)) || Lexicon.get().honorifics.contains(w.get(j))) {
                return j + 1;
            }
        }
        return runStart;
    }

    /**
     * Whether an appositive is a person's name alone: two to four capitalised words, none an organisation's
     * word or a title ("Claire Martin", "Ana de la Cruz" is left out), none a clause opener ("In May").
     */
    private static boolean personName(String apposition) {
        List<String> w = Phrase.words(apposition);
        if (w.size() < 2 || w.size() > 4 || !apposition.equals(String.join(" ", w))) {
            return false;
        }
        for (String x : w) {
            if (!Character.isUpperCase(x.charAt(0)) || NameIndex.isOrgWord(x) || isTitleWord(x)
                    || Lexicon.get().capitalisedOpeners.contains(x) || Lexicon.get().honorifics.contains(x)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNameToken(String t) {
        return !t.isEmpty() && (Character.isUpperCase(t.charAt(0)) || t.startsWith("al-"));
    }

    private static boolean isTitleWord(String t) {
        return Lexicon.get().roleSet.hasLower(t);
    }

    /**
     * The person a role description ({@code the minister}, {@code spokesman}) stands for in the paragraph,
     * with the description as their first role and the appositions after it; null when no one fits.
     * {@code head} is the description's head noun ({@link Roles#head}, not null).
     */
    private Resolved resolvedByRole(String core, String head, List<String> apps, int paragraph) {
        String who = byRole(core, head, paragraph);
        if (who == null) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        roles.add(Roles.clean(core));
        roles.addAll(apps);
        return new Resolved(who, roles, true);
    }

    /** The person the article names in the role a description headed by {@code head} ({@link Roles#head}) gives. */
    private String byRole(String description, String head, int paragraph) {
        Roles.Description described = Roles.describe(description, head);
        String best = described.head() == null ? null
                : ascii(described.head()) ? nearestInRole(described, paragraph) : nearest(index.roles(), described, paragraph, false);
        if (best != null) {
            return best;
        }
        // the lead describes, the next paragraph names: "The Secretary ... said: ..." / "Ali Shamkhani, ...";
        // not when the lead names someone itself ("Sen. Patrick Leahy, D-Vt., said ... The Vermont senator
        // added ..."): the description goes back to them, not on to the next paragraph's first name
        if (paragraph <= 1 && paragraph + 1 < paragraphs.size() && !namesPerson(paragraph, description)) {
            for (NameIndex.Occurrence o : index.in(paragraph + 1)) {
                if (o.offset() == leadingOffset(paragraphs.get(paragraph + 1))) {
                    return o.name();
                }
            }
        }
        return null;
    }

    /** Whether the paragraph names a person other than by the capitals of {@code description} itself. */
    private boolean namesPerson(int paragraph, String description) {
        for (NameIndex.Occurrence o : index.in(paragraph)) {
            if (personLike(o) && !description.contains(o.name())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name given the described role nearest the paragraph, or null. Only the paragraphs holding the
     * description's head noun can give the role ({@link NameIndex#rolesNear}), and reading every
     * paragraph's roles for each description was most of its cost. When two names are equally near, the
     * first of them in the order of {@link NameIndex#roles} wins, as it always has: only then are all roles read.
     */
    private String nearestInRole(Roles.Description described, int paragraph) {
        String near = nearest(index.rolesNear(described.head()), described, paragraph, true);
        return near == TIED ? nearest(index.roles(), described, paragraph, false) : near;
    }

    /** What {@link #nearest} says when two names are equally near and the caller asked to be told. */
    private static final String TIED = new String("(tied)");

    /**
     * The name of {@code roles} given the described role nearest the paragraph, or null; the first in
     * the map's order among equally near names, or {@link #TIED} (compared by identity) when
     * {@code tellTie}.
     */
    private String nearest(Map<String, List<String>> roles, Roles.Description described, int paragraph, boolean tellTie) {
        String best = null;
        int bestDist = Integer.MAX_VALUE;
        boolean tie = false;
        for (var e : roles.entrySet()) {
            boolean same = false;
            for (String role : e.getValue()) {
                if (described.same(role)) {
                    same = true;
                    break;
                }
            }
            if (!same && e.getValue().size() > 1) {
                // "the Vermont senator" of "Sen. Patrick Leahy, D-Vt.": the office and the state are two roles
                same = described.same(String.join(" ", e.getValue()));
            }
            if (same) {
                int dist = distance(e.getKey(), paragraph);
                if (dist < bestDist) {
                    bestDist = dist;
                    best = e.getKey();
                    tie = false;
                } else if (tellTie && dist == bestDist && dist != Integer.MAX_VALUE && !e.getKey().equals(best)) {
                    tie = true;
                }
            }
        }
        return tie ? TIED : best;
    }

    /** A word of ASCII only: its lower case is the same read alone or inside a lower-cased paragraph. */
    private static boolean ascii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    private static int leadingOffset(String p) {
        int i = 0;
        while (i < p.length() && !Character.isLetter(p.charAt(i))) {
            i++;
        }
        return i;
    }

    private int distance(String name, int paragraph) {
        int best = Integer.MAX_VALUE;
        for (NameIndex.Occurrence o : index.withSurnameOf(name)) {
            if (o.name().equals(name)) {
                int d = o.paragraph() <= paragraph ? paragraph - o.paragraph() : 2 * (o.paragraph() - paragraph);
                best = Math.min(best, d);
            }
        }
        return best;
    }

    /**
     * The person a pronoun refers back to: the first person of a compatible gender this paragraph names
     * before the quote, its topic (a surname alone counts: "Fallon fired back: '...,' he wrote"), then
     * the recent speakers, then the previous paragraph's first.
     */
    private String antecedent(int paragraph, int offset, char g) {
        String spoke = speakerOfSentenceBefore(paragraph, offset, g);
        if (spoke != null) {
            return spoke;
        }
        NameIndex.Occurrence here = null;
        NameIndex.Occurrence owner = null;
        for (int k = 0; ; k++) {
            NameIndex.Occurrence o = index.mention(paragraph, k, offset);
            if (o == null) {
                break;
            }
            if (personLike(o) && compatible(o.name(), g) && !relativeAntecedent(o)) {
                if (owner != null) {
                    here = namedRightAfter(owner, o) ? o : owner;
                    break;
                }
                if (possessiveEnd(o) > 0) {
                    owner = o; // "Fischer's deputy, Jon Amsel, disagreed": the deputy may be named next
                    continue;
                }
                here = o;
                break;
            }
        }
        if (here == null) {
            here = owner;
        }
        if (here != null) {
            return here.name();
        }
        int newcomer = newcomerAt(paragraphs.get(paragraph), offset);
        if (newcomer >= 0) {
            return givenName(paragraphs.get(paragraph), newcomer);
        }
        Object[] recent = null; // the latest speaker of a compatible gender within three paragraphs
        for (int i = history.size() - 1; i >= 0; i--) {
            Object[] h = history.get(i);
            if ((int) h[1] < paragraph - 3) {
                break;
            }
            if ((boolean) h[2] && compatible((String) h[0], g)) {
                recent = h;
                break;
            }
        }
        String described = describedSubject(paragraphs.get(paragraph), offset);
        if (described != null) {
            // "Asked whether ..., the governor shrugged. '...,' he said.": the pronoun is the one described: the
            // latest speaker the article gave that role, however far back, or no one
            for (int i = history.size() - 1; i >= 0; i--) {
                Object[] h = history.get(i);
                if ((boolean) h[2] && compatible((String) h[0], g) && holdsRole((String) h[0], described)) {
                    return (String) h[0];
                }
            }
            return null;
        }
        // the subject of the reported speech just before, unless a speaker of that paragraph is the recent one
        String reporting = recent != null && (int) recent[1] >= paragraph - 1 ? null : reportingSubject(paragraph - 1, g);
        if (reporting != null) {
            return reporting;
        }
        if (recent != null) {
            return (String) recent[0];
        }
        // the first compatible one: the mentions after it are not read
        NameIndex.Occurrence prev = null;
        for (int k = 0; prev == null; k++) {
            NameIndex.Occurrence o = index.mention(paragraph - 1, k);
            if (o == null) {
                break;
            }
            if (personLike(o) && compatible(o.name(), g)) {
                prev = o;
            }
        }
        return prev == null ? null : prev.name();
    }

    /**
     * The subject of a verb of speech that opens the sentence right before a quote which itself opens its
     * sentence, in the same paragraph: {@code Iris Waldo asked Ms. Pitt whether she had kept notes. Ms. Pitt
     * said she had. "Every day," she said.} The pronoun goes on from the one who just answered, not from the
     * paragraph's first person. Null when that sentence opens otherwise.
     */
    private String speakerOfSentenceBefore(int paragraph, int offset, char g) {
        String p = paragraphs.get(paragraph);
        int qs = offset;
        while (qs > 0 && p.charAt(qs - 1) == ' ') {
            qs--;
        }
        if (qs < 3 || p.charAt(qs - 1) != '.' && p.charAt(qs - 1) != '!' && p.charAt(qs - 1) != '?') {
            return null; // the quote does not open a sentence after another of the paragraph
        }
        int ps = p.lastIndexOf(". ", qs - 3);
        ps = ps < 0 ? 0 : ps + 2;
        int from = ps;
        int to = qs;
        List<NameIndex.Occurrence> cued = index.mentionsWhere(paragraph, i -> i >= from && i < to && cueAfterName(p, i));
        for (NameIndex.Occurrence o : cued) {
            int at = o.offset();
            // the name opens the sentence, or only an honorific stands before it ("Ms. Pitt said ...")
            if ((at == from || at <= from + 5 && p.lastIndexOf(' ', at - 2) < from) && personLike(o) && compatible(o.name(), g)) {
                return o.name();
            }
        }
        return null;
    }

    /**
     * The first person the paragraph before a pronoun's names as the subject of a verb of speech, asked when
     * no speaker of that paragraph's quotes is in the history (it quotes no one, or only a fragment the filter
     * dropped: 'Stumpf said he was "deeply sorry".'): {@code A spokeswoman, Anna Hicks, said the tour would go on. / "It will be a
     * long day," she said.} The reported speech made her the one speaking, after the speakers quoted further
     * up. A person named only as a modifier ("A Trump spokeswoman, ...") has no cue
     * after the name and is passed over; null when no one is followed by one.
     */
    private String reportingSubject(int paragraph, char g) {
        if (paragraph < 0) {
            return null;
        }
        String p = paragraphs.get(paragraph);
        // the cue is asked first, of the place alone: a mention not followed by one is never searched for
        List<NameIndex.Occurrence> cued = index.mentionsWhere(paragraph, i -> cueAfterName(p, i));
        for (int k = 0; k < cued.size(); k++) {
            NameIndex.Occurrence o = cued.get(k);
            if (personLike(o) && compatible(o.name(), g) && !NameIndex.isOrgWord(lastWord(o.name()))) {
                return o.name();
            }
        }
        return null;
    }

    /**
     * Whether the name at {@code i} is the subject of a cue verb: followed by one directly, after a comma, or
     * after an appositive closed by a comma ("Rendell, a party veteran, said", "Humphrey, for example, said",
     * "Chris Covert, South Carolina director for Sanders, said"). A possessive ("Trump's calling ...") is no subject, a
     * participle ("Trump, the front-runner, saying ...") no verb of the name's, and a relative clause
     * ("the Baptist Church, which ..., remembered") describes a place, not the one who spoke.
     */
    private static boolean cueAfterName(String p, int i) {
        int n = p.length();
        while (i < n && (Character.isUpperCase(p.charAt(i)) || NameIndex.PARTICLE_SET.has(p, i, wordEnd(p, i)))) {
            int e = wordEnd(p, i); // the name's words
            if (e - i > 2 && p.charAt(e - 1) == 's' && (p.charAt(e - 2) == '\'' || p.charAt(e - 2) == '’')) {
                return false;
            }
            i = e - i == 1 && e < n && p.charAt(e) == '.' ? e + 1 : e; // an initial's stop: "John F. Kerry"
            while (i < n && p.charAt(i) == ' ') {
                i++;
            }
        }
        if (i < n && p.charAt(i) == ',') {
            int next = p.indexOf(',', i + 1);
            int a = i + 1;
            while (a < n && p.charAt(a) == ' ') {
                a++;
            }
            if (!cueAt(p, a) && next > 0 && next - i <= 80 && p.lastIndexOf('.', next) < i && a < n
                    && !RELATIVE_OR_JOIN.has(p, a, wordEnd(p, a))) {
                i = next; // an appositive closed by its comma
            }
            i++;
        }
        return cueAt(p, i);
    }

    private static final WordSet RELATIVE_OR_JOIN = new WordSet(List.of("which", "that", "where", "when", "and", "but", "or"));

    private static String lastWord(String name) {
        return name.substring(name.lastIndexOf(' ') + 1);
    }

    private static int words(String name) {
        int n = 1;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            n++;
        }
        return n;
    }

    /** Where the word at {@code i} ends: at the next space, comma or stop. */
    private static int wordEnd(String p, int i) {
        int e = i;
        while (e < p.length() && " ,.;:".indexOf(p.charAt(e)) < 0) {
            e++;
        }
        return e;
    }

    /** Whether a cue word of the lexicon stands at {@code i}, after spaces. */
    private static boolean cueAt(String p, int i) {
        while (i < p.length() && p.charAt(i) == ' ') {
            i++;
        }
        int e = wordEnd(p, i);
        return e > i && Character.isLowerCase(p.charAt(i)) && !p.startsWith("ing", e - 3)
                && NameIndex.CUE_WORD_SET.has(p, i, e);
    }

    /**
     * The role noun of a definite description that is the subject of a sentence of the paragraph before the
     * quote at {@code offset}, at the sentence's start or after its opening clause's comma, with a verb
     * after it: "The senator paused.", "Asked about the vote, the governor shrugged." Null when there is
     * none. Asked only when the paragraph names no one before the quote.
     */
    private static String describedSubject(String p, int offset) {
        Lexicon lex = Lexicon.get();
        for (int k = p.indexOf("he ", 1); k > 0 && k < offset; k = p.indexOf("he ", k + 3)) {
            char t = p.charAt(k - 1);
            int at = k - 1;
            if (t != 't' && t != 'T' || at > 0 && !(at >= 2 && p.charAt(at - 1) == ' '
                    && (p.charAt(at - 2) == ',' || p.charAt(at - 2) == '.'))) {
                continue; // "the" opens the sentence or follows the comma of its opening clause
            }
            int from = k + 3;
            int e = from;
            while (e < offset && Character.isLowerCase(p.charAt(e))) {
                e++;
            }
            if (e > from && e + 1 < offset && p.charAt(e) == ' ' && Character.isLowerCase(p.charAt(e + 1))
                    && lex.isRole(p, from, e)) {
                return p.substring(from, e);
            }
        }
        return null;
    }

    /** Whether the article gives {@code name} a role holding the noun {@code head}, or its title abbreviated ("Gov."). */
    private boolean holdsRole(String name, String head) {
        List<String> abbreviated = Lexicon.get().abbreviatedTitles.getOrDefault(head, List.of());
        for (String role : index.roles().getOrDefault(name, List.of())) {
            for (String w : Phrase.words(role)) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (lower.equals(head) || abbreviated.contains(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static final Set<String> NEWCOMER_OPENERS = Set.of("A", "An", "One", "Another", "Her", "His", "Their");

    /**
     * Whether the paragraph opens, in a sentence ended before the quote at {@code offset}, with someone new
     * whom the index does not name: "A", "One", "Her", "His" or "Their" and within three words an occupation,
     * role or family noun ("Her neighbor, a retired schoolteacher, agreed. '...,' she said.", "Her husband,
     * Ron, ..."). The pronoun is that person, not the last speaker named. Gives where the noun ends, or -1.
     */
    private static int newcomerAt(String p, int offset) {
        int sp = p.indexOf(' ');
        if (sp < 1 || sp >= offset || !NEWCOMER_OPENERS.contains(p.substring(0, sp))) {
            return -1;
        }
        int stop = p.indexOf(". ", sp);
        if (stop < 0 || stop >= offset) {
            return -1;
        }
        Lexicon lex = Lexicon.get();
        int from = sp + 1;
        for (int w = 0; w < 3 && from < stop; w++) {
            int e = from;
            while (e < stop && Character.isLetter(p.charAt(e))) {
                e++;
            }
            if (e > from && Character.isLowerCase(p.charAt(from))
                    && (lex.occupationSet.hasLower(p, from, e) || lex.roleSet.hasLower(p, from, e)
                    || lex.relationSet.has(p, from, e))) {
                return e;
            }
            if (e >= stop || p.charAt(e) != ' ') {
                return -1;
            }
            from = e + 1;
        }
        return -1;
    }

    /**
     * The one-word name set off by commas right after a newcomer's noun ending at {@code e} ("His daughter,
     * Karin, who runs a cafe ...", "Her husband, Ron, ..."): a first name the index, which holds names of two
     * words or more, does not know. Null when the newcomer is not named so.
     */
    private static String givenName(String p, int e) {
        if (!p.startsWith(", ", e) || e + 2 >= p.length() || !Character.isUpperCase(p.charAt(e + 2))) {
            return null;
        }
        int n = e + 3;
        while (n < p.length() && Character.isLowerCase(p.charAt(n))) {
            n++;
        }
        return n < p.length() && p.charAt(n) == ',' && n - e - 2 >= 2 ? p.substring(e + 2, n) : null;
    }

    /**
     * Whether a name's place in the text lets it be the antecedent of "he" or "she": not after a
     * preposition of place ("in Silicon Valley", "from New Hampshire") and not just inside a quotation
     * mark (a title: the "Star Wars" sequel).
     */
    private boolean personLike(NameIndex.Occurrence o) {
        if (words(o.name()) > 4) {
            return false; // "Hillary Clinton Goes After Donald Trump": a headline's run of capitals, no one's name
        }
        String p = paragraphs.get(o.paragraph());
        int i = o.offset() - 1;
        if (i >= 0 && "\"“‘'".indexOf(p.charAt(i)) >= 0) {
            return false;
        }
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        int e = i + 1;
        while (i >= 0 && Character.isLetter(p.charAt(i))) {
            i--;
        }
        if (e - i == 2 && p.charAt(e - 1) == 's' && i > 0 && (p.charAt(i) == '\'' || p.charAt(i) == '’')) {
            // "in the Capitol's Red Room", "at Trump's Mar-a-Lago": a possessive owns the place the preposition
            // opens; "with CNN's Jake Tapper" stays a person
            i--;
            while (i >= 0 && p.charAt(i) != ' ') {
                i--;
            }
            e = wordBefore(p, i);
            i = e < 0 ? -1 : wordStartBefore(p, e);
            if (e > 0 && p.regionMatches(true, i + 1, "the", 0, 3) && e - i == 4) {
                e = wordBefore(p, i);
                i = e < 0 ? -1 : wordStartBefore(p, e);
            }
            return e <= 0 || !PLACE_PREPOSITIONS.contains(p.substring(i + 1, e));
        }
        String before = p.substring(i + 1, e);
        if (before.equals("the") || before.equals("The")) {
            // "The Red Room was full", "the Justice Department": a run of capitals after the article names a
            // place or a body; a title abbreviated before a name ("the Rev. Al Sharpton") keeps its person
            int sp = p.indexOf(' ', o.offset());
            return sp > 0 && p.charAt(sp - 1) == '.';
        }
        return !PLACE_PREPOSITIONS.contains(before);
    }

    /** Where the word before the spaces at or before {@code i} ends (exclusive), or -1 when none. */
    private static int wordBefore(String p, int i) {
        while (i >= 0 && p.charAt(i) == ' ') {
            i--;
        }
        return i + 1;
    }

    /** The position just before the run of letters that ends at {@code e} (exclusive). */
    private static int wordStartBefore(String p, int e) {
        int i = e - 1;
        while (i >= 0 && Character.isLetter(p.charAt(i))) {
            i--;
        }
        return i;
    }

    /**
     * Where the possessive ending of a mention's run of capitalised words ends ("Fischer's" in "Fischer's
     * deputy"), or -1 when the run is no possessive.
     */
    private int possessiveEnd(NameIndex.Occurrence o) {
        String p = paragraphs.get(o.paragraph());
        int i = o.offset();
        while (true) {
            while (i < p.length() && (Character.isLetter(p.charAt(i)) || p.charAt(i) == '.' || p.charAt(i) == '-')) {
                i++;
            }
            if (i + 1 < p.length() && (p.charAt(i) == '\'' || p.charAt(i) == '’') && p.charAt(i + 1) == 's'
                    && (i + 2 == p.length() || !Character.isLetter(p.charAt(i + 2)))) {
                return i + 2;
            }
            if (i + 1 < p.length() && p.charAt(i) == ' ' && Character.isUpperCase(p.charAt(i + 1))) {
                i++;
                continue;
            }
            return -1;
        }
    }

    /**
     * Whether {@code o} names the noun a possessive mention opens ("Fischer's deputy, Jon Amsel", "Clinton's
     * campaign chairman John Podesta"): it follows within a few words that hold a role noun, in the same
     * sentence. A pronoun after such a sentence is the one named, not the owner; a name further on is no
     * apposition, and neither is one after a noun that names no person ("Tribe's client, Peabody Energy").
     */
    private boolean namedRightAfter(NameIndex.Occurrence owner, NameIndex.Occurrence o) {
        int end = possessiveEnd(owner);
        if (o.paragraph() != owner.paragraph() || o.offset() < end || o.offset() - end > 40) {
            return false;
        }
        String p = paragraphs.get(o.paragraph());
        for (int i = end; i < o.offset(); i++) {
            char c = p.charAt(i);
            if (c == '.' || c == '"' || c == '“' || c == '”' || c == ';') {
                return false;
            }
        }
        for (String w : Phrase.words(p.substring(end, o.offset()))) {
            if (Lexicon.get().isRole(w.endsWith(",") ? w.substring(0, w.length() - 1) : w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Obama, who he noted was "..."}, {@code Mara Quell, whom she called "..."}: a name that a relative
     * clause with a subject pronoun of its own follows. The pronoun is someone else (a clause's subject
     * is not the person its relative pronoun stands for), so the name is no antecedent of the quote's
     * "he" or "she", which is that very pronoun in this layout.
     */
    private boolean relativeAntecedent(NameIndex.Occurrence o) {
        String p = paragraphs.get(o.paragraph());
        return RELATIVE_AFTER_NAME.matcher(p).region(o.offset(), p.length()).lookingAt();
    }

    /** A name's run of capitalised words, then ", who he", ", whom she" (see {@link #relativeAntecedent}). */
    private static final java.util.regex.Pattern RELATIVE_AFTER_NAME = java.util.regex.Pattern.compile(
            "\\p{Lu}[\\p{L}.'’-]*(?: \\p{Lu}[\\p{L}.'’-]*)*, whom? (?:he|she) ");

    /**
     * "Mr. Clinton said" in an article that names Hillary Clinton: the honorific's gender {@code g} is
     * not the full name's, so the surname is another person of that family. Their full name when the
     * article gives one whose given name is of that gender ("Bill Clinton"); else null.
     */
    private String namesakeOf(String surname, char g) {
        for (NameIndex.Occurrence o : index.withSurnameOf(surname)) {
            if (Character.valueOf(g).equals(NameIndex.givenGender(o.name()))) {
                return o.name();
            }
        }
        return null;
    }

    private boolean compatible(String name, char g) {
        Character known = index.genderOf(name);
        return known == null || known == g;
    }
}
