package io.articlex.rules;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Agency codes and outlet names from the {@link Rules}: the table that turns the {@code IP} of
 * {@code Tehran (IP):} into "Iran Press", and that tells an agency code from a place qualifier such as
 * {@code (Niger)} (wire-patterns.md: "resolve by a known-agency list, not by position").
 */
public final class OutletTable {

    /** An outlet: its display name and the canonical code (null for a paper without one). */
    public record Outlet(String name, String code) {
    }

    /** An outlet named inside a longer text, and the words that named it. */
    public record Mention(Outlet outlet, String written) {
    }

    private final Map<String, Outlet> byKey;
    /** The length of the longest key of {@link #byKey}: a text whose key is longer names no outlet. */
    private final int longestKey;
    /** Every name, alias and code, longest first, for finding them inside a text. */
    private final List<String> written;
    /** Every written form as one alternation, compiled when first asked for (see {@link #mentionPattern}). */
    private volatile Pattern mentionPattern;

    /** Outlets' own dateline shapes from the rules, tried before the built-in grammar. */
    private final List<Rules.DatelineShape> shapes;

    private OutletTable(Map<String, Outlet> byKey, List<String> written, List<Rules.DatelineShape> shapes) {
        this.shapes = List.copyOf(shapes);
        this.byKey = Map.copyOf(byKey);
        this.written = List.copyOf(written);
        int longest = 0;
        for (String k : this.byKey.keySet()) {
            longest = Math.max(longest, k.length());
        }
        this.longestKey = longest;
    }

    /**
     * The pattern of {@link #mentionIn}: an alternation of ~400 quoted names ignoring case, whose
     * compilation cost every one-file parse ~5 ms though many texts never ask for a mention.
     */
    private Pattern mentionPattern() {
        Pattern p = mentionPattern;
        if (p == null) {
            StringBuilder alt = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < written.size(); i++) {
                if (i > 0) {
                    alt.append('|');
                }
                alt.append(Pattern.quote(written.get(i)));
            }
            mentionPattern = p = Pattern.compile(alt.append(")(?![\\p{L}\\p{N}])").toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        }
        return p;
    }

    private static final class Holder {
        static final OutletTable BUILT_IN = builtInFromTable();
    }

    /** The build's form of the built-in table ({@link RulesTable}), else the table made from the built-in rules. */
    private static OutletTable builtInFromTable() {
        try {
            OutletTable t = RulesTable.readOutlets();
            return t != null ? t : of(Rules.builtIn());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("built-in outlet table is unreadable", e);
        }
    }

    /** A table from its parts, as {@link #of(Rules)} makes them ({@link RulesTable} reads them so). */
    static OutletTable of(Map<String, Outlet> byKey, List<String> written, List<Rules.DatelineShape> shapes) {
        return new OutletTable(byKey, written, shapes);
    }

    /** Each lookup key and its outlet. */
    Map<String, Outlet> byKey() {
        return byKey;
    }

    /** Every name, alias and code as written, longest first. */
    List<String> written() {
        return written;
    }

    public static OutletTable builtIn() {
        return Holder.BUILT_IN;
    }

    /** The table of a rule set: later entries of the same key win, as in {@link Rules#merge}. */
    public static OutletTable of(Rules rules) {
        Map<String, Outlet> map = new HashMap<>();
        List<String> written = new ArrayList<>();
        for (Rules.Outlet o : rules.outlets()) {
            Outlet outlet = new Outlet(o.name(), o.code());
            List<String> forms = new ArrayList<>();
            if (o.code() != null) {
                forms.add(o.code());
            }
            forms.add(o.name());
            forms.addAll(o.aliases());
            for (String f : forms) {
                String k = key(f);
                if (!k.isEmpty()) {
                    map.put(k, outlet);
                    written.add(f);
                }
            }
        }
        written.sort(LONGEST_FIRST);
        return new OutletTable(map, written, rules.datelines());
    }

    /**
     * Longer forms first (a stable sort keeps equal lengths in table order). A class, not
     * {@code Comparator.comparingInt(String::length).reversed()}: those lambdas were spun at run time
     * in every one-file parse.
     */
    private static final Comparator<String> LONGEST_FIRST = new Comparator<>() {
        @Override
        public int compare(String a, String b) {
            return Integer.compare(b.length(), a.length());
        }
    };

    /** The outlets' own dateline shapes ({@code "datelines"} in the rule data). */
    public List<Rules.DatelineShape> datelineShapes() {
        return shapes;
    }

    /** Looks up a code or name as written, ignoring case and surrounding punctuation. */
    public Optional<Outlet> find(String codeOrName) {
        if (codeOrName == null) {
            return Optional.empty();
        }
        String k = key(codeOrName, longestKey);
        return k == null ? Optional.empty() : Optional.ofNullable(byKey.get(k));
    }

    /** The words that join an outlet to the wire it drew on in a credit line, in the wire languages. */
    private static final String[] CREDIT_JOINS = {" with ", " avec ", " mit ", " con ", " com ", " met ", " ile "};

    /**
     * Where the first credit join ({@code Le Monde avec AFP}, {@code SPIEGEL mit dpa}, {@code Daily News
     * with AFP}) of a short line starts and where the words after it start, or null when it has none.
     * Case is ignored ({@code DAILY SABAH WITH AA}).
     */
    public static int[] creditJoin(String line) {
        return creditJoinInLowerCase(line.toLowerCase(Locale.ROOT));
    }

    /** {@link #creditJoin} of a line already in lower case (a caller that needs the lower-cased line too). */
    public static int[] creditJoinInLowerCase(String l) {
        int[] first = firstOfEach(l, CREDIT_JOINS, SECOND_OF_JOINS);
        int best = -1;
        int len = 0;
        for (int k = 0; k < CREDIT_JOINS.length; k++) {
            int at = first[k];
            if (at > 0 && (best < 0 || at < best)) {
                best = at;
                len = CREDIT_JOINS[k].length();
            }
        }
        return best < 0 ? null : new int[] {best, best + len};
    }

    private static final long[] SECOND_OF_JOINS = secondChars(CREDIT_JOINS);

    /**
     * The ASCII second characters of {@code words} (each a space and then at least one ASCII character), as
     * a mask for {@link #firstOfEach}.
     */
    public static long[] secondChars(String[] words) {
        long[] mask = new long[2];
        for (String w : words) {
            char c = w.charAt(1);
            if (w.charAt(0) != ' ' || c >= 128) {
                throw new IllegalArgumentException("not a space and an ASCII character: '" + w + "'");
            }
            mask[c >>> 6] |= 1L << c;
        }
        return mask;
    }

    /**
     * Where each of {@code words} first stands in {@code s} ({@code s.indexOf(word)}), -1 where it does
     * not: one walk from space to space, comparing the words only after a space followed by a second
     * character of one of them ({@code seconds}, from {@link #secondChars}). Why: a credit join or a
     * by-word is looked for in every short line and in every line above a story's first sentence (the
     * rows of a table of figures), and seven {@code indexOf} calls read each such line seven times.
     */
    public static int[] firstOfEach(String s, String[] words, long[] seconds) {
        int[] first = new int[words.length];
        java.util.Arrays.fill(first, -1);
        int left = words.length;
        int last = s.length() - 1;
        for (int i = s.indexOf(' '); i >= 0 && i < last && left > 0; i = s.indexOf(' ', i + 1)) {
            char c = s.charAt(i + 1);
            if (c >= 128 || (seconds[c >>> 6] & 1L << c) == 0) {
                continue;
            }
            for (int k = 0; k < words.length; k++) {
                if (first[k] < 0 && words[k].charAt(1) == c && s.startsWith(words[k], i)) {
                    first[k] = i;
                    left--;
                }
            }
        }
        return first;
    }

    /**
     * A line that is only an outlet's credit with the wire it drew on, both known ({@code Le Monde avec AFP}
     * closing a repost): boilerplate wherever it stands.
     */
    public boolean wireCredit(String line) {
        if (line.length() > 60) {
            return false;
        }
        int[] join = creditJoin(line);
        return join != null && isKnown(line.substring(0, join[0]).strip()) && isKnown(line.substring(join[1]).strip());
    }

    /** True when the text, as a whole, is a known code, name or alias. */
    public boolean isKnown(String codeOrName) {
        return find(codeOrName).isPresent();
    }

    /**
     * The first outlet named as a whole word inside {@code text}. Short all-capital codes ({@code AP},
     * {@code AA}) count only when written in capitals, so "ap" or "Aa" inside prose do not.
     */
    public Optional<Mention> mentionIn(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        // a credit or masthead is short; a long span is read from its start only (huge inputs stay cheap)
        String t = text.length() > 600 ? text.substring(0, 600) : text;
        if (surrogateFirst()) {
            return mentionIn(mentionPattern().matcher(t));
        }
        // what find() on the whole alternation does, position by position, each position tried with only
        // the forms whose first character can match there: the alternation of ~400 names was tried in
        // full at every word start, and the forms dropped are those that fail on their first character
        int n = t.length();
        for (int i = 0; i < n; ) {
            char c = t.charAt(i);
            Forms forms = Character.isSurrogate(c) || i > 0 && wordChar(t.charAt(i - 1)) ? null : formsFor(c);
            if (forms == null || !forms.mayGoOn(t, i + 1)) {
                i++;
                continue;
            }
            Matcher m = forms.pattern().matcher(t).useTransparentBounds(true).useAnchoringBounds(false).region(i, n);
            if (!m.lookingAt()) {
                i++;
                continue;
            }
            Optional<Mention> found = accept(m.group());
            if (found.isPresent()) {
                return found;
            }
            i = m.end(); // find() goes on after a match
        }
        return Optional.empty();
    }

    /** {@link #mentionIn} by the whole alternation's {@code find()}: what the per-character patterns must agree with (tests). */
    Optional<Mention> mentionInWhole(String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        return mentionIn(mentionPattern().matcher(text.length() > 600 ? text.substring(0, 600) : text));
    }

    private Optional<Mention> mentionIn(Matcher m) {
        while (m.find()) {
            Optional<Mention> found = accept(m.group());
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /**
     * A short form counts only in capitals ("AP", not the "ap" of a word list), or written exactly as the
     * outlet writes its code: "dpa" in a credit line such as {@code mrd/dpa} is the German agency. A code
     * the table writes in capitals does not count written all in lower case: the Italian agency
     * {@code DIRE} is the French verb "dire" ("c'est-à-dire") in prose.
     */
    private Optional<Mention> accept(String w) {
        Outlet o = byKey.get(key(w));
        if (o == null || w.length() <= 3 && !w.equals(w.toUpperCase(Locale.ROOT)) && !w.equals(o.code())
                || w.equals(w.toLowerCase(Locale.ROOT)) && o.code() != null && !w.equals(o.code())
                && o.code().equals(o.code().toUpperCase(Locale.ROOT)) && !o.code().equals(o.code().toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return Optional.of(new Mention(o, w));
    }

    /** A letter or number of the BMP: the look-behind of {@link #mentionPattern} fails after it. */
    private static boolean wordChar(char c) {
        return !Character.isSurrogate(c) && letterOrNumber(c);
    }

    /**
     * Ignoring case as {@code Pattern} does with {@code UNICODE_CASE}: upper-, then lower-cased. A quoted
     * form's first character matches a text character c when c or c folded equals it folded.
     */
    private static char fold(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    /** True when a form opens with a supplementary character (none built in): then only the whole alternation is used. */
    private boolean surrogateFirst() {
        Boolean s = surrogateFirst;
        if (s == null) {
            boolean any = false;
            for (String w : written) {
                any |= Character.isSurrogate(w.charAt(0));
            }
            surrogateFirst = s = any;
        }
        return s;
    }

    private volatile Boolean surrogateFirst;
    /** Per text character: the forms it may open ({@link #NO_FORM}: none), made on first use. */
    private final java.util.concurrent.ConcurrentHashMap<Character, Forms> formsByChar = new java.util.concurrent.ConcurrentHashMap<>();
    private static final Forms NO_FORM = new Forms(Pattern.compile("(?!)"), "");

    /**
     * The forms one text character may open: their pattern, and their second characters folded, or null
     * when one of them is a single character or goes on with a surrogate (then any next character may do).
     * Why the second characters: a credit line or a masthead is read word start by word start, and a word
     * start whose letter opens some form (most capitals open a few) cost a matcher; a form's second character
     * matches a text's only when folded alike, so a word whose second letter no such form has needs none.
     */
    record Forms(Pattern pattern, String seconds) {
        /** Whether a form may go on at {@code t}'s index {@code i}: what {@link #seconds} allows there. */
        boolean mayGoOn(String t, int i) {
            if (seconds == null) {
                return true;
            }
            if (i >= t.length()) {
                return false;
            }
            char d = t.charAt(i);
            return seconds.indexOf(d) >= 0 || seconds.indexOf(fold(d)) >= 0;
        }
    }

    /**
     * {@link #mentionPattern} with only the forms whose first character, folded, is c or c folded, in
     * the same order (so the same one wins where two match), or null when there is none. Ignoring case
     * pairs no other characters, so every other form fails on its first character at a c.
     */
    private Forms formsFor(char c) {
        Forms forms = formsByChar.get(c);
        if (forms == null) {
            char f = fold(c);
            StringBuilder alt = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            StringBuilder seconds = new StringBuilder();
            boolean anySecond = false;
            int k = 0;
            for (String w : written) {
                char first = fold(w.charAt(0));
                if (first == c || first == f) {
                    alt.append(k++ > 0 ? "|" : "").append(Pattern.quote(w));
                    if (w.length() < 2 || Character.isSurrogate(w.charAt(1))) {
                        anySecond = true;
                    } else {
                        seconds.append(fold(w.charAt(1)));
                    }
                }
            }
            forms = k == 0 ? NO_FORM : new Forms(Pattern.compile(alt.append(")(?![\\p{L}\\p{N}])").toString(),
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE), anySecond ? null : seconds.toString());
            formsByChar.put(c, forms);
        }
        return forms == NO_FORM ? null : forms;
    }

    /**
     * The lookup key: lower case, Arabic vowel marks and tatweel dropped, each run of characters other
     * than letters and numbers one space, none at the ends (what {@code replaceAll("[^\\p{L}\\p{N}]+", " ")
     * .strip()} gives after those marks are removed). Written as a loop:
     * replaceAll compiled its regex on every call, and the key is taken for every short paragraph, every
     * dateline code and every credit (~1.7% of a text parse).
     */
    static String key(String s) {
        return key(s, Integer.MAX_VALUE);
    }

    /**
     * {@link #key}, or null once the key is seen to run past {@code max} chars. Every title candidate and
     * short paragraph is asked whether it names an outlet, and nearly all are plain ASCII sentences far
     * longer than any name: those are read in place, lower-cased by hand and given up past the longest key,
     * instead of a lower-cased copy and a char array of the whole text. A text with a character past ASCII
     * takes the general walk (lower case beyond ASCII, surrogate pairs); its ASCII start keys the same
     * either way, so giving up on it early is the same answer.
     */
    static String key(String s, int max) {
        int n = s.length();
        char[] out = null;
        int len = 0;
        boolean gap = false;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c >= 0x80) {
                return generalKey(s);
            }
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                boolean space = gap && len > 0;
                if (len + (space ? 2 : 1) > max) {
                    return null;
                }
                if (out == null) {
                    out = new char[Math.min(n, max)];
                }
                if (space) {
                    out[len++] = ' ';
                }
                gap = false;
                out[len++] = c;
            } else {
                gap = true;
            }
        }
        return len == 0 ? "" : new String(out, 0, len);
    }

    /** {@link #key} of any text. */
    private static String generalKey(String s) {
        // over a char array, not codePointAt/appendCodePoint: the table's ~1,000 forms are keyed when it
        // is built, in every run and in interpreted code, where each of those calls per character counted
        char[] in = s.toLowerCase(Locale.ROOT).toCharArray();
        int n = in.length;
        char[] out = new char[n]; // a key is never longer: a space stands for at least one character
        int len = 0;
        boolean gap = false;
        for (int i = 0; i < n; ) {
            char c = in[i];
            char low = i + 1 < n ? in[i + 1] : 0;
            boolean pair = c >= Character.MIN_HIGH_SURROGATE && c <= Character.MAX_HIGH_SURROGATE
                    && low >= Character.MIN_LOW_SURROGATE && low <= Character.MAX_LOW_SURROGATE;
            int cp = pair ? Character.toCodePoint(c, low) : c;
            i += pair ? 2 : 1;
            if (cp >= 0x0640 && cp <= 0x0670 && (cp == 0x0640 || cp >= 0x064B && cp <= 0x065F || cp == 0x0670)) {
                // Arabic vowel marks and the stretching tatweel are optional in print: "العُمانية" is "العمانية"
                continue;
            }
            if (cp < 0x80 ? c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' : letterOrNumber(cp)) {
                if (gap && len > 0) {
                    out[len++] = ' ';
                }
                gap = false;
                out[len++] = c;
                if (pair) {
                    out[len++] = low;
                }
            } else {
                gap = true;
            }
        }
        return new String(out, 0, len);
    }

    /** {@code \\p{L}} or {@code \\p{N}} of java.util.regex. */
    private static boolean letterOrNumber(int cp) {
        if (cp < 0x80) {
            return cp >= 'a' && cp <= 'z' || cp >= '0' && cp <= '9' || cp >= 'A' && cp <= 'Z';
        }
        return switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }
}
