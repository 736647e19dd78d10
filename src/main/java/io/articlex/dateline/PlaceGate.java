package io.articlex.dateline;

/**
 * Cheap necessary conditions for {@link DatelineParser}'s place-first shapes, checked before their regexes run.
 *
 * <p>Why: eight of the parser's shapes open with the same {@code PLACE} group (capitalised words, connectors,
 * commas, slashes). On a paragraph that opens with a capitalised word, each of them explored that group's
 * backtracking before failing, and the parser tries up to fifteen paragraphs per article: the dateline parser
 * was ~9% of a text parse, nearly all inside {@code Matcher.lookingAt} on ordinary prose ("The survey
 * showed that ..."). These checks prove in a few character tests that no such shape can match there.
 *
 * <p>What the proofs rest on (the regex sources in {@link DatelineParser}):
 * <ul>
 * <li>Every character a {@code PLACE} can take is a letter, a mark, whitespace or one of {@code ' ’ . & - / ,}
 *     ({@link #placeChar}); so a place ends at or before the first other character.</li>
 * <li>Whitespace inside a place is always followed by a capital ({@code WORD}), a connector word or a slash,
 *     never by another whitespace: so a place ends at or before a whitespace that is followed by an ASCII
 *     lower-case letter opening no connector ("The survey": the place is at most "The").</li>
 * <li>What may follow a place in these shapes opens with {@code , / [ ( - – — :}, or with one whitespace
 *     followed by one of those, a digit or a month name (a date after {@code \s}).</li>
 * <li>The shapes whose date follows the place with nothing but place characters between ({@code TASS},
 *     {@code SLASHED}, {@code BYLINE_EMBEDDED}, {@code DATE_THEN_AGENCY}) need an ASCII digit as the first
 *     character that no place can take (month names, dots and spaces are place characters); each also
 *     needs its own literal after that day ({@code /}, {@code :}, {@code (}), or just before it for
 *     {@code SLASHED}.</li>
 * </ul>
 * Each test errs towards "may match": a skipped shape is one that could not have matched, so the parser's
 * result is the same. {@code PlaceGateTest} checks this against the regexes on the corpora.
 */
final class PlaceGate {

    /** {@code CONNECTOR} of {@link DatelineParser}; a prefix test on these covers its longer members too. */
    private static final String[] CONNECTORS = {"of", "de", "da", "do", "la", "le", "es", "al", "el", "ul", "on", "upon",
            "am", "an", "sur", "occupied", "a.", "i."};
    /** The first three letters of every {@code MONTH} alternative ("may" whole). */
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};

    private final boolean place;
    private final String head;
    /** Every place ends at or before this index ({@link #placeStop}, at most the last index). */
    private final int stop;
    /** The first character no place can take; -1 until asked (most heads never need it). */
    private int outside = -1;

    private PlaceGate(String head) {
        this.head = head;
        this.stop = Math.min(placeStop(head), head.length() - 1);
        this.place = placeMayEnd(head, stop);
    }

    /** The verdicts for one head (at most {@link DatelineParser#HEAD} characters). */
    static PlaceGate of(String head) {
        return new PlaceGate(head);
    }

    private int outside() {
        if (outside < 0) {
            outside = firstOutside(head);
        }
        return outside;
    }

    /** True when the first character that no place can take is an ASCII digit (a date's day). */
    private boolean dated() {
        int o = outside();
        return o < head.length() && head.charAt(o) >= '0' && head.charAt(o) <= '9';
    }

    /**
     * A place whose first non-place character is a day: the necessary condition of the {@code DOTTED} and
     * {@code DATE_DASH_AGENCY} shapes ({@code Калининград. 4 июля. INTERFAX.RU -}, {@code МОСКВА, 3 янв — РИА Новости.}).
     */
    boolean datedPlace() {
        return place && dated();
    }

    /**
     * {@code DOTTED} ({@code PLACE \.\s DATE \.\s CODE}): a dated place with a full stop and a
     * whitespace before its first non-place character. The place and its closing {@code ". "} are place
     * characters and every {@code DATE} holds a day, so that stop lies before the first non-place
     * character. A wire dateline with a comma ({@code LONDON, March 3 (Reuters) -}) has none.
     */
    boolean dottedPlace() {
        if (!datedPlace()) {
            return false;
        }
        int o = outside();
        for (int i = 0; i + 1 < o; i++) {
            if (head.charAt(i) == '.' && regexSpace(head.charAt(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code DATE_DASH_AGENCY} ({@code PLACE ,\s? DATE \s?[-–—]}): a dated place whose date runs on to
     * a dash. The first non-place character lies inside the date (a place holds no digit, every date
     * does); from there to the dash a match holds only what a date and {@code \s?} can
     * ({@link #dateChar}), and a dash is none of those. The usual Reuters dateline fails on the
     * bracket of {@code (Reuters)}.
     */
    boolean datedPlaceThenDash() {
        if (!datedPlace()) {
            return false;
        }
        for (int i = outside(); i < head.length(); i++) {
            char c = head.charAt(i);
            if (!dateChar(c)) {
                return c == '-' || c == '–' || c == '—';
            }
        }
        return false;
    }

    /**
     * Where the text after the date and its dash starts, once {@link #datedPlaceThenDash} has held: past the
     * date's characters, the dash, a second dash and one white space char (each taken when there).
     */
    private int afterDateAndDash() {
        int n = head.length();
        int i = outside();
        while (dateChar(head.charAt(i))) {
            i++;
        }
        i++; // the first dash
        if (i < n && (head.charAt(i) == '-' || head.charAt(i) == '–' || head.charAt(i) == '—')) {
            i++;
        }
        if (i < n && regexSpace(head.charAt(i))) {
            i++;
        }
        return i;
    }

    /**
     * {@code DATE_DASH_AGENCY} in full: {@link #datedPlaceThenDash}, and after the dash
     * ({@code [-–—]{1,2}\s?}) an agency of one to three capitalised words of letters, full stops and
     * hyphens ({@code \p{Lu}[\p{L}.-]{1,15}}, single whitespace between words), closed by a full stop
     * or by a comma and a reporter's name. So from the agency's first letter a full stop or a comma
     * must come before any character no such word takes (a word opens with a capital). A 1987 wire dateline
     * ({@code WASHINGTON, March 4 - The Federal Reserve Board voted}) passed the dash test and met the
     * regex on every story; its words run into a lower-case one first. Letters of either case and
     * surrogates are let through (towards "may match").
     */
    boolean datedPlaceThenDashAgency() {
        if (!datedPlaceThenDash()) {
            return false;
        }
        int n = head.length();
        int i = afterDateAndDash();
        if (i >= n || !mayOpenWord(head.charAt(i))) {
            return false;
        }
        for (int k = i; k < n && k - i < 100; k++) {
            char c = head.charAt(k);
            if (c == '.' || c == ',') {
                return true;
            }
            if (wordChar(c) || regexSpace(c) && k + 1 < n && mayOpenWord(head.charAt(k + 1))) {
                continue;
            }
            return false;
        }
        return true; // a long run of words: not worth reading further
    }

    /**
     * Where the agency of {@code DATE_DASH_AGENCY} may end, once {@link #datedPlaceThenDashAgency} has held: it
     * starts where {@link #afterDateAndDash} says (a dash, white space and a dash are no agency's first
     * letter), runs over one to three words of letters, full stops and hyphens with one white space char
     * between them, and is closed by a full stop or a comma. The ends are each such stop or comma within
     * three words from the start, read leniently (a word may open with any letter, and be of any length);
     * null when a surrogate makes the words too hard to read here (then any end may do).
     */
    int[] agencyEnds() {
        int n = head.length();
        int start = afterDateAndDash();
        int[] ends = new int[8];
        int count = 0;
        int words = 1;
        for (int k = start; k < n; k++) {
            char c = head.charAt(k);
            if (Character.isSurrogate(c)) {
                return null;
            }
            if ((c == '.' || c == ',') && k > start && !regexSpace(head.charAt(k - 1))) {
                if (count == ends.length) {
                    ends = java.util.Arrays.copyOf(ends, count * 2);
                }
                ends[count++] = k;
            }
            if (c == '.' || c == '-' || Character.isLetter(c)) {
                continue;
            }
            if (regexSpace(c) && words < 3 && k + 1 < n && Character.isLetter(head.charAt(k + 1))) {
                words++;
                continue;
            }
            break;
        }
        return java.util.Arrays.copyOf(ends, count);
    }

    /** Where {@link #agencyEnds}' agency starts. */
    int agencyStart() {
        return afterDateAndDash();
    }

    /** A character that may open an agency word ({@code \p{Lu}}): an ASCII capital, or any non-ASCII letter or a surrogate. */
    private static boolean mayOpenWord(char c) {
        return c >= 'A' && c <= 'Z' || c >= 128 && (Character.isLetter(c) || Character.isSurrogate(c));
    }

    /** A character of an agency word ({@code [\p{L}.-]}), letting any letter and a surrogate through. */
    private static boolean wordChar(char c) {
        return c == '.' || c == '-' || Character.isLetter(c) || Character.isSurrogate(c);
    }

    /**
     * A character a {@code DATE} of {@link DatelineParser} may hold, or more: letters (month names of
     * every language, ordinal endings), digits, marks, {@code \s}, {@code . , : /}; a surrogate is let
     * through (it gives up towards "may match").
     */
    static boolean dateChar(char c) {
        if (c < 0x80) {
            return c >= '0' && c <= '9' || (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || regexSpace(c) || ".,:/".indexOf(c) >= 0;
        }
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
            return true;
        }
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }

    /**
     * {@code PLACE ,\s? DATE \.?\s? /CODE/}: a dated place and a slash after the day, with only what a date,
     * a full stop and {@code \s?} hold ({@link #dateChar}) from the day to that slash. A 1987 wire dateline
     * ({@code CHICAGO, March 2 - Unocal ...}) with a slash further on ({@code 1/2 pct}) met the regex.
     */
    boolean tass() {
        if (!place || !dated()) {
            return false;
        }
        for (int i = outside(); i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '/') {
                return true;
            }
            if (!dateChar(c)) {
                return false;
            }
        }
        return false;
    }

    /** {@code PLACE \s?/\s? dd.mm.yy / CODE:}: a dated place with a slash just before the day. */
    boolean slashed() {
        if (!place || !dated()) {
            return false;
        }
        int i = outside() - 1;
        if (i > 0 && regexSpace(head.charAt(i))) {
            i--;
        }
        return i > 0 && head.charAt(i) == '/';
    }

    /** {@code (PLACE ,\s?)? DATE ... CODE :}: a day first outside any place, and a colon after it. */
    boolean bylineEmbedded() {
        return head.indexOf(':') >= 0 && dated() && head.indexOf(':', outside()) > 0;
    }

    /**
     * {@code PLACE ,\s? DATE \s?[-–—]{1,2}\s? (CODE)}: the date runs on to the dash as in
     * {@link #datedPlaceThenDash}, and after that dash, a second one and one white space char (each taken
     * when there: a dash or a space cannot be the bracket) comes the bracket. A Reuters dateline, whose
     * bracket follows the date, met this regex on every story, and a 1987 one ({@code WASHINGTON, March 2 -
     * The federal Securities and Exchange Commission (SEC) ...}) on every story with a bracket in its head.
     */
    boolean dateThenAgency() {
        if (!datedPlaceThenDash()) {
            return false;
        }
        int n = head.length();
        int i = afterDateAndDash();
        return i < n && head.charAt(i) == '(';
    }

    /**
     * {@code PLACE \s?[-–—]{1,2}\s? DATE \s?:}: a place, a colon, and a day or a long dash as the first
     * non-place character (a hyphen and a month name are place characters). After a day, more: the
     * separator before it can only be hyphens (a long dash is no place character, so it would come first),
     * and from the day to the colon a match holds only what a date and {@code \s?} can ({@link #dateChar}).
     * A Reuters dateline with a colon anywhere in its head passed the shorter test and met the regex.
     */
    boolean dashDate() {
        if (!place || head.indexOf(':') <= 0) {
            return false;
        }
        int o = outside();
        if (o >= head.length()) {
            return false;
        }
        char c = head.charAt(o);
        if (c == '–' || c == '—') {
            return true;
        }
        if (c < '0' || c > '9' || head.lastIndexOf('-', o - 1) < 0) {
            return false;
        }
        for (int i = o; i < head.length(); i++) {
            char d = head.charAt(i);
            if (d == ':') {
                return true;
            }
            if (!dateChar(d)) {
                return false;
            }
        }
        return false;
    }

    /**
     * {@code WITH_DATE} ({@code PLACE QUALS (,\s?|\s) DATE}): a place, and a day or the bracket of a
     * qualifier as the first non-place character; after a bracket, one to three qualifiers
     * ({@code \s?[\[(][^\[\]()\n]{1,40}[\])]}) with a date after one of them. Every {@code DATE} holds
     * a digit, which no place can take: so without qualifiers its day is the first non-place character,
     * and after them it opens with a digit or a month's letter, behind {@code ,\s?} or {@code \s}. The
     * qualifiers are walked here because a dateline that names its agency in brackets,
     * {@code Niamey (Niger) (AFP) –}, passed the bracket test and had the grammar's largest pattern
     * compiled for nothing in every run.
     */
    boolean withDate() {
        if (!place) {
            return false;
        }
        int o = outside();
        int n = head.length();
        if (o >= n) {
            return false;
        }
        char c = head.charAt(o);
        if (c >= '0' && c <= '9') {
            return true;
        }
        int i = o;
        for (int k = 0; k < 3; k++) {
            if (k > 0 && i < n && regexSpace(head.charAt(i))) {
                i++;
            }
            if (i >= n || head.charAt(i) != '[' && head.charAt(i) != '(') {
                return false;
            }
            int j = i + 1;
            while (j < n && j - i - 1 < 40 && "[]()\n".indexOf(head.charAt(j)) < 0) {
                j++;
            }
            if (j == i + 1 || j >= n || head.charAt(j) != ']' && head.charAt(j) != ')') {
                return false;
            }
            i = j + 1;
            if (dateAfter(i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@link #withDate} for the shape whose date is a full one ({@code WITH_DATE}; {@code DAY_AGENCY}'s is a day
     * alone). When the first character no place can take is an ASCII digit, it is the date's first digit: a
     * place, what joins it to the date, and a month name with its full stop and the space after it are all
     * place characters. So the head must have a month name ending just before the digit ({@code March 4},
     * {@code Mar. 4}), or read from it as a day and its month or a numeric date
     * ({@link DatelineParser#DAY_FIRST_DATE}). Why: a wire title in capitals with a number in it ({@code
     * MONTEDISON UNIT ISSUES 50 MLN AUSTRALIAN DLR BOND}, {@code JAPAN CONSUMER PRICES FALL 0.4 PCT IN
     * JANUARY}) is place characters up to its digit, and the shape's regex tried every way of cutting it
     * into place, region and date before it failed, several microseconds a title, on the first paragraph of
     * most such stories.
     */
    boolean withFullDate() {
        if (!withDate()) {
            return false;
        }
        int o = outside();
        char c = head.charAt(o);
        if (c < '0' || c > '9') {
            return true; // qualifiers in brackets first: withDate's walk decided
        }
        return monthEndsAt(o) || DatelineParser.DAY_FIRST_DATE.get().matcher(head).region(o, head.length()).lookingAt();
    }

    /**
     * Whether one of {@link DatelineParser#MONTH_WORDS} (any case) ends at {@code o}, after the optional full
     * stop and whitespace a date allows between month and day ({@code Mar. 4}): the char before the digit is
     * the whitespace when it is one, since neither a month nor its stop ends in one, and so for the stop. The
     * month is the whole run of ASCII letters there: what stands before it in a match is a comma or a
     * whitespace ({@code (,\s?|\s)}), and {@code MONTH} ignores the case of ASCII letters only.
     */
    private boolean monthEndsAt(int o) {
        int e = o;
        if (e > 0 && regexSpace(head.charAt(e - 1))) {
            e--;
        }
        if (e > 0 && head.charAt(e - 1) == '.') {
            e--;
        }
        int s = e;
        while (s > 0 && s > e - 10 && ((head.charAt(s - 1) | 0x20) >= 'a' && (head.charAt(s - 1) | 0x20) <= 'z')) {
            s--;
        }
        return e - s >= 3 && DatelineParser.MONTH_WORDS.contains(head.substring(s, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code (,\s?|\s)} at {@code i} and then what a {@code DATE} opens with: an ASCII digit or letter. */
    private boolean dateAfter(int i) {
        int n = head.length();
        if (i >= n) {
            return false;
        }
        char c = head.charAt(i);
        if (c == ',') {
            return dateStart(i + 1) || i + 1 < n && regexSpace(head.charAt(i + 1)) && dateStart(i + 2);
        }
        return regexSpace(c) && dateStart(i + 1);
    }

    private boolean dateStart(int i) {
        if (i >= head.length()) {
            return false;
        }
        char c = head.charAt(i);
        int lower = c | 0x20;
        return c >= '0' && c <= '9' || lower >= 'a' && lower <= 'z';
    }

    /**
     * {@code WITH_AGENCY}: a place, and either a bracket (a qualifier or the agency in brackets) or a long
     * dash as the first non-place character, or {@code , CODE} followed by a dash or {@code ". "} right
     * after a possible place end.
     */
    boolean withAgency() {
        return place && (outsideIs("[(–—") || commaCode());
    }

    /** {@code BARE} ({@code PLACE QUALS WEAK_SEP}): a qualifier's bracket, or a separator right after a possible place end. */
    boolean bare() {
        if (!place) {
            return false;
        }
        if (outsideIs("[(")) {
            return true;
        }
        for (int p = 1; p <= stop; p++) {
            if (weakSeparatorAt(p)) {
                return true;
            }
        }
        return false;
    }

    private boolean outsideIs(String chars) {
        int o = outside();
        return o < head.length() && chars.indexOf(head.charAt(o)) >= 0;
    }

    /** {@code WEAK_SEP}'s first characters: {@code \s} and a dash or colon, {@code --}, a long dash, {@code -} or {@code :} and {@code \s}. */
    private boolean weakSeparatorAt(int p) {
        char c = head.charAt(p);
        char d = p + 1 < head.length() ? head.charAt(p + 1) : '\0';
        return regexSpace(c) && "-–—:".indexOf(d) >= 0 || c == '—' || c == '–' || c == '-' && d == '-'
                || (c == '-' || c == ':') && regexSpace(d);
    }

    /**
     * {@code ,\s?[\p{L}-]{2,20}(?=\s?[-–—]|\.\s)} at a possible place end: the agency code after a comma
     * ({@code Tehran, IRNA –}). Gives up (true) on a surrogate, whose code point the regex counts as one.
     */
    private boolean commaCode() {
        int n = head.length();
        for (int p = 1; p <= stop; p++) {
            if (head.charAt(p) != ',') {
                continue;
            }
            int j = p + 1;
            if (j < n && regexSpace(head.charAt(j))) {
                j++;
            }
            int k = j;
            while (k < n && k - j < 21 && (Character.isLetter(head.charAt(k)) || head.charAt(k) == '-'
                    || Character.isSurrogate(head.charAt(k)))) {
                if (Character.isSurrogate(head.charAt(k))) {
                    return true;
                }
                k++;
            }
            for (int len = 2; len <= Math.min(20, k - j); len++) {
                if (dashOrStopAt(j + len)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The lookahead {@code \s?[-–—]|\.\s} holds at {@code q}. */
    private boolean dashOrStopAt(int q) {
        int n = head.length();
        if (q >= n) {
            return false;
        }
        char c = head.charAt(q);
        char d = q + 1 < n ? head.charAt(q + 1) : '\0';
        return "-–—".indexOf(c) >= 0 || regexSpace(c) && "-–—".indexOf(d) >= 0 || c == '.' && regexSpace(d);
    }

    /** Whether any place-first shape may match: the gate of the eight. */
    boolean place() {
        return place;
    }

    /** True when a place-first shape may match at the start of {@code head}. */
    static boolean placeMayEnd(String head) {
        return placeMayEnd(head, Math.min(placeStop(head), head.length() - 1));
    }

    private static boolean placeMayEnd(String head, int stop) {
        for (int p = 1; p <= stop; p++) {
            if (mayFollowPlace(head, p)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first character that no place can take (the length when there is none). */
    static int firstOutside(String head) {
        return placeRun(head, false);
    }

    /** An index that no place starting at 0 reaches past: every place ends at or before it. */
    static int placeStop(String head) {
        return placeRun(head, true);
    }

    /**
     * How far the characters a place can take run from 0; with {@code spaceEnds}, a space after which
     * no place can go on ends the run too (a place's words are joined by spaces only before a connector
     * or another name word).
     */
    private static int placeRun(String head, boolean spaceEnds) {
        int n = head.length();
        for (int i = 0; i < n; ) {
            int cp = head.codePointAt(i);
            if (!placeChar(cp)) {
                return i;
            }
            if (spaceEnds && cp <= 0xFFFF && regexSpace((char) cp) && !mayFollowSpaceInPlace(head, i + 1)) {
                return i;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static boolean mayFollowSpaceInPlace(String head, int j) {
        if (j >= head.length()) {
            return false;
        }
        char c = head.charAt(j);
        if (c >= 'a' && c <= 'z') {
            return startsWithAny(head, j, CONNECTORS, false);
        }
        return !regexSpace(c);
    }

    private static boolean mayFollowPlace(String head, int p) {
        char c = head.charAt(p);
        if (c == ',' || opensAfterPlace(c)) {
            return true;
        }
        if (!regexSpace(c) || p + 1 >= head.length()) {
            return false;
        }
        char d = head.charAt(p + 1);
        return opensAfterPlace(d) || (d >= '0' && d <= '9') || opensMonth(head, p + 1);
    }

    /**
     * One of {@code / [ ( - – — :}, which may follow a place or the space after it. Compared, not
     * looked up in a string: the gate asks this at every character of a head's place run.
     */
    private static boolean opensAfterPlace(char c) {
        return c == '/' || c == '[' || c == '(' || c == '-' || c == '–' || c == '—' || c == ':';
    }

    /**
     * Whether one of {@link #MONTHS} opens the head at {@code at}, ignoring case. An ASCII character is
     * compared only with the months of its letter ({@link #MONTHS_BY_LETTER}): a capitalised headline's
     * every "A", "M", "S" or "D" after a space met all twelve case-blind region matches; a character past
     * ASCII meets them all, as before (the long s upper-cases to S).
     */
    static boolean opensMonth(String head, int at) {
        char c = head.charAt(at);
        if (c >= 0x80) {
            return startsWithAny(head, at, MONTHS, true);
        }
        int lower = c | 0x20;
        return lower >= 'a' && lower <= 'z' && startsWithAny(head, at, MONTHS_BY_LETTER[lower - 'a'], true);
    }

    /** {@link #MONTHS} by their first letter, a to z. */
    private static final String[][] MONTHS_BY_LETTER = new String[26][];

    static {
        for (int k = 0; k < 26; k++) {
            int count = 0;
            for (String m : MONTHS) {
                count += m.charAt(0) == 'a' + k ? 1 : 0;
            }
            MONTHS_BY_LETTER[k] = new String[count];
            count = 0;
            for (String m : MONTHS) {
                if (m.charAt(0) == 'a' + k) {
                    MONTHS_BY_LETTER[k][count++] = m;
                }
            }
        }
    }

    /** A character that {@code PLACE} can take: {@code \p{L}}, {@code \p{M}}, {@code \s} or one of {@code '’.&-/,}. */
    static boolean placeChar(int cp) {
        if (cp < 0x80) {
            // ASCII: no \p{L} or \p{M} outside the letters
            int lower = cp | 0x20;
            return lower >= 'a' && lower <= 'z' || regexSpace((char) cp) || placePunctuation(cp);
        }
        if (cp == '’') {
            return true;
        }
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> {
                return true;
            }
            default -> {
                return false;
            }
        }
    }

    /** One of {@code ' . & - / ,}, compared rather than looked up in a string (asked of every char of a head's place run). */
    private static boolean placePunctuation(int c) {
        return c == '\'' || c == '.' || c == '&' || c == '-' || c == '/' || c == ',';
    }

    /** {@code \s} without UNICODE_CHARACTER_CLASS: what the dateline package's gates and hand readers skip as a regex would. */
    static boolean regexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private static boolean startsWithAny(String s, int at, String[] words, boolean ignoreCase) {
        for (String w : words) {
            if (s.regionMatches(ignoreCase, at, w, 0, w.length())) {
                return true;
            }
        }
        return false;
    }
}
