package io.articlex.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The people an article names, where, and the roles it gives them ("Qasim Mohammad Jalal al-Araji,
 * Iraq's national security adviser", "Festival secretary Mojgan Tavakoli"). Built once per article in
 * one pass over the paragraphs; the speaker resolver looks names, surnames and roles up here.
 */
final class NameIndex {

    /** One occurrence of a full name (two or more capitalised words). */
    record Occurrence(String name, int paragraph, int offset, Character gender) {
    }

    private static final Set<String> PARTICLES = Set.of("bin", "ibn", "de", "van", "von", "da", "del", "der", "la", "le");
    private static final Set<String> NOT_NAME_START = Set.of("The", "A", "An", "In", "On", "At", "But", "And", "As",
            "If", "When", "While", "After", "Before", "For", "From", "With", "By", "To", "Of", "This", "That", "It",
            "He", "She", "They", "We", "I", "His", "Her", "Their", "Our", "Its", "Still", "Yet", "So", "Since",
            "Speaking", "According", "During", "Under", "Over", "Meanwhile", "However", "Asked", "Then", "Now");

    /** What one paragraph gives the index: its full names in text order, and the gender an honorific lends a surname. */
    private record Read(List<Occurrence> names, List<Object[]> genders) {
        static final Read NONE = new Read(List.of(), List.of());
    }

    private final List<String> paragraphs;
    /**
     * Each paragraph's characters, copied on first use ({@link #text}): the readings below walk them char by
     * char, and in the C1 code that runs most parses {@code String.charAt} is a call with an index check
     * (several times a char array's read; on a paragraph with curly quotes, which is stored as UTF-16, the
     * check is not even inlined). The searches for a word stay on the strings, whose {@code indexOf} is as
     * fast as any loop here and needs no copy.
     */
    private final char[][] texts;
    /** Each paragraph's names, read on first use: most questions concern a few paragraphs only. */
    private final Read[] read;
    private final Map<String, List<Occurrence>> bySurname = new HashMap<>();
    private final Map<String, FullNames> fullNames = new HashMap<>();
    private final Map<String, List<String>> roles = new HashMap<>();
    /** {@link #rolesNear}'s answers, by head word. */
    private final Map<String, Map<String, List<String>>> near = new HashMap<>();
    /** Gender the text gives a surname through an honorific, first in text order; absent key: not looked up yet. */
    private final Map<String, Character> gender = new HashMap<>();
    /** Gender the resolver learnt from a pronoun, for surnames the text gives none. */
    private final Map<String, Character> learnt = new HashMap<>();
    private final Mentions[] mentions;
    /** Each paragraph's runs read so far ({@link #run}). */
    private final RunMemo[] runMemo;
    /** Per paragraph: 0 not yet asked, 1 a headline, 2 not one. */
    private final byte[] headlines;
    /** Per paragraph: 0 not yet asked, 1 it holds "al-", 2 not ({@link #mayEndName}: each surname question asked it again). */
    private final byte[] als;
    /** Per paragraph: 0 not yet asked, 1 it holds the dotted capital I or the Kelvin sign, 2 neither ({@link #holdsLower}). */
    private final byte[] dotted;
    /** Each paragraph's mask of capitals, or null ({@link #NameIndex(List, char[][], long[])}). */
    private final long[] capitals;
    /** Per word a surname question asked about: {@link #holders}. */
    private final Map<String, int[]> holders = new HashMap<>();
    private List<Occurrence> occurrences;
    private boolean rolesRead;

    NameIndex(List<String> paragraphs) {
        this(paragraphs, new char[paragraphs.size()][]);
    }

    /**
     * An index whose {@link #texts} start from {@code texts}: copies of some paragraphs the caller already
     * made (null for the others), which the index reads and never writes, and fills in as it copies the rest.
     * The quote stage copies every paragraph that holds a quote for its own reading, and those are the
     * paragraphs whose names a speaker is first looked for in: about two in five of the index's copies.
     */
    NameIndex(List<String> paragraphs, char[][] texts) {
        this(paragraphs, texts, null);
    }

    /**
     * {@link #NameIndex(List, char[][])} with each paragraph's mask of capitals ({@link MarkScanner#capitals}),
     * made by the mark scan, which reads every character's low byte anyway: a word search ({@link #holders})
     * skips the paragraphs whose mask lacks the word's bit. Null: every paragraph is searched.
     */
    NameIndex(List<String> paragraphs, char[][] texts, long[] capitals) {
        this.paragraphs = paragraphs;
        this.capitals = capitals;
        this.read = new Read[paragraphs.size()];
        this.texts = texts;
        this.mentions = new Mentions[paragraphs.size()];
        this.runMemo = new RunMemo[paragraphs.size()];
        this.headlines = new byte[paragraphs.size()];
        this.als = new byte[paragraphs.size()];
        this.dotted = new byte[paragraphs.size()];
    }

    /** Paragraph {@code i}'s characters ({@link #texts}). */
    private char[] text(int i) {
        char[] t = texts[i];
        if (t == null) {
            t = paragraphs.get(i).toCharArray();
            texts[i] = t;
        }
        return t;
    }

    /**
     * Whether paragraph {@code i} holds "al-", decided once: found by its hyphens, which a paragraph
     * holds few of (a search for the three characters stopped at every "a").
     */
    private boolean al(int i) {
        byte a = als[i];
        if (a == 0) {
            String p = paragraphs.get(i);
            int k = p.indexOf('-', 2);
            while (k >= 0 && !(p.charAt(k - 1) == 'l' && p.charAt(k - 2) == 'a')) {
                k = p.indexOf('-', k + 1);
            }
            a = k >= 0 ? (byte) 1 : (byte) 2;
            als[i] = a;
        }
        return a == 1;
    }

    /**
     * The paragraphs that hold {@code s}, each with every place it stands there, in text order, as
     * {@code paragraph, count, place...} groups (read them with {@link #next}); searched for once per word
     * and article. A surname is asked about twice, as a name's last word ({@link #withSurname}) and for the
     * gender an honorific gives it ({@link #textGender}): the pronoun that asks the second most often
     * follows the quote that asked the first, and each searched every paragraph of the article for the
     * word. Every place is kept, not only the first: a paragraph that names a person once most often names
     * them again ("Donald Trump ... Trump"), and both the test of the places ({@link #mayEndNameFrom}) and
     * the reading of their runs ({@link #runsWith}) searched the rest of the paragraph for the word again.
     */
    private int[] holders(String s) {
        int[] h = holders.get(s);
        if (h == null) {
            int size = 0;
            h = new int[8];
            long bit = capitals == null ? 0 : MarkScanner.capitalBit(s);
            for (int i = 0; i < paragraphs.size(); i++) {
                if (bit != 0 && (capitals[i] & bit) == 0) {
                    continue; // the paragraph holds no capital followed by the word's second character
                }
                String p = paragraphs.get(i);
                int k = p.indexOf(s);
                if (k < 0) {
                    continue;
                }
                int count = size + 1;
                if (size + 3 > h.length) {
                    h = java.util.Arrays.copyOf(h, h.length * 2);
                }
                h[size] = i;
                size += 2;
                do {
                    if (size == h.length) {
                        h = java.util.Arrays.copyOf(h, size * 2);
                    }
                    h[size++] = k;
                    k = p.indexOf(s, k + 1);
                } while (k >= 0);
                h[count] = size - count - 1;
            }
            h = java.util.Arrays.copyOf(h, size);
            holders.put(s, h);
        }
        return h;
    }

    /** Where the group after the one at {@code x} of a {@link #holders} array starts. */
    private static int next(int[] h, int x) {
        return x + 2 + h[x + 1];
    }

    /**
     * The names of one paragraph, read on first use and kept. The quote stage makes an index for every
     * article with quote marks, but a speaker's surname or a pronoun's neighbours ask about some
     * paragraphs, not all: splitting every paragraph into name runs up front was a quarter of the quote
     * stage's profile. The questions about one surname read only the paragraphs whose text holds it
     * ({@link #withSurname}); a paragraph gives the same names whichever question reads it first.
     */
    private Read read(int i) {
        Read r = read[i];
        if (r == null) {
            r = readParagraph(i, text(i));
            read[i] = r;
        }
        return r;
    }

    private Read readParagraph(int i, char[] p) {
        if (headline(i)) {
            return Read.NONE; // "Black Lawmakers Rip Donald Trump": every word capitalised, no run is a name
        }
        List<int[]> found = runs(p);
        if (found.isEmpty()) {
            return Read.NONE;
        }
        List<Occurrence> names = null;
        List<Object[]> genders = null;
        for (int[] run : found) {
            RunRead r = run(i, p, run[0], run[1]);
            if (r.genderOf() != null) {
                if (genders == null) {
                    genders = new ArrayList<>(2);
                }
                genders.add(new Object[] {r.genderOf(), r.gender()});
            }
            if (r.name() != null) {
                if (names == null) {
                    names = new ArrayList<>();
                }
                names.add(r.name());
            }
        }
        return names == null && genders == null ? Read.NONE
                : new Read(names == null ? List.of() : names, genders == null ? List.of() : genders);
    }

    /**
     * What one run gives the index: the full name it holds (two words or more; null when none), and the
     * surname an honorific in it gives a gender (null when none) with that gender.
     */
    private record RunRead(Occurrence name, String genderOf, Character gender) {
        static final RunRead NONE = new RunRead(null, null, null);
    }

    /**
     * Paragraph {@code i}'s run {@code [start, end)} read into a name, once per article: a surname's
     * questions read the runs that hold the word and a paragraph's reading reads all of its runs, so
     * one run may be asked for twice.
     */
    private RunRead run(int i, char[] p, int start, int end) {
        RunMemo m = runMemo[i];
        if (m == null) {
            m = new RunMemo();
            runMemo[i] = m;
        }
        RunRead r = m.get(start);
        if (r == null) {
            r = readRun(i, p, start, end);
            m.put(start, r);
        }
        return r;
    }

    /** The runs of one paragraph read so far, by start (a paragraph holds a few). */
    private static final class RunMemo {
        int[] starts = new int[4];
        RunRead[] reads = new RunRead[4];
        int size;

        RunRead get(int start) {
            for (int k = 0; k < size; k++) {
                if (starts[k] == start) {
                    return reads[k];
                }
            }
            return null;
        }

        void put(int start, RunRead r) {
            if (size == starts.length) {
                starts = java.util.Arrays.copyOf(starts, size * 2);
                reads = java.util.Arrays.copyOf(reads, size * 2);
            }
            starts[size] = start;
            reads[size++] = r;
        }
    }

    /** Whether paragraph {@code i} is a headline left in the body ({@link #headline(String)}), decided once. */
    private boolean headline(int i) {
        byte h = headlines[i];
        if (h == 0) {
            h = headline(text(i)) ? (byte) 1 : (byte) 2;
            headlines[i] = h;
        }
        return h == 1;
    }

    /** {@link #NOT_NAME_START}, {@link #PARTICLES} and the lexicon's word lists a run's reading asks, asked in place. */
    private static final WordSet NOT_NAME_START_SET = new WordSet(NOT_NAME_START);
    static final WordSet PARTICLE_SET = new WordSet(PARTICLES);
    private static final WordSet ABBREVIATION_SET = new WordSet(Lexicon.get().abbreviations);
    private static final WordSet OPENER_SET = new WordSet(Lexicon.get().capitalisedOpeners);
    private static final WordSet ORG_SET = new WordSet(Lexicon.get().orgWords);
    static final WordSet CUE_WORD_SET = new WordSet(Lexicon.get().cues.singleWords());

    /**
     * One run of name words cut down to the name it holds: honorifics, roles and clause openers off its
     * front, and so on. The run's words are read in place, as index pairs into the paragraph: a run is
     * read for each surname question that reaches it, and splitting it into strings, lower-casing each to
     * probe a word list, was most of the reading's cost. Each word is hashed once, on the walk that cuts it
     * ({@code th}): its first word is asked of up to six sets, every other word of two or three.
     */
    private static RunRead readRun(int i, char[] p, int runStart, int runEnd) {
        Lexicon lex = Lexicon.get();
        // the words of the run, cut at runs of white space
        int[] ts = new int[8];
        int[] te = new int[8];
        int[] th = new int[8];
        int size = 0;
        for (int k = runStart; k < runEnd; ) {
            while (k < runEnd && WordTable.whitespace(p[k])) {
                k++;
            }
            int st = k;
            int h = 0;
            while (k < runEnd && !WordTable.whitespace(p[k])) {
                h = 31 * h + p[k]; // WordSet.hash
                k++;
            }
            if (k > st) {
                if (size == ts.length) {
                    ts = java.util.Arrays.copyOf(ts, size * 2);
                    te = java.util.Arrays.copyOf(te, size * 2);
                    th = java.util.Arrays.copyOf(th, size * 2);
                }
                ts[size] = st;
                th[size] = h;
                te[size++] = k;
            }
        }
        int lo = 0;
        int hi = size;
        int start = runStart;
        for (int k = hi - 2; k >= lo; k--) {
            if (sentenceEnd(p, ts[k], te[k], lex)) {
                // "Tuesday. Sanders": a sentence ends inside the run
                for (int d = lo; d <= k; d++) {
                    start += te[d] - ts[d] + 1;
                }
                lo = k + 1;
                break;
            }
        }
        for (int k = hi - 2; k >= lo; k--) {
            int e = te[k];
            if (e - ts[k] >= 3 && p[e - 1] == 's' && (p[e - 2] == '\'' || p[e - 2] == '’')) {
                // "CNN's Jake Tapper", "Iran's Foreign Minister ...": the possessive's owner is no part of the name
                for (int d = lo; d <= k; d++) {
                    start += te[d] - ts[d] + 1;
                }
                lo = k + 1;
                break;
            }
        }
        Character g = null;
        while (lo < hi && (NOT_NAME_START_SET.has(p, ts[lo], te[lo], th[lo]) || lex.honorificSet.has(p, ts[lo], te[lo], th[lo])
                || hi - lo > 1 && invertedCue(p, ts[lo], te[lo], WordSet.lowerHash(p, ts[lo], te[lo]))
                || notNameWord(p, ts[lo], te[lo], th[lo]))) {
            g = genderOf(p, ts[lo], te[lo], g);
            start += te[lo] - ts[lo] + 1;
            lo++;
        }
        for (int k = hi - 2; k >= lo; k--) {
            if (lex.roleSet.hasLower(p, ts[k], te[k]) || lex.honorificSet.has(p, ts[k], te[k], th[k])
                    || hi - k >= 3 && lex.occupationSet.hasLower(p, ts[k], te[k])) {
                // the last also: "Pharmacist Linda Park", "FEMA Administrator Deanne Criswell" (SpeakerResolver
                // reads the phrase so)
                for (int d = lo; d <= k; d++) {
                    g = genderOf(p, ts[d], te[d], g);
                    start += te[d] - ts[d] + 1;
                }
                lo = k + 1;
                break;
            }
        }
        while (lo < hi && (p[te[hi - 1] - 1] == '.' && te[hi - 1] - ts[hi - 1] <= 2
                || PARTICLE_SET.has(p, ts[hi - 1], te[hi - 1], th[hi - 1]) || notNameWord(p, ts[hi - 1], te[hi - 1], th[hi - 1]))) {
            hi--;
        }
        if (lo == hi) {
            return RunRead.NONE;
        }
        if (hi - lo >= 3 && start == runStart && TitleOf.before(p, runStart)) {
            // "Secretary of State Antony Blinken", "la ministra de Puertos Carolina Dávila": the capitals
            // after a title's "of" name what the title serves, then the holder (TitleOf.holderStart)
            int k = TitleOf.holderStart(p, ts, te, lo, hi);
            if (k > lo) {
                lo = k;
                start = ts[k];
            }
        }
        // the last word's end as the name takes it: "... the White House." loses the sentence's full stop
        // (not an initial's or an abbreviation's), "Trump's" its possessive
        int lastEnd = te[hi - 1];
        if (sentenceEnd(p, ts[hi - 1], lastEnd, lex)) {
            lastEnd--;
        }
        if (lastEnd - ts[hi - 1] >= 2 && p[lastEnd - 1] == 's' && (p[lastEnd - 2] == '\'' || p[lastEnd - 2] == '’')) {
            lastEnd -= 2;
        }
        for (int k = lo; k < hi; k++) {
            int e = k == hi - 1 ? lastEnd : te[k];
            if (isOrgWord(p, ts[k], e, e == te[k] ? th[k] : WordSet.hash(p, ts[k], e))) {
                return RunRead.NONE;
            }
        }
        if (allCapitals(p, ts, te, lo, hi, lastEnd) || wholeQuote(p, runStart, runEnd)) {
            return RunRead.NONE;
        }
        String name = join(p, ts, te, lo, hi, lastEnd);
        String genderOf = g == null ? null : surname(name);
        if (hi - lo < 2) {
            return genderOf == null ? RunRead.NONE : new RunRead(null, genderOf, g);
        }
        return new RunRead(new Occurrence(name, i, start, g), genderOf, g);
    }

    /**
     * Whether the run {@code p[start, end)} is all a quoted stretch holds, between its marks but for one
     * closing {@code !}, {@code ?} or full stop: a slogan or chant in title case ("signs reading "Endorse
     * Trump!"", "chanting "Lock Her Up"") is no one's name, and taken for one it became the full name a
     * later bare "Trump said" resolved to.
     */
    private static boolean wholeQuote(char[] p, int start, int end) {
        if (start == 0 || !(p[start - 1] == '"' || p[start - 1] == '“') || start > 1 && !space(p[start - 2]) && p[start - 2] != '(') {
            return false;
        }
        int e = end;
        if (e < p.length && (p[e] == '!' || p[e] == '?')) {
            e++;
        }
        return e < p.length && (p[e] == '"' || p[e] == '”');
    }

    /** Whether the word {@code p[s, e)} ends a sentence: a full stop after more than two letters, no honorific's or abbreviation's. */
    private static boolean sentenceEnd(char[] p, int s, int e, Lexicon lex) {
        return e - s > 3 && p[e - 1] == '.' && !lex.honorificSet.has(p, s, e) && !ABBREVIATION_SET.has(p, s, e - 1);
    }

    /** The words {@code [lo, hi)} joined by single spaces, the last ending at {@code lastEnd}: one copy when the text spaces them so. */
    private static String join(char[] p, int[] ts, int[] te, int lo, int hi, int lastEnd) {
        boolean single = true;
        for (int k = lo; k + 1 < hi && single; k++) {
            single = ts[k + 1] == te[k] + 1 && p[te[k]] == ' ';
        }
        if (single) {
            return new String(p, ts[lo], lastEnd - ts[lo]);
        }
        StringBuilder sb = new StringBuilder(lastEnd - ts[lo]);
        for (int k = lo; k < hi; k++) {
            if (k > lo) {
                sb.append(' ');
            }
            sb.append(p, ts[k], k == hi - 1 ? lastEnd : te[k]);
        }
        return sb.toString();
    }

    /** "USA TODAY NETWORK": a run in capitals only is an organisation or a heading, not a person's name. */
    private static boolean allCapitals(char[] p, int[] ts, int[] te, int lo, int hi, int lastEnd) {
        if (hi - lo < 2) {
            return false;
        }
        for (int k = lo; k < hi; k++) {
            for (int x = ts[k], e = k == hi - 1 ? lastEnd : te[k]; x < e; x++) {
                if (lower(p[x])) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * Whether the word {@code p[s, e)} is a capitalised word that opens or closes a run without being part
     * of a name: a clause opener ("Although Weiner", "Following Wednesday"), a day ("Broaddrick Sunday"), a
     * conjunction ("Wis. And"), a pronoun with its verb ("That's Mexico"). A full stop after it and what
     * follows an apostrophe are not asked about. Read in place: asked of the first and last word of every
     * run read. {@code h} is the word's {@link WordSet#hash}, used as is when nothing is cut off.
     */
    private static boolean notNameWord(char[] p, int s, int e, int h) {
        int end = e > s && p[e - 1] == '.' ? e - 1 : e;
        // the first apostrophe cuts the word after it, a straight one looked for first (one opening the
        // word cuts nothing)
        int apo = indexIn(p, '\'', s, end);
        if (apo < 0) {
            apo = indexIn(p, '’', s, end);
        }
        if (apo > s) {
            end = apo;
        }
        int he = end == e ? h : WordSet.hash(p, s, end);
        return NOT_NAME_START_SET.has(p, s, end, he) || OPENER_SET.has(p, s, end, he);
    }

    private static int indexIn(char[] p, char c, int from, int to) {
        for (int k = from; k < to; k++) {
            if (p[k] == c) {
                return k;
            }
        }
        return -1;
    }

    /**
     * "Said Ellis:", "Added Stone:": the run's first word {@code p[s, e)} is a cue verb (no participle), which
     * opens the sentence and is no first name; asked in place, with the word's {@link WordSet#lowerHash}.
     */
    private static boolean invertedCue(char[] p, int s, int e, long lowerHash) {
        if (!CUE_WORD_SET.hasLower(p, s, e, lowerHash)) {
            return false;
        }
        // AttributionFinder.participle: the word lower-cased ends in "ing"
        for (int k = Math.max(s, e - 3); k < e; k++) {
            if (p[k] >= 0x100) {
                return !AttributionFinder.participle(new String(p, s, e - s));
            }
        }
        return !(e - s >= 3 && WordSet.lowerIs(p, e - 3, e, "ing"));
    }

    /**
     * {@link #isOrgWord(String)} of the word {@code p[s, e)}, asked in place (of every word of a run read);
     * {@code h} is the word's {@link WordSet#hash}, used as is when no possessive is cut off.
     */
    private static boolean isOrgWord(char[] p, int s, int e, int h) {
        if (e - s >= 2 && p[e - 1] == 's' && (p[e - 2] == '\'' || p[e - 2] == '’')) {
            return ORG_SET.has(p, s, e - 2);
        }
        return ORG_SET.has(p, s, e, h);
    }

    private static Character genderOf(char[] p, int s, int e, Character current) {
        return genderOf(new String(p, s, e - s), current);
    }

    /**
     * The runs of paragraph {@code i} that hold a word where a name read from them could end in it
     * (after white space), read on their own, in text order: a surname's question needs the names
     * ending in it, and reading the whole paragraph for them read runs no question asked about.
     * The word's places in the paragraph are the group at {@code x} of {@code h} ({@link #holders}).
     */
    private List<RunRead> runsWith(int i, int[] h, int x) {
        if (headline(i)) {
            return List.of();
        }
        char[] p = text(i);
        List<RunRead> out = List.of();
        int lastStart = -1;
        for (int y = x + 2, to = next(h, x); y < to; y++) {
            int k = h[y];
            if (k == 0 || !WordTable.whitespace(p[k - 1])) {
                continue;
            }
            long run = runAt(p, k);
            if (run < 0) {
                continue;
            }
            int start = (int) (run >>> 32);
            if (start == lastStart) {
                continue;
            }
            lastStart = start;
            RunRead r = run(i, p, start, (int) run);
            if (r != RunRead.NONE) {
                if (out.isEmpty()) {
                    out = new ArrayList<>(2);
                }
                out.add(r);
            }
        }
        return out;
    }

    /**
     * Whether a word can be the last word of an indexed name at all: a name's words are capitalised or
     * open with "al-" (a trailing particle is cut off), and hold no space. Refuses before any search.
     */
    private static boolean surnameShaped(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0)) && !s.startsWith("al-")) {
            return false;
        }
        return s.indexOf(' ') < 0;
    }

    /**
     * The full names (two words or more) whose last word is {@code s}, in text order. A name's surname
     * is written in its paragraph, so only the paragraphs holding the word are read.
     */
    private List<Occurrence> withSurname(String s) {
        List<Occurrence> cached = bySurname.get(s);
        if (cached != null) {
            return cached;
        }
        List<Occurrence> out = List.of();
        if (surnameShaped(s)) {
            int[] h = holders(s);
            for (int x = 0; x < h.length; x = next(h, x)) {
                int i = h[x];
                if (mayEndName(i, s, true, h, x)) {
                    if (read[i] != null) {
                        for (Occurrence o : read[i].names()) {
                            if (hasSurname(o.name(), s)) {
                                if (out.isEmpty()) {
                                    out = new ArrayList<>();
                                }
                                out.add(o);
                            }
                        }
                        continue;
                    }
                    for (RunRead r : runsWith(i, h, x)) {
                        if (r.name() != null && hasSurname(r.name().name(), s)) {
                            if (out.isEmpty()) {
                                out = new ArrayList<>();
                            }
                            out.add(r.name());
                        }
                    }
                }
            }
        }
        bySurname.put(s, out);
        return out;
    }

    /**
     * Whether {@code s} stands in {@code p} where {@link #readParagraph} could end a name with it: the
     * paragraphs that fail are not read. A surname written alone ("Trump said", "Michigan, Trump",
     * "President Trump") is most of a speaker's mentions, and reading every paragraph that held the word
     * was most of the index's cost. The test follows the reading: the surname is a word of a run of
     * name words that is not the run's first (a run's first word never ends a name of two words, and a
     * name given a gender by an honorific lost the honorific before it), so white space precedes it and
     * a word {@code t} that a run may hold, one closing no run (no comma, no closing mark). With
     * {@code fullNames}, the question is about names of two words or more only, and {@code t} must stay
     * in the name: not an honorific or a role noun (the reading cuts the run after those), not a word
     * ending a sentence ("Tuesday."), not a clause opener or inverted cue opening the run ("But Trump",
     * "Said Trump"). A paragraph with "al-" is always read: a run word opening so may hold anything.
     */
    static boolean mayEndName(String p, String s, boolean fullNames) {
        if (p.indexOf(s) < 0) {
            return false;
        }
        NameIndex one = new NameIndex(List.of(p));
        return p.contains("al-") || one.mayEndNameFrom(0, s.length(), fullNames, one.holders(s), 0);
    }

    /**
     * {@link #mayEndName(String, String, boolean)} of paragraph {@code i}, whose places of the word are the
     * group at {@code x} of {@code h} ({@link #holders}); its "al-" is looked for once, and only when no
     * place passes.
     */
    private boolean mayEndName(int i, String s, boolean fullNames, int[] h, int x) {
        return mayEndNameFrom(i, s.length(), fullNames, h, x) || al(i);
    }

    /**
     * {@link #mayEndName(String, String, boolean)} of paragraph {@code i} at the places of a word of
     * {@code len} characters (the group at {@code x} of {@code h}), in a paragraph without "al-". The
     * characters right around each place are read from the string: most places fail there ("Trump said"
     * opening a sentence, "Michigan, Trump", "(Trump"), and the paragraph is copied into its array
     * ({@link #text}) only for a place that gets past them.
     */
    private boolean mayEndNameFrom(int i, int len, boolean fullNames, int[] h, int x) {
        String ps = paragraphs.get(i);
        int n = ps.length();
        for (int y = x + 2, to = next(h, x); y < to; y++) {
            int k = h[y];
            if (k == 0 || !anySpace(ps.charAt(k - 1)) || k + len < n && letter(ps.charAt(k + len))) {
                continue;
            }
            int j = k - 1;
            while (j >= 0 && anySpace(ps.charAt(j))) {
                j--;
            }
            if (j < 0 || closer(ps.charAt(j))) {
                continue;
            }
            char[] p = text(i);
            int b = wordStart(p, j);
            int c = b;
            while (c <= j && opener(p[c])) {
                c++;
            }
            if (c > j) {
                continue;
            }
            if (!upper(p[c]) && !PARTICLE_SET.has(p, c, j + 1)) {
                continue;
            }
            if (!fullNames || staysInName(p, b, c, j + 1)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the run word {@code p[c, e)} (its token opening at {@code b}) right before a
     * would-be surname may stay in the name {@link #readParagraph} makes: false when the reading surely
     * cuts it off, which leaves the surname a name's first word.
     */
    private static boolean staysInName(char[] p, int b, int c, int e) {
        Lexicon lex = Lexicon.get();
        int h = WordSet.hash(p, c, e);
        long lh = WordSet.lowerHash(p, c, e);
        if (lex.honorificSet.has(p, c, e, h) || lex.roleSet.hasLower(p, c, e, lh)) {
            return false;
        }
        if (e - c > 3 && p[e - 1] == '.' && !ABBREVIATION_SET.has(p, c, e - 1)) {
            return false;
        }
        boolean opens = NOT_NAME_START_SET.has(p, c, e, h) || notNameWord(p, c, e, h) || invertedCue(p, c, e, lh);
        return !opens || !firstOfRun(p, b, c);
    }

    /**
     * Whether the token opening at {@code b} (its word at {@code c}, after any opening marks) surely
     * opens its run in {@link #runs}: marks before it, the paragraph's start, or a token before it that
     * closes a run or is no name word. False when unsure.
     */
    private static boolean firstOfRun(char[] p, int b, int c) {
        if (c > b) {
            return true;
        }
        int j = b - 1;
        while (j >= 0 && anySpace(p[j])) {
            j--;
        }
        if (j < 0 || closer(p[j])) {
            return true;
        }
        int u = wordStart(p, j);
        int f = u;
        while (f <= j && opener(p[f])) {
            f++;
        }
        return f <= j && !Character.isUpperCase(p[f]) && !PARTICLE_SET.has(p, u, j + 1);
    }

    /** Start of the white-space separated token that holds {@code j}. */
    private static int wordStart(char[] p, int j) {
        int b = j;
        while (b > 0 && !anySpace(p[b - 1])) {
            b--;
        }
        return b;
    }

    /** Whether the last word of {@code name} is {@code s} (which holds no space), without cutting it out. */
    private static boolean hasSurname(String name, String s) {
        int at = name.length() - s.length();
        if (name.endsWith(s) && (at == 0 || name.charAt(at - 1) == ' ')) {
            return true;
        }
        // "Robert F. Kennedy Jr." has the surname Kennedy: the word before a generational suffix
        int sp = name.lastIndexOf(' ');
        int from = sp - s.length();
        return from >= 0 && isSuffix(name, sp + 1) && name.startsWith(s, from) && (from == 0 || name.charAt(from - 1) == ' ');
    }

    /** The gender the text gives a surname by an honorific ("Mrs. Roe"), first in text order; null when none. */
    private Character textGender(String s) {
        if (gender.containsKey(s)) {
            return gender.get(s);
        }
        Character g = null;
        if (!s.isEmpty()) {
            int[] h = holders(s);
            for (int x = 0; x < h.length && g == null; x = next(h, x)) {
                int i = h[x];
                if (mayEndName(i, s, false, h, x)) {
                    if (read[i] != null) {
                        for (Object[] e : read[i].genders()) {
                            if (e[0].equals(s)) {
                                g = (Character) e[1];
                                break;
                            }
                        }
                        continue;
                    }
                    for (RunRead r : runsWith(i, h, x)) {
                        if (s.equals(r.genderOf())) {
                            g = r.gender();
                            break;
                        }
                    }
                }
            }
        }
        gender.put(s, g);
        return g;
    }

    /**
     * Runs of two to six capitalised words ("Qasim Mohammad Jalal al-Araji", "Mr. Burman"), as
     * {@code [start, end)} pairs, found in one pass over the paragraph's whitespace-separated tokens.
     * Punctuation after a word (a comma, a closing mark) ends its run.
     */
    static List<int[]> runs(char[] p) {
        List<int[]> out = new ArrayList<>();
        scan(p, 0, Integer.MAX_VALUE, out);
        return out;
    }

    /**
     * The run that holds position {@code k} of {@code p}, as {@link #runs} finds it, packed as
     * {@code start << 32 | end}; -1 when no run holds it. The scan starts at the nearest token before
     * {@code k} after which no run can be open, so a surname's question reads a few tokens around each
     * place the word stands, not the paragraph.
     */
    static long runAt(char[] p, int k) {
        List<int[]> found = new ArrayList<>(2);
        scan(p, restartBefore(p, k), k, found);
        for (int[] run : found) {
            if (run[0] <= k && k < run[1]) {
                return (long) run[0] << 32 | run[1];
            }
        }
        return -1;
    }

    /**
     * Where {@link #scan} may start so as to find the runs around {@code k} just as a scan from the
     * paragraph's start does: right after the last token before {@code k} that surely closes any run
     * (one ending in a closing mark, or one that opens with no capital, no opening mark, no "al-" and is
     * no particle: "said", "2019", "—"); the paragraph's start when there is none. Tokens end at a space
     * only, and open after the spaces that follow it, as {@link #scan} reads them.
     */
    private static int restartBefore(char[] p, int k) {
        int b = lastSpace(p, k - 1);
        while (b >= 0) {
            int a = lastSpace(p, b - 1);
            int ts = a + 1;
            while (ts < b && space(p[ts])) {
                ts++;
            }
            if (ts < b && closesRuns(p, ts, b)) {
                return b;
            }
            b = a;
        }
        return 0;
    }

    /** Whether {@link #scan} leaves no run open after the token {@code [ts, te)}, whatever came before it. */
    private static boolean closesRuns(char[] p, int ts, int te) {
        if (closer(p[te - 1])) {
            return true;
        }
        char c = p[ts];
        return !opener(c) && !Character.isUpperCase(c) && !startsAl(p, ts)
                && !(te - ts <= 3 && PARTICLE_SET.has(p, ts, te));
    }

    /**
     * The runs of {@code p} from the token at or after {@code from}, scanned from a state with no run
     * open, into {@code out}; stops at the first token after {@code stopAfter} that no open run reaches.
     */
    private static void scan(char[] p, int from, int stopAfter, List<int[]> out) {
        int n = p.length;
        int i = from;
        int runStart = -1;
        int runEnd = -1;
        int count = 0;
        while (i < n) {
            while (i < n && space(p[i])) {
                i++;
            }
            if (i >= n || i > stopAfter && count == 0) {
                break;
            }
            int ts = i;
            int sp = nextSpace(p, i);
            i = sp < 0 ? n : sp;
            int te = i;
            if (count == 0) {
                char c0 = p[ts];
                if (c0 >= 'b' && c0 <= 'z') {
                    continue; // the common case, decided without the checks below (which would refuse it too)
                }
            }
            int cs = ts;
            while (cs < te && opener(p[cs])) {
                cs++;
            }
            if (count == 0 && cs < te && !upper(p[cs]) && p[cs] != 'a') {
                continue;
            }
            int ce = te;
            while (ce > cs && closer(p[ce - 1])) {
                ce--;
            }
            boolean stripped = ce < te;
            boolean nameShaped = ce > cs && (cs == ts || runStart < 0) && nameToken(p, cs, ce, count > 0);
            if (nameShaped && (count == 0 || cs == ts)) {
                if (count == 0) {
                    runStart = cs;
                }
                runEnd = ce;
                count++;
                if (count == 6) {
                    out.add(new int[] {runStart, runEnd});
                    count = 0;
                    runStart = -1;
                } else if (stripped) {
                    if (count >= 2) {
                        out.add(new int[] {runStart, runEnd});
                    }
                    count = 0;
                    runStart = -1;
                }
            } else {
                if (count >= 2) {
                    out.add(new int[] {runStart, runEnd});
                }
                count = 0;
                runStart = -1;
                if (nameShaped) {
                    runStart = cs;
                    runEnd = ce;
                    count = 1;
                    if (stripped) {
                        count = 0;
                        runStart = -1;
                    }
                }
            }
        }
        if (count >= 2) {
            out.add(new int[] {runStart, runEnd});
        }
    }

    /** Whether {@code p} reads "al-" at {@code k}. */
    private static boolean startsAl(char[] p, int k) {
        return k + 3 <= p.length && p[k] == 'a' && p[k + 1] == 'l' && p[k + 2] == '-';
    }

    /** The last space (U+0020) at or before {@code k}; -1 when none. */
    private static int lastSpace(char[] p, int k) {
        int j = Math.min(k, p.length - 1);
        while (j >= 0 && p[j] != ' ') {
            j--;
        }
        return j;
    }

    /** The first space (U+0020) at or after {@code k}; -1 when none. */
    private static int nextSpace(char[] p, int k) {
        for (int j = Math.max(k, 0); j < p.length; j++) {
            if (p[j] == ' ') {
                return j;
            }
        }
        return -1;
    }

    /**
     * What each ASCII character is, as bits ({@link #LETTER} ...), for the per-character tests below: the run,
     * mention and role readings ask them of every character they pass, and C1, which runs most parses, inlines
     * a method only up to 35 bytes of bytecode. As chains of comparisons most of them were longer (a call
     * per character); a table look-up keeps each under the limit. Characters past U+007F take the slower
     * path each test names. (Letter or digit and white space are {@link WordTable}'s, which the attribution
     * scans share.)
     */
    private static final int[] ASCII = new int[128];
    private static final int LETTER = 1;
    private static final int UPPER = 4;
    private static final int LOWER = 8;
    private static final int WHITESPACE = 16;
    private static final int SPACE = 32;
    private static final int OPENER = 64;
    private static final int CLOSER = 128;
    private static final int APPOSITIVE_END = 256;

    static {
        for (char c = 0; c < 128; c++) {
            int f = 0;
            if (c >= 'a' && c <= 'z') {
                f |= LETTER | LOWER;
            }
            if (c >= 'A' && c <= 'Z') {
                f |= LETTER | UPPER;
            }
            if (Character.isWhitespace(c)) {
                f |= WHITESPACE;
            }
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                f |= SPACE;
            }
            if ("(\"'[".indexOf(c) >= 0) {
                f |= OPENER;
            }
            if (",;:)\"!?]".indexOf(c) >= 0) {
                f |= CLOSER;
            }
            if (",.;:(\"".indexOf(c) >= 0) {
                f |= APPOSITIVE_END;
            }
            ASCII[c] = f;
        }
    }

    /** A mark or bracket that may open a token before its word: {@code ( " “ ‘ ' [}. */
    static boolean opener(char c) {
        return c < 0x80 ? (ASCII[c] & OPENER) != 0 : curlyOpener(c);
    }

    /** {@link #opener} past U+007F, out of line so that the test itself stays small enough to inline. */
    private static boolean curlyOpener(char c) {
        return c == '“' || c == '‘';
    }

    /** Punctuation that may close a token after its word (and ends a run): {@code , ; : ) " ” ’ ! ? ]}. */
    static boolean closer(char c) {
        return c < 0x80 ? (ASCII[c] & CLOSER) != 0 : curlyCloser(c);
    }

    /** {@link #closer} past U+007F, out of line so that the test itself stays small enough to inline. */
    private static boolean curlyCloser(char c) {
        return c == '”' || c == '’';
    }

    /** The marks that end an appositive after a name: {@code , . ; : ( " “}. */
    static boolean endsAppositive(char c) {
        return c < 0x80 ? (ASCII[c] & APPOSITIVE_END) != 0 : curlyOpeningDouble(c);
    }

    /**
     * {@link #endsAppositive} past U+007F, out of line so that the test itself stays small enough to inline:
     * an opening double mark of any of the languages ("a salué « un premier pas »" after a French name is
     * the sentence's verb and its quote, no role).
     */
    private static boolean curlyOpeningDouble(char c) {
        return c == '“' || c == '«' || c == '„' || c == '»';
    }

    /** {@link Character#isLetter(char)} ({@link #ASCII}). */
    static boolean letter(char c) {
        return c < 0x80 ? (ASCII[c] & LETTER) != 0 : Character.isLetter(c);
    }

    /** {@link Character#isUpperCase(char)} ({@link #ASCII}). */
    static boolean upper(char c) {
        return c < 0x80 ? (ASCII[c] & UPPER) != 0 : Character.isUpperCase(c);
    }

    /** {@link Character#isLowerCase(char)} ({@link #ASCII}). */
    static boolean lower(char c) {
        return c < 0x80 ? (ASCII[c] & LOWER) != 0 : Character.isLowerCase(c);
    }

    /** The white space the run scan splits tokens at: space, line feed, tab, carriage return, no-break space. */
    static boolean space(char c) {
        return c < 0x80 ? (ASCII[c] & SPACE) != 0 : noBreakSpace(c);
    }

    /** White space as either way of splitting words here counts it: {@link #space} or {@link Character#isWhitespace}. */
    static boolean anySpace(char c) {
        return c < 0x80 ? (ASCII[c] & (SPACE | WHITESPACE)) != 0 : anySpacePastAscii(c);
    }

    /** {@link #anySpace} past U+007F, out of line so that the test itself stays small enough to inline. */
    private static boolean anySpacePastAscii(char c) {
        return noBreakSpace(c) || Character.isWhitespace(c);
    }

    /** {@link #space} past U+007F, out of line so that the test itself stays small enough to inline. */
    private static boolean noBreakSpace(char c) {
        return c == '\u00a0';
    }

    private static boolean nameToken(char[] p, int s, int e, boolean inside) {
        if (startsAl(p, s) && e - s > 3) {
            return true;
        }
        char c = p[s];
        if (!upper(c)) {
            return inside && e - s <= 3 && PARTICLE_SET.has(p, s, e); // particles have 2-3 letters
        }
        if (inside && partyTag(p, s, e)) {
            return false; // "Sen. Bernie Sanders I-Vt. said": a party-and-state tag without its commas ends the name
        }
        int end = p[e - 1] == '.' ? e - 1 : e;
        for (int k = s + 1; k < end; k++) {
            char x = p[k];
            if (!(letter(x) || x == '\'' || x == '’' || x == '-')) {
                return false;
            }
        }
        return true;
    }

    /**
     * A headline left in the body: a short line without a closing full stop whose longer words are
     * nearly all capitalised. Its capitalised runs join verbs to names, so they are not indexed.
     */
    static boolean headline(char[] p) {
        int e = p.length;
        while (e > 0 && WordTable.whitespace(p[e - 1])) {
            e--;
        }
        if (e == 0 || e > 200 || p[e - 1] == '.') {
            return false;
        }
        // words of four letters or more, and how many of them open with a capital: one pass, no word list
        int words = 0;
        int capitals = 0;
        int k = 0;
        while (k < e) {
            if (!WordTable.letterOrDigit(p[k])) {
                k++;
                continue;
            }
            int w = k;
            while (k < e && Phrase.wordTail(p[k])) {
                k++;
            }
            if (k - w > 3) {
                words++;
                if (upper(p[w])) {
                    capitals++;
                }
            }
        }
        // the length strip() leaves: e already stands after the trailing white space
        int b = 0;
        while (b < e && WordTable.whitespace(p[b])) {
            b++;
        }
        return words >= 4 && capitals * 5 >= words * 4 && e - b <= 160;
    }

    static boolean isOrgWord(String token) {
        String t = token.endsWith("'s") || token.endsWith("’s") ? token.substring(0, token.length() - 2) : token;
        return Lexicon.get().orgWords.contains(t);
    }

    private static Character genderOf(String honorific, Character current) {
        Character g = honorificGender(honorific);
        return g != null ? g : current;
    }

    /** The gender an honorific gives the name after it ("Mr.", "Mrs."), or null for one of either. */
    static Character honorificGender(String honorific) {
        return switch (honorific) {
            case "Mr.", "Sir", "Lord", "King", "Prince" -> 'm';
            case "Mrs.", "Ms.", "Miss", "Lady", "Dame", "Queen", "Princess" -> 'f';
            default -> null;
        };
    }

    private void recordRoles(String name, char[] p, int start, int end) {
        recordRoles(roles, name, p, start, end);
    }

    private static void recordRoles(Map<String, List<String>> into, String name, char[] p, int start, int end) {
        // "NAME, the role ..., ..." — the appositive after the name, or after its state ("Senator NAME of
        // Oregon, a Democrat, ...")
        int comma = end < p.length && p[end] == ',' ? end : commaAfterState(p, end);
        if (comma < 0 && end + 6 < p.length && p[end] == ' ' && p[end + 1] == '(') {
            // "Sen. Sherrod Brown (D-Ohio) said": the tag in parentheses
            int close = end + 2;
            while (close < p.length && close - end < 12 && p[close] != ')') {
                close++;
            }
            if (close < p.length && p[close] == ')' && partyTag(p, end + 2, close)) {
                addRole(into, name, p, end + 2, close);
            }
        }
        if (comma < 0 && end + 5 < p.length && p[end] == ' ' && p[end + 2] == '-') {
            // "Rep. Zoe Lofgren D-Calif. said": the tag with neither commas nor parentheses
            int close = nextSpace(p, end + 1);
            close = close < 0 ? p.length : close;
            if (p[close - 1] == ',' || p[close - 1] == '.') {
                close--;
            }
            if (partyTag(p, end + 1, close)) {
                addRole(into, name, p, end + 1, close);
            }
        }
        if (comma >= 0) {
            int stop = comma + 1;
            while (stop < p.length && stop - comma < 200 && (!endsAppositive(p[stop]) || titleStop(p, stop))) {
                stop++;
            }
            addRole(into, name, p, comma + 1, stop);
        }
        // "Festival secretary NAME" / "Iran's Foreign Minister NAME" — a role run right before the name
        int from = start;
        int words = 0;
        boolean titled = false; // the run so far is a title abbreviated before the name
        while (from > 0 && words < 6) {
            int k = from - 1;
            while (k >= 0 && p[k] == ' ') {
                k--;
            }
            int w = k;
            if (k > 0 && p[k] == '.') {
                // "Gov. NAME", "Lt. Gov. NAME": a title abbreviated right before the name (Roles reads it as
                // the title); only capitalised words and "former" before it belong to it ("former Ohio Gov.",
                // not "with Sen." or "back Sen."), and one further back ends the run ("Gov. Jerry Brown
                // criticized NAME")
                while (w > 0 && !WordTable.whitespace(p[w - 1])) {
                    w--;
                }
                if (words > 0 && !titled || !Roles.titleAbbreviation(p, w, k)) {
                    break;
                }
                titled = true;
            } else {
                if (titled && k >= 0 && !Character.isUpperCase(p[wordStart(p, k)]) && !WordSet.lowerIs(p, wordStart(p, k), k + 1, "former")) {
                    break;
                }
                if (k < 0 || !letter(p[k]) && p[k] != '\'' && p[k] != '’') {
                    break;
                }
                // an apostrophe ends a word ("Jones'") only after a letter; after a comma or another apostrophe it
                // closes a quotation ("no choice,'' union steward NAME", "win,’ party chairman NAME")
                if (!letter(p[k]) && (k == 0 || !letter(p[k - 1]))) {
                    break;
                }
                while (w > 0 && !WordTable.whitespace(p[w - 1])) {
                    w--;
                }
            }
            if (WordSet.lowerIs(p, w, k + 1, "the") || WordSet.lowerIs(p, w, k + 1, "a") || WordSet.lowerIs(p, w, k + 1, "an")
                    || WordSet.lowerIs(p, w, k + 1, "said") || WordSet.lowerIs(p, w, k + 1, "and")
                    || Character.isUpperCase(p[w]) && Lexicon.get().clauseOpenerSet.hasLower(p, w, k + 1)) {
                // "But Governor NAME", "Even Senator NAME", "Monday Senator NAME": the sentence's opener is
                // no part of the role
                break;
            }
            if (WordSet.lowerIs(p, w, k + 1, "by") || WordSet.lowerIs(p, w, k + 1, "to") && precededBy(p, w, "according")) {
                break; // "according to council member NAME", "was rejected by US Secretary of State NAME"
            }
            if (words > 0 && (WordSet.lowerIs(p, w, k + 1, "for") || WordSet.lowerIs(p, w, k + 1, "to")) && titleOpens(p, from)) {
                break; // "a spokesman for former Governor NAME", "an aide to Senator NAME": the aide's role is no title of NAME
            }
            if (Character.isLowerCase(p[w]) && predicateWord(p, w, k + 1)) {
                break; // "A group of leaders endorsed Senator NAME", "the same thing as Justice NAME"
            }
            from = w;
            words++;
        }
        if (from < start) {
            addRole(into, name, p, from, start);
        }
        // "the committee's chairman, Senator Bill Haskett, ...": the title before the name does not hide the
        // description the name is set off after
        if (from >= 2 && p[from - 1] == ' ' && p[from - 2] == ',' && end < p.length && p[end] == ',') {
            describedBefore(into, name, p, from - 2);
        }
    }

    /**
     * Words that end a role run read back from a name: a verb or a preposition of the sentence before the
     * role. Lower case only; "Retired Lt. Gen." keeps its capital and "retired Gen." its participle.
     */
    private static final WordSet RUN_BREAKS = new WordSet(List.of("as", "with", "than", "like", "from", "is", "was",
            "are", "were", "be", "been", "has", "had", "have", "that", "who", "which", "when", "while", "if", "because",
            "against", "over", "into", "between", "among", "praised", "attacked", "endorsed", "backed", "defeated",
            "met", "named", "nominated", "criticized", "blamed", "joined", "thanked", "replaced", "succeeded",
            "hired", "fired", "sued", "invited", "urged", "ousted", "beat", "interviewed", "introduced", "hosted"));

    /** Whether the lower-case word {@code p[from, to)} is a verb or preposition that ends a role run ({@link #RUN_BREAKS}, a cue). */
    private static boolean predicateWord(char[] p, int from, int to) {
        return RUN_BREAKS.has(p, from, to) || Lexicon.get().cues.isWord(new String(p, from, to - from));
    }

    /**
     * Where the comma after " of " and one or two capitalised words that follow a name stands ("NAME of
     * Oregon,", "NAME of New Mexico,"), or -1.
     */
    private static int commaAfterState(char[] p, int end) {
        if (end + 5 >= p.length || p[end] != ' ' || p[end + 1] != 'o' || p[end + 2] != 'f' || p[end + 3] != ' '
                || !Character.isUpperCase(p[end + 4])) {
            return -1;
        }
        int k = end + 4;
        for (int words = 0; words < 2; words++) {
            while (k < p.length && letter(p[k])) {
                k++;
            }
            if (k < p.length && p[k] == ',') {
                return k;
            }
            if (k + 1 >= p.length || p[k] != ' ' || !Character.isUpperCase(p[k + 1])) {
                return -1;
            }
            k++;
        }
        return -1;
    }

    /**
     * Whether the full stop at {@code p[stop]} ends a title abbreviated before a name ("a spokesman for
     * Mr. Cruz"): the appositive goes on past it, where it was cut to "spokesman for Mr".
     */
    private static boolean titleStop(char[] p, int stop) {
        if (p[stop] != '.' || stop + 2 >= p.length || p[stop + 1] != ' ' || !Character.isUpperCase(p[stop + 2])) {
            return false;
        }
        int w = stop;
        while (w > 0 && letter(p[w - 1])) {
            w--;
        }
        return Roles.titleAbbreviation(p, w, stop) || honorificBefore(p, w, stop);
    }

    /** Whether the word is a courtesy title ("Mr", "Mrs", "Ms", "Dr"), read before its full stop. */
    private static boolean honorificBefore(char[] p, int from, int to) {
        return WordSet.lowerIs(p, from, to, "mr") || WordSet.lowerIs(p, from, to, "mrs") || WordSet.lowerIs(p, from, to, "ms")
                || WordSet.lowerIs(p, from, to, "dr");
    }

    /** Whether the word before the one starting at {@code w} is {@code word}, in either case. */
    private static boolean precededBy(char[] p, int w, String word) {
        int e = w;
        while (e > 0 && p[e - 1] == ' ') {
            e--;
        }
        int s = e;
        while (s > 0 && letter(p[s - 1])) {
            s--;
        }
        return s < e && WordSet.lowerIs(p, s, e, word);
    }

    /** The word at {@code at} is "former" or a capitalised role noun: a title ("former Governor", "Senator"). */
    private static boolean titleOpens(char[] p, int at) {
        int e = at;
        while (e < p.length && letter(p[e])) {
            e++;
        }
        return e > at && (WordSet.lowerIs(p, at, e, "former") || Character.isUpperCase(p[at]) && Lexicon.get().isRole(p, at, e));
    }

    /**
     * "..., the company's managing director, Zahid Mir, told reporters": a name set off by commas after a
     * description that opens with a determiner gives the description as its role, when it holds a role
     * noun ({@link #addRole}). The description runs back from the comma at {@code comma} to the
     * determiner that opens it, within eight words and not past a mark, a comma or a quote, and that
     * determiner opens a clause: a mark stands before it, or nothing. A determiner after "of" is passed
     * ("The director of the FBI, Christopher Wray, ...").
     */
    private static void describedBefore(Map<String, List<String>> into, String name, char[] p, int comma) {
        int k = comma;
        for (int words = 0; words < 8 && k > 0; words++) {
            int e = k;
            while (e > 0 && p[e - 1] == ' ') {
                e--;
            }
            int w = e;
            while (w > 0 && (letter(p[w - 1]) || p[w - 1] == '\'' || p[w - 1] == '’' || p[w - 1] == '-')) {
                w--;
            }
            if (w == e || w > 0 && p[w - 1] != ' ') {
                return; // a mark, a comma, a quote or a digit before the word: no determiner opened the description
            }
            if (WordSet.lowerIs(p, w, e, "the") || WordSet.lowerIs(p, w, e, "its") || WordSet.lowerIs(p, w, e, "his")
                    || WordSet.lowerIs(p, w, e, "her") || WordSet.lowerIs(p, w, e, "their")) {
                int b = w;
                while (b > 0 && p[b - 1] == ' ') {
                    b--;
                }
                // the description opens a clause (after a quote, a comma, a dash or the paragraph's start):
                // "a letter to the president in May, Zippy Duvall, ..." is no apposition
                if (words > 0 && (b == 0 || ",;:\"”’'—–".indexOf(p[b - 1]) >= 0)) {
                    addRole(into, name, p, w, comma);
                    return;
                }
                // "The director of the FBI, Christopher Wray, ...": a determiner after "of" is inside the
                // description, whose own determiner stands further back
                if (b < 3 || !(p[b - 1] == 'f' && p[b - 2] == 'o' && p[b - 3] == ' ')) {
                    return;
                }
            }
            k = w;
        }
    }

    /**
     * Adds {@code p[from, to)} as a role of {@code name} when it reads as one: 1 to 18 words, not opening
     * with a participle, "who", "which", "said" or "says", and holding a role noun or occupation. The
     * words are read in place ({@link Phrase#words} cuts them so): the text is copied only for a role kept.
     */
    /**
     * Whether {@code p[i, e)} is a legislator's party-and-state tag ("R-Iowa", "D-Ore.", "D-N.Y."): a role
     * of its own ("Sen. Ron Wyden, D-Ore., was skeptical" makes him "the Oregon senator" further down).
     */
    private static boolean partyTag(char[] p, int i, int e) {
        return e - i >= 4 && e - i <= 9 && p[i + 1] == '-' && (p[i] == 'R' || p[i] == 'D' || p[i] == 'I')
                && Character.isUpperCase(p[i + 2]);
    }

    private static void addRole(Map<String, List<String>> into, String name, char[] p, int from, int to) {
        Lexicon lex = Lexicon.get();
        int words = 0;
        int firstStart = -1;
        int firstEnd = -1;
        boolean hasRole = false;
        int i = from;
        while (i < to) {
            if (!WordTable.letterOrDigit(p[i])) {
                i++;
                continue;
            }
            int e = i + 1;
            while (e < to && Phrase.wordTail(p[e])) {
                e++;
            }
            if (++words > 18) {
                return;
            }
            if (words == 1) {
                firstStart = i;
                firstEnd = e;
            }
            hasRole = hasRole || lex.isRole(p, i, e) || p[e - 1] == '.' && Roles.titleAbbreviation(p, i, e - 1)
                    || partyTag(p, i, e);
            i = e;
        }
        if (words == 0) {
            return;
        }
        if (Character.isLowerCase(p[firstStart])
                && (WordTable.lowerEndsWith(p, firstStart, firstEnd, "ed") || WordTable.lowerEndsWith(p, firstStart, firstEnd, "ing"))
                || WordSet.lowerIs(p, firstStart, firstEnd, "who") || WordSet.lowerIs(p, firstStart, firstEnd, "which")
                || WordSet.lowerIs(p, firstStart, firstEnd, "said") || WordSet.lowerIs(p, firstStart, firstEnd, "says")) {
            return;
        }
        if (!hasRole || Character.isLowerCase(p[firstStart]) && lex.cues.isWord(new String(p, firstStart, firstEnd - firstStart))) {
            // "Zahid Mir, told reporters": a cue verb after the name's comma opens the predicate, no role
            return;
        }
        into.computeIfAbsent(name, k -> new ArrayList<>()).add(Roles.clean(new String(p, from, to - from).strip()));
    }

    /** Every full name of the article, in text order (reads every paragraph). */
    List<Occurrence> occurrences() {
        if (occurrences == null) {
            List<Occurrence> all = new ArrayList<>();
            for (int i = 0; i < paragraphs.size(); i++) {
                all.addAll(read(i).names());
            }
            occurrences = all;
        }
        return occurrences;
    }

    /** The names found in one paragraph, in text order. */
    List<Occurrence> in(int paragraph) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            return List.of();
        }
        return read(paragraph).names();
    }

    /**
     * Everyone a paragraph names, in text order: the full names of {@link #in} and the surnames standing
     * alone that one of them gives ("Fallon fired back" after "Brian Fallon"), resolved to that full name.
     * Names inside quotation marks are left out: a quote's words are not the narrative's people. A pronoun
     * refers back to the nearest of these, and most later mentions of a person are the surname alone.
     * Mention {@code k} of the paragraph, or null when it has fewer: read as far as asked and kept.
     */
    Occurrence mention(int paragraph, int k) {
        return mention(paragraph, k, Integer.MAX_VALUE);
    }

    /**
     * {@link #mention(int, int)} when it starts before {@code limit}, else null. A pronoun asks for the
     * mentions before its quote, which most often opens the paragraph: then nothing is read at all, where
     * the paragraph's names were read, and its words searched up to the first mention, wherever it stood.
     */
    Occurrence mention(int paragraph, int k, int limit) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            return null;
        }
        Mentions m = mentions[paragraph];
        if (m == null) {
            if (!mayStartName(paragraphs.get(paragraph), limit)) {
                return null;
            }
            m = new Mentions(in(paragraph));
            mentions[paragraph] = m;
        }
        if (m.found.size() <= k) {
            readMentions(m, text(paragraph), paragraph, k, limit, null);
        }
        if (k >= m.found.size()) {
            return null;
        }
        Occurrence o = m.found.get(k);
        return o.offset() < limit ? o : null;
    }

    /**
     * Whether a mention can start before {@code limit}: a name's run opens with a capital or "al-" (a
     * particle may open the name, but only inside a run), and a surname standing alone with a capital.
     */
    private static boolean mayStartName(String p, int limit) {
        int to = Math.min(limit, p.length());
        for (int i = 0; i < to; i++) {
            char c = p.charAt(i);
            if (c >= 'A' && c <= 'Z' || c == 'a' && p.startsWith("al-", i) || c >= 0x80 && Character.isUpperCase(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paragraph's mentions as far as they have been read, and where the reading stopped: a pronoun
     * asks for the first compatible person, so the words after it need no search for their full name.
     */
    private static final class Mentions {
        final List<Occurrence> full;
        final List<Occurrence> found = new ArrayList<>();
        /** The next character to read, the next full name not passed, and whether the reading is inside marks. */
        int at;
        int next;
        boolean quoted;

        Mentions(List<Occurrence> full) {
            this.full = full;
        }
    }

    /**
     * The paragraph's mentions ({@link #mention(int, int)} in order) that stand where {@code at} accepts
     * their offset. A question that wants only the mentions followed by a verb of speech would otherwise
     * read every mention, and each surname standing alone that a paragraph holds ("the Senate's Republican
     * Majority", "Iowa", "Clinton") is a search of the whole article for its full name: the words {@code at}
     * refuses are not searched for. Not kept: the list depends on {@code at}.
     */
    List<Occurrence> mentionsWhere(int paragraph, java.util.function.IntPredicate at) {
        if (paragraph < 0 || paragraph >= paragraphs.size()) {
            return List.of();
        }
        Mentions m = mentions[paragraph];
        if (m == null) {
            if (!mayStartName(paragraphs.get(paragraph), Integer.MAX_VALUE)) {
                return List.of();
            }
            m = new Mentions(in(paragraph));
        } else if (m.at < paragraphs.get(paragraph).length()) {
            m = new Mentions(m.full); // read in part: read again, with the test
        } else {
            List<Occurrence> out = new ArrayList<>(2);
            for (Occurrence o : m.found) {
                if (at.test(o.offset())) {
                    out.add(o);
                }
            }
            return out;
        }
        readMentions(m, text(paragraph), paragraph, Integer.MAX_VALUE - 1, Integer.MAX_VALUE, at);
        return m.found;
    }

    /**
     * Reads on in the paragraph until it has found mention {@code k} or reached the end; with {@code at},
     * only the mentions at offsets it accepts ({@link #mentionsWhere}).
     */
    private void readMentions(Mentions m, char[] p, int paragraph, int k, int limit, java.util.function.IntPredicate at) {
        List<Occurrence> full = m.full;
        List<Occurrence> out = m.found;
        int next = m.next;
        boolean quoted = m.quoted;
        int n = p.length;
        int i = m.at;
        while (i < n && out.size() <= k && i < limit) {
            char c = p[i];
            if (c == '"' || c == '“' || c == '”' || c == '\'' && i + 1 < n && p[i + 1] == '\'') {
                quoted = c == '“' || (c != '”' && !quoted);
                i += c == '\'' ? 2 : 1;
                continue;
            }
            if (!letter(c) || i > 0 && WordTable.letterOrDigit(p[i - 1])) {
                i++;
                continue;
            }
            while (next < full.size() && full.get(next).offset() < i) {
                next++;
            }
            if (next < full.size() && full.get(next).offset() == i) {
                Occurrence o = full.get(next);
                if (!quoted && (at == null || at.test(i))) {
                    out.add(o);
                }
                i = o.offset() + o.name().length();
                continue;
            }
            int e = i + 1;
            while (e < n && (letter(p[e]) || p[e] == '-')) {
                e++;
            }
            if (!quoted && upper(c) && e - i > 1
                    && (e == n || p[e] != ' ' || e + 1 >= n || !upper(p[e + 1])) && (at == null || at.test(i))) {
                // a clause opener ("But", "The") or an organisation word never ends an indexed name (the
                // reading strips or refuses it): no paragraph need be searched for it
                String w;
                int h = WordSet.hash(p, i, e);
                if (!notNameWord(p, i, e, h) && !isOrgWord(p, i, e, h) && !withSurname(w = new String(p, i, e - i)).isEmpty()) {
                    String name = fullName(w, paragraph);
                    if (name != null) {
                        out.add(new Occurrence(name, paragraph, i, null));
                    }
                }
            }
            i = e;
        }
        m.at = i;
        m.next = next;
        m.quoted = quoted;
    }

    /** The roles the article gives one name (read lazily: most names are never asked about). */
    List<String> rolesOf(String name) {
        if (rolesRead) {
            return roles.getOrDefault(name, List.of());
        }
        Map<String, List<String>> own = null;
        for (Occurrence o : withSurname(surname(name))) {
            if (o.name().equals(name)) {
                if (own == null) {
                    own = new HashMap<>(2);
                }
                recordRoles(own, name, text(o.paragraph()), o.offset(), o.offset() + name.length());
            }
        }
        List<String> found = own == null ? null : own.get(name);
        return found == null ? new ArrayList<>() : new ArrayList<>(found);
    }

    /** Every name's roles, read on first use (only role descriptions need them all). */
    Map<String, List<String>> roles() {
        if (!rolesRead) {
            roles.clear();
            for (Occurrence o : occurrences()) {
                recordRoles(o.name(), text(o.paragraph()), o.offset(), o.offset() + o.name().length());
            }
            rolesRead = true;
        }
        return roles;
    }

    /**
     * The roles given to the names of the paragraphs whose lower-cased text holds {@code word}, name by
     * name in text order: the part of {@link #roles} a description headed by that word can match (its
     * head is among a matching role's words, and a role is read from its name's paragraph). Kept per word:
     * an article that calls its speaker "the minister" three times asked three times, and each question
     * searched every paragraph. Callers only read the map.
     */
    Map<String, List<String>> rolesNear(String word) {
        Map<String, List<String>> out = near.get(word);
        if (out != null) {
            return out;
        }
        out = new HashMap<>();
        near.put(word, out);
        // "the governor" is also the role of "Gov. Ann Roe": the paragraphs holding the abbreviation give it too
        List<String> abbreviated = Lexicon.get().abbreviatedTitles.getOrDefault(word, List.of());
        String tag = PARTY_TAGS.get(word);
        if (tag != null) {
            abbreviated = List.of(tag); // "the Iowa Republican" is also Sen. Chuck Grassley, R-Iowa
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            if (holdsLower(i, word) || !abbreviated.isEmpty() && holdsAny(i, abbreviated)) {
                for (Occurrence o : read(i).names()) {
                    recordRoles(out, o.name(), text(i), o.offset(), o.offset() + o.name().length());
                }
            }
        }
        return out;
    }

    /** A party's noun and the opening of its party-and-state tag, lower-cased ({@link #partyTag}). */
    private static final Map<String, String> PARTY_TAGS = Map.of("democrat", "d-", "republican", "r-", "independent", "i-");

    /** Whether {@link #holdsLower} finds any of {@code words} in paragraph {@code i}. */
    private boolean holdsAny(int i, List<String> words) {
        for (String w : words) {
            if (holdsLower(i, w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #containsLower(String, String)} of paragraph {@code i}, read in its array when the index holds
     * one ({@link #text}: the paragraphs a quote or a name was read in, most of those a description's
     * question reads). {@code String.indexOf} of a first letter returns to the caller at every place the
     * letter stands, and a head's first letter is a common one ("s" of "spokesman", "p" of "president"):
     * a long article asked about several heads spent more on those returns than on reading. Whether such a
     * paragraph holds a character past ASCII whose lower case is ASCII ({@link #dotted}) is asked once, not
     * per head.
     */
    private boolean holdsLower(int i, String word) {
        char[] t = texts[i];
        if (t == null || word.isEmpty() || dotted(i)) {
            return containsLower(paragraphs.get(i), word);
        }
        return containsLower(t, paragraphs.get(i).length(), word);
    }

    /** Whether paragraph {@code i} holds U+0130 or U+212A, the characters past ASCII whose lower case is ASCII. */
    private boolean dotted(int i) {
        byte d = dotted[i];
        if (d == 0) {
            String p = paragraphs.get(i);
            d = p.indexOf('\u0130') >= 0 || p.indexOf('\u212A') >= 0 ? (byte) 1 : (byte) 2;
            dotted[i] = d;
        }
        return d == 1;
    }

    /**
     * {@code p.toLowerCase(Locale.ROOT).contains(word)} for a lower-case ASCII {@code word}, without the
     * lower-cased copy of the paragraph (a description's question read every paragraph so). Lower-casing
     * keeps every character's place and turns no character past U+007F into ASCII but the dotted capital I
     * (which also grows to two characters) and the Kelvin sign: a paragraph holding either is lower-cased.
     */
    static boolean containsLower(String p, String word) {
        int m = word.length();
        int n = p.length();
        if (m == 0) {
            return true;
        }
        if (p.indexOf('\u0130') >= 0 || p.indexOf('\u212A') >= 0) {
            return p.toLowerCase(Locale.ROOT).contains(word);
        }
        char w0 = word.charAt(0);
        char u0 = w0 >= 'a' && w0 <= 'z' ? (char) (w0 - 32) : w0;
        int last = n - m;
        // the places the first character stands, either case, found by indexOf (which reads many at a time)
        int lower = p.indexOf(w0);
        int upper = u0 == w0 ? -1 : p.indexOf(u0);
        while (lower >= 0 || upper >= 0) {
            int i;
            if (upper < 0 || lower >= 0 && lower < upper) {
                i = lower;
                lower = p.indexOf(w0, i + 1);
            } else {
                i = upper;
                upper = p.indexOf(u0, i + 1);
            }
            if (i > last) {
                return false;
            }
            int k = 1;
            while (k < m) {
                char x = p.charAt(i + k);
                char y = word.charAt(k);
                if (x != y && (x < 'A' || x > 'Z' || x + 32 != y)) {
                    break;
                }
                k++;
            }
            if (k == m) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #containsLower(String, String)} of the first {@code n} characters of {@code p}, which hold
     * neither U+0130 nor U+212A, for a word not empty: one walk over the array, each character compared
     * with the word's first letter in either case.
     */
    static boolean containsLower(char[] p, int n, String word) {
        int m = word.length();
        char w0 = word.charAt(0);
        char u0 = w0 >= 'a' && w0 <= 'z' ? (char) (w0 - 32) : w0;
        for (int i = 0, last = n - m; i <= last; i++) {
            char c = p[i];
            if (c != w0 && c != u0) {
                continue;
            }
            int k = 1;
            while (k < m) {
                char x = p[i + k];
                char y = word.charAt(k);
                if (x != y && (x < 'A' || x > 'Z' || x + 32 != y)) {
                    break;
                }
                k++;
            }
            if (k == m) {
                return true;
            }
        }
        return false;
    }

    /** The gender of a full name's given name ({@code first-names.txt}), or null when unknown or none. */
    static Character givenGender(String name) {
        int space = name.indexOf(' ');
        return space <= 0 ? null : Lexicon.get().givenGender.get(name.substring(0, space));
    }

    Character genderOf(String name) {
        int space = name.indexOf(' ');
        if (space > 0) {
            // the given name first: "Mr. Clinton" makes the surname male, and Hillary Clinton shares it
            Character given = givenGender(name);
            if (given == null) {
                given = honorificGender(name.substring(0, space)); // "Mr. Clinton", kept so beside Hillary Clinton
            }
            if (given != null) {
                return given;
            }
        }
        String s = surname(name);
        Character g = textGender(s);
        return g != null ? g : learnt.get(s);
    }

    /** A gender learnt from a pronoun; the text's own (an honorific) comes first. */
    void setGender(String name, char g) {
        String s = surname(name);
        if (textGender(s) == null) {
            learnt.putIfAbsent(s, g);
        }
    }

    /** The fullest name the article gives for a surname: the first earlier occurrence, else the first later one. */
    String fullName(String surname, int paragraph) {
        FullNames f = fullNames.get(surname);
        if (f == null) {
            f = FullNames.of(withSurname(surname), surname);
            fullNames.put(surname, f);
        }
        return f.at(paragraph);
    }

    /** The occurrences whose surname is this name's, in text order (a superset of the name's own). */
    List<Occurrence> withSurnameOf(String name) {
        return withSurname(surname(name));
    }

    /**
     * The longer names ending in one surname, in text order, with the one written most often so far (the
     * longer on a tie) at each position: "Hillary Clinton" ten times outweighs a nickname's "Crooked Hillary
     * Clinton" once. So that {@link #fullName} is a binary search: scanning every occurrence of a surname
     * per quote made a long text that repeats a name quadratic (robust/AdversarialBench).
     */
    private record FullNames(int[] paragraphs, String[] longestSoFar) {
        static final FullNames NONE = new FullNames(new int[0], new String[0]);

        String at(int paragraph) {
            if (paragraphs.length == 0) {
                return null;
            }
            int lo = 0;
            int hi = paragraphs.length - 1;
            int last = -1;
            while (lo <= hi) {
                int mid = (lo + hi) >>> 1;
                if (paragraphs[mid] <= paragraph) {
                    last = mid;
                    lo = mid + 1;
                } else {
                    hi = mid - 1;
                }
            }
            // None at or before the paragraph: the first later one.
            return last >= 0 ? longestSoFar[last] : longestSoFar[0];
        }

        static FullNames of(List<Occurrence> sameSurname, String surname) {
            List<Occurrence> longer = new ArrayList<>();
            for (Occurrence o : sameSurname) {
                if (o.name().length() > surname.length()) {
                    longer.add(o);
                }
            }
            if (longer.isEmpty()) {
                return NONE;
            }
            int[] paragraphs = new int[longer.size()];
            String[] best = new String[longer.size()];
            // the times each name was written so far, counted in two small arrays: a surname has one to a
            // few full names, and each occurrence's name is a fresh string (a map hashed every one of them)
            String[] names = new String[4];
            int[] counts = new int[4];
            int distinct = 0;
            String b = null;
            int cb = 0;
            for (int k = 0; k < longer.size(); k++) {
                Occurrence o = longer.get(k);
                String name = o.name();
                int at = 0;
                while (at < distinct && !names[at].equals(name)) {
                    at++;
                }
                if (at == distinct) {
                    if (distinct == names.length) {
                        names = java.util.Arrays.copyOf(names, distinct * 2);
                        counts = java.util.Arrays.copyOf(counts, distinct * 2);
                    }
                    names[distinct++] = name;
                }
                int c = ++counts[at];
                if (b != null) {
                    cb = count(names, counts, distinct, b);
                }
                if (b == null || c > cb || c == cb && name.length() > b.length()) {
                    b = name;
                }
                paragraphs[k] = o.paragraph();
                best[k] = b;
            }
            return new FullNames(paragraphs, best);
        }
    }

    /** How often {@code name} was counted in {@link FullNames#of}'s arrays. */
    private static int count(String[] names, int[] counts, int distinct, String name) {
        for (int k = 0; k < distinct; k++) {
            if (names[k].equals(name)) {
                return counts[k];
            }
        }
        return 0;
    }

    /**
     * The name's last word, or the word before a generational suffix ("Robert F. Kennedy Jr.", "Martin
     * Luther King III"): the article goes on with "Kennedy said", and the suffix alone names no one.
     */
    static String surname(String name) {
        int sp = name.lastIndexOf(' ');
        if (sp > 0 && isSuffix(name, sp + 1)) {
            int before = name.lastIndexOf(' ', sp - 1);
            return name.substring(before + 1, sp);
        }
        return sp < 0 ? name : name.substring(sp + 1);
    }

    /** Legal forms written after a company's name ("Acme Corp", "Vantor Holdings Inc."). */
    private static final Set<String> LEGAL_FORMS = Set.of("Corp", "Corp.", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "plc",
            "PLC", "Co.", "AG", "GmbH", "SE", "NV", "N.V.", "SA", "S.A.");

    /**
     * Whether the article writes the single word {@code s} as the first word of a company's name, before a
     * legal form with at most two capitalised words between ("Acme Corp reported ...", "Tidewater Marine
     * Inc. would build ...", then "Acme said in a statement"): the word names a company, not a person with a
     * surname alone. Reads the places of the word the surname question already found ({@link #holders}).
     */
    boolean companyName(String s) {
        int[] h = holders(s);
        for (int x = 0; x < h.length; x = next(h, x)) {
            String p = paragraphs.get(h[x]);
            for (int y = x + 2, to = next(h, x); y < to; y++) {
                int e = h[y] + s.length();
                for (int words = 0; words < 3 && e + 2 < p.length() && p.charAt(e) == ' '
                        && Character.isUpperCase(p.charAt(e + 1)); words++) {
                    int f = e + 1;
                    while (f < p.length() && p.charAt(f) != ' ' && p.charAt(f) != ',' && p.charAt(f) != ';'
                            && p.charAt(f) != ')' && p.charAt(f) != '\'') {
                        f++;
                    }
                    if (LEGAL_FORMS.contains(p.substring(e + 1, f))) {
                        return true;
                    }
                    e = f;
                }
            }
        }
        return false;
    }

    /** Generational suffixes written after a surname, with or without the full stop. */
    private static final Set<String> SUFFIXES = Set.of("Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV");

    /** Whether {@code name} from {@code from} to its end is a generational suffix ({@link #SUFFIXES}). */
    static boolean isSuffix(String name, int from) {
        int n = name.length() - from;
        char c = n >= 2 && n <= 3 ? name.charAt(from) : ' ';
        return (c == 'J' || c == 'S' || c == 'I') && SUFFIXES.contains(name.substring(from));
    }
}
