package io.articlex.dateline;

import io.articlex.dates.CalendarNames;
import io.articlex.rules.OutletTable;
import io.articlex.segment.Prose;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Byline lines of a story's head, in the shapes wire copy and its reposts print them under the headline:
 * a by-word and names ({@code By A and B}, {@code Von Anna Fiedler, dpa}, {@code Par Claire DUVAL}),
 * a name and the outlet ({@code Luana Ferraz - Repórter da Agência Brasil}, {@code Anna Fiedler, dpa}),
 * or a bare name of two to four capitalised words ({@code Ayşe Demir}). Such a line is never the title,
 * and its text without the by-word is the story's {@code byline}.
 */
final class Bylines {

    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]{0,20}";
    private static final String PARTICLE = "(?:de|da|do|dos|van|von|der|den|del|la|le|di|du|al|el|bin|ibn)";
    private static final String NAME = WORD + "(?:\\s(?:" + PARTICLE + "\\s)?" + WORD + "){1,3}";
    /** The by-words of the wire languages, as a line opens with them. */
    private static final Pattern BY_WORD = Pattern.compile("^(?:[Bb]y:?|BY:?|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|[Dd]oor|DOOR|[Pp]rzez|Od|[Dd]i|DI"
            + "|(?:Autor|Autorin|Autora|Auteur|Autore|Yazar|Haber|Muhabir|Автор|Текст|Text|Texte|Texto|Testo|Tekst|BYLINE|Reporter|REPORTER|Reporters|Writer|Author|Correspondent)\\s?:|بقلم:?|(?:كتب|كتبت)\\s?:)\\s+(?=\\p{Lu}|\\p{IsArabic})");
    static final Pattern NAME_LINE = Pattern.compile(NAME);
    /**
     * A name of two to four words in Arabic script, which has no capitals to tell a name by: read only
     * after a by-word ({@code بقلم أحمد محمود}, {@code كتب: أحمد محمود}), never as a bare name line.
     */
    private static final Pattern ARABIC_NAME = Pattern.compile(
            "[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}\\p{M}]{1,20}(?:\\s[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}\\p{M}]{1,20}){1,3}");
    /**
     * {@code كتب محمد أحمد}: Egyptian sites' byline, the verb "wrote" and the name without the colon
     * {@link #BY_WORD} wants; {@code بيروت: نذير رضا}: a paper's place and its reporter (Asharq Al-Awsat).
     * Bare, both shapes open headlines too ({@code كتب جديدة في معرض القاهرة}, "new books"; {@code عون: لن
     * نسمح بالفوضى}), so the line counts only where a name line does: under a headline ({@link #nameLine}),
     * and no word of it may be a particle, which no name holds.
     */
    private static final Pattern ARABIC_WROTE = Pattern.compile("(?:(?:كتب|كتبت)\\s|[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}\\p{M}]{1,20}"
            + "(?:\\s[\\p{IsArabic}&&\\p{L}][\\p{IsArabic}\\p{M}]{1,20})?\\s?:\\s)(?<name>" + ARABIC_NAME.pattern() + ")");
    /** {@code هسبريس - محمد الراجي}: a known outlet, a dash and its reporter's name in Arabic script. */
    private static final Pattern ARABIC_OUTLET_NAME = Pattern.compile("(?<outlet>[^-–\\n]{2,30}?)\\s[-–]\\s(?<name>" + ARABIC_NAME.pattern() + ")");
    /** Prepositions, particles and negations of a sentence, never a word of a name ({@code كتب الوزير في رسالته}). */
    private static final java.util.Set<String> ARABIC_PARTICLES = java.util.Set.of("في", "من", "على", "إلى", "عن", "أن", "إن",
            "مع", "لن", "لا", "لم", "ما", "قد", "هل", "كل", "بعد", "قبل");

    /** The name of a {@link #ARABIC_WROTE} line, or null when the line is not one. */
    private static String arabicWrote(String line) {
        Matcher m = line.length() <= 60 ? ARABIC_WROTE.matcher(line) : null;
        return m != null && m.matches() && !anyParticle(m.group("name")) ? m.group("name") : null;
    }

    private static boolean anyParticle(String words) {
        for (String w : SPACES.get().split(words)) {
            if (ARABIC_PARTICLES.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line is a known outlet and its reporter's name in Arabic script ({@link #ARABIC_OUTLET_NAME}). */
    private static boolean arabicOutletName(String line, OutletTable outlets) {
        Matcher m = line.length() <= 60 ? ARABIC_OUTLET_NAME.matcher(line) : null;
        return m != null && m.matches() && outlets.isKnown(m.group("outlet").strip()) && !anyParticle(m.group("name"));
    }

    /** A name, then a comma, dash or slash and the rest of a credit ({@code , dpa}, {@code - Repórter da Agência Brasil}). */
    private static final Pattern NAME_CREDIT = Pattern.compile("(?<name>" + NAME + ")\\s?(?:,|\\s[-–—]|/)\\s?(?<rest>[^\\n]{2,60})");
    /** {@code split("\\s+")} compiled once, on first use (String.split compiles it on every call). */
    private static final DatelineParser.LazyPattern SPACES = new DatelineParser.LazyPattern("\\s+");

    private Bylines() {
    }

    /**
     * A separator after which a byline line goes on with something else: {@code By UPI Staff | Jan. 03, 2024};
     * or ends it, once the stamp after it is cut ({@code By Euronews with AP • Updated: ...}).
     */
    private static final Pattern AFTER_NAMES = Pattern.compile("\\s[|•·](?:\\s|$)");

    /**
     * The characters {@link #BY_WORD} can open with: a line that opens with none of them has no by-word,
     * which spares a Matcher (the head stage asks about every line above the body, and a title is no
     * byline far more often than it is one).
     */
    static final String BY_WORD_FIRST = "BbVvPpDdOAYАТبكRWCHMT";

    /** Whether {@link #BY_WORD} may open the line: its first character is one of {@link #BY_WORD_FIRST}. */
    static boolean mayOpenWithByWord(String line) {
        return !line.isEmpty() && BY_WORD_FIRST.indexOf(line.charAt(0)) >= 0;
    }

    /** The line without its leading by-word ({@code Von}, {@code Par}, {@code By}) and what follows a {@code |}. */
    static String withoutByWord(String line) {
        String s = slashCredits(line) ? line.substring(line.lastIndexOf('/') + 1) : line;
        // twice: an archive's labelled field may hold the by-word too ("BYLINE: By JANE ROE")
        for (int i = 0; i < 2 && mayOpenWithByWord(s); i++) {
            Matcher m = BY_WORD.matcher(s);
            if (!m.lookingAt()) {
                break;
            }
            s = s.substring(m.end());
        }
        String wrote = s == line && !s.isEmpty() && s.charAt(0) >= '\u0600' && s.charAt(0) <= '\u06FF' ? arabicWrote(s) : null;
        if (wrote != null) {
            return wrote;
        }
        if (s == line && mayOpenWithByWord(s)) {
            // a site's name in lower case after the by-word ("Por g1 Campinas"), which BY_WORD's capital misses
            Matcher m = DESK_BY_WORD.matcher(s);
            if (m.lookingAt() && m.end() < s.length() && Character.isLowerCase(s.charAt(m.end()))) {
                s = s.substring(m.end());
            }
        }
        s = withoutStampLabel(s);
        // AFTER_NAMES needs one of its three marks: looked for first, without a regex scan of the line
        if (s.indexOf('|') < 0 && s.indexOf('•') < 0 && s.indexOf('·') < 0) {
            return s.strip();
        }
        Matcher cut = AFTER_NAMES.matcher(s);
        return (cut.find() ? s.substring(0, cut.start()) : s).strip();
    }

    /** The labels a site prints between a byline's name and its time stamp on the same line. */
    private static final String[] STAMP_LABELS = {" Published:", " Updated:", " Published on", " Updated on"};

    /**
     * The byline without the labelled time stamp a site prints after the name on the same line ({@code By
     * Global Times Published: Dec 07, 2026 10:32 PM}, {@code By Jane Roe Updated: 7 December 2026}): the
     * stamp is the story's date, not part of its byline. Cut only where what follows the label is a time
     * stamp and nothing else.
     */
    static String withoutStampLabel(String s) {
        for (String label : STAMP_LABELS) {
            int at = s.indexOf(label);
            if (at > 0 && io.articlex.boilerplate.Timestamps.isTimestamp(s.substring(at + label.length()).strip())) {
                return s.substring(0, at).strip();
            }
        }
        return withoutStamp(s);
    }

    /** A reading time closing a byline row ({@code 2 min read}, {@code 5 mins read}). */
    private static final Pattern READ_TAIL = Pattern.compile("\\s\\d{1,3}\\s?min(?:ute)?s?\\.?\\s(?:to\\s)?read$");

    /**
     * The byline without the date, time and reading time a site runs after the name with no label or comma
     * ({@code by Jane Doe December 7, 2026 2:20 PM 2 min read}): cut at the first word where all that follows
     * is a time stamp, that word a day, month or weekday. Only asked of a line with a digit; the name before
     * the cut keeps a word at least.
     */
    private static String withoutStamp(String s) {
        int digit = -1;
        for (int i = 0; i < s.length() && digit < 0; i++) {
            if (Character.isDigit(s.charAt(i))) {
                digit = i;
            }
        }
        if (digit < 0) {
            return s;
        }
        Matcher read = READ_TAIL.matcher(s);
        String stamped = read.find() ? s.substring(0, read.start()) : s;
        CalendarNames names = CalendarNames.get();
        for (int i = stamped.indexOf(' '); i > 0 && i < digit; i = stamped.indexOf(' ', i + 1)) {
            String rest = stamped.substring(i + 1);
            int end = rest.indexOf(' ');
            String word = end < 0 ? rest : rest.substring(0, end);
            boolean opensDate = !word.isEmpty() && (Character.isDigit(word.charAt(0)) || names.month(word) != 0 || names.isWeekday(word));
            if (opensDate && io.articlex.boilerplate.Timestamps.isTimestamp(rest)) {
                String name = stamped.substring(0, i).strip();
                // (and the bar or dot that stood between them: "By UPI Staff | Dec. 6, 2026 at 11:02 AM")
                int cut = name.length();
                while (cut > 0 && ("|•·,-–—/".indexOf(name.charAt(cut - 1)) >= 0 || name.charAt(cut - 1) == ' ')) {
                    cut--;
                }
                return cut > 0 ? name.substring(0, cut) : s;
            }
        }
        return s;
    }

    /**
     * The byline without a date after a comma ({@code Carol Finch, 6 December 2026},
     * {@code Jane Roe, Staff Writer, Dec. 6, 2026}): a story's byline line often carries its date, which
     * the date is read from, not the byline. What follows the comma must be a timestamp and nothing
     * else, so a post or place after the name stays ({@code Jane Roe, Staff Writer}), and the name before
     * it holds no digit, so a byline run into its date line is left as it is.
     */
    static String undated(String byline) {
        for (int i = byline.indexOf(','); i > 0; i = byline.indexOf(',', i + 1)) {
            if (noDigit(byline, i) && io.articlex.boilerplate.Timestamps.isTimestamp(byline.substring(i + 1).strip())) {
                return byline.substring(0, i).strip();
            }
        }
        return byline;
    }

    /** No digit before {@code end}: a comma inside a date ("March 6, 2024") follows a digit, never a name. */
    private static boolean noDigit(String s, int end) {
        for (int k = 0; k < end; k++) {
            if (Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** A by-word and a name: {@code Par Claire DUVAL}, {@code By A and B}. */
    static boolean byLine(String line) {
        if (line.length() > 120) {
            return false;
        }
        if (slashCredits(line)) {
            return true;
        }
        if (!mayOpenWithByWord(line)) {
            return false;
        }
        Matcher m = BY_WORD.matcher(line);
        return m.lookingAt() && (NAME_LINE.matcher(line).region(m.end(), line.length()).lookingAt()
                || ARABIC_NAME.matcher(line).region(m.end(), line.length()).matches()
                || line.indexOf(" with ") > 0 && DESK_WITH_AGENCY.matcher(line).region(m.end(), line.length()).lookingAt());
    }

    /**
     * A newsroom of one word and the agency it wrote with ({@code By Euronews with AP • Updated: ...}): no
     * name of two words, so the line was no byline and its date dated nothing.
     */
    private static final Pattern DESK_WITH_AGENCY = Pattern.compile(WORD + " with \\p{Lu}{2,8}\\b");

    /**
     * Credits run together with slashes, each with its by-word, the last one a name: {@code /By AzerNews/By
     * Sara Rajabova}. Without this the line reads as a short headline and takes the title's place.
     */
    private static boolean slashCredits(String line) {
        if (line.length() > 120 || !line.startsWith("/")) {
            return false;
        }
        String[] parts = line.substring(1).split("/", -1);
        if (parts.length < 2) {
            return false;
        }
        for (String part : parts) {
            if (!mayOpenWithByWord(part) || !BY_WORD.matcher(part).lookingAt()) {
                return false;
            }
        }
        return byLine(parts[parts.length - 1]);
    }

    /**
     * Whether the line holds a character {@link #NAME_CREDIT} must have between the name and the rest:
     * a comma, a hyphen or dash, or a slash. {@link #withoutByWord} only cuts the line, so a line without
     * one cannot be a credit line; most titles have none.
     */
    static boolean mayHoldCredit(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ',' || c == '-' || c == '/' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /**
     * A name and an outlet the table knows ({@code Anna Fiedler, dpa}, {@code Luana Ferraz - Repórter da Agência
     * Brasil}, {@code Dian Septiari (The Jakarta Post)}), or a name and a reporter's post ({@code Jane Roe, Staff Writer}, {@code Omar Haddad, Cairo
     * Correspondent}).
     */
    static boolean creditLine(String line, OutletTable outlets) {
        if (line.length() > 100) {
            return false;
        }
        if (line.charAt(line.length() - 1) == ')') {
            // a name and the paper in brackets ("Dian Septiari (The Jakarta Post)"): read as a place and its
            // agency, it was the title or the dateline
            int open = line.indexOf(" (");
            return open > 0 && line.indexOf('(') == open + 1 && nameLine(line.substring(0, open), outlets)
                    && outlets.isKnown(line.substring(open + 2, line.length() - 1));
        }
        if (!mayHoldCredit(line)) {
            return false;
        }
        Matcher m = NAME_CREDIT.matcher(withoutByWord(line));
        return m.matches() && (namesOutlet(m.group("rest"), outlets) || REPORTER_POST.matcher(m.group("rest")).matches())
                && !outlets.isKnown(m.group("name"));
    }

    /** The words a credit line closes with after "with" when it names no outlet: {@code Staff with agencies}. */
    private static final java.util.Set<String> WIRE_WORDS = java.util.Set.of("agencies", "agency", "wires",
            "wire services", "news agencies", "agency reports", "wire reports", "agences", "agencias", "agenzie",
            "agências", "agenturen", "agentschappen", "agencje", "ajanslar");

    /**
     * A credit line of an outlet or writer and the wire it drew on ({@code DAILY SABAH WITH AA},
     * {@code Daily News with AFP}, {@code Staff Writer with agencies}, {@code Le Monde avec AFP},
     * {@code SPIEGEL mit dpa}; the joins are {@link OutletTable#creditJoin}'s), which a site prints under the
     * headline: never the title. At most five words before {@code with}, and after it a known outlet or
     * a word for the wires, and nothing else; or the wires alone after {@code and} ({@code TRT World and
     * Agencies}, {@code Guardian staff and agencies}).
     */
    static boolean withCredit(String line, OutletTable outlets) {
        if (line.length() > 80) {
            return false;
        }
        String lower = line.toLowerCase(java.util.Locale.ROOT);
        int[] join = OutletTable.creditJoinInLowerCase(lower);
        boolean and = join == null;
        if (and) {
            // "TRT World and Agencies", "Guardian staff and agencies": after "and", a word for the wires only
            int at = lower.indexOf(" and ");
            join = at < 0 ? null : new int[] {at, at + 5};
        }
        int at = join == null ? -1 : join[0];
        if (at <= 0 || Prose.wordsUpTo(line.substring(0, at), 6) > 5 || !Character.isUpperCase(line.codePointAt(0))) {
            return false;
        }
        String rest = line.substring(join[1]).strip();
        return !rest.isEmpty() && (!and && outlets.isKnown(rest) || WIRE_WORDS.contains(rest.toLowerCase(java.util.Locale.ROOT)));
    }

    /**
     * A credit line of parts between bars, one of them a known outlet's name and none of more than four
     * words ({@code Press Trust of India  |  New Delhi}, {@code Reuters | Business}): the wire and its
     * place or desk under a syndicated headline, never the title.
     */
    static boolean barCredit(String line, OutletTable outlets) {
        if (line.length() > 80 || line.indexOf('|') < 0) {
            return false;
        }
        boolean outlet = false;
        for (String part : line.split("\\|")) {
            String t = part.strip();
            if (t.isEmpty() || Prose.wordsUpTo(t, 5) > 4) {
                return false;
            }
            outlet |= outlets.isKnown(t);
        }
        return outlet;
    }

    /**
     * A name and the writer's post after it with no comma between: {@code Peter Walker Political correspondent},
     * {@code Helen Pidd North of England editor}.
     */
    private static final Pattern NAME_POST = Pattern.compile("(?<name>" + NAME + ")\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Ll}+)?"
            + "(?:\\s(?:of|for) \\p{Lu}\\p{Ll}+)?\\s(?:correspondent|reporter|editor|writer|columnist)");

    /**
     * A writer's name and post run together, as a page lays them out in two elements side by side
     * ({@code Peter Walker Political correspondent}, {@code Rowena Mason Whitehall editor}): a byline, never
     * the headline. The post opens with a capital and goes on in lower case, which a title-case headline
     * ({@code Paper Names New Editor}) does not.
     */
    static boolean namePostLine(String line) {
        return line.length() <= 80 && mayOpenName(line) && endsWithPost(line) && NAME_POST.matcher(line).matches();
    }

    /** The posts {@link #NAME_POST} ends in: a line ending in none of them needs no matcher. */
    private static final String[] POSTS = {" correspondent", " reporter", " editor", " writer", " columnist"};

    private static boolean endsWithPost(String line) {
        for (String post : POSTS) {
            if (line.endsWith(post)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line opens with a capital letter, as every {@link #NAME} does. */
    private static boolean mayOpenName(String line) {
        return !line.isEmpty() && Character.isUpperCase(line.charAt(0));
    }

    /**
     * A known outlet, a comma and a place or desk of at most three capitalised words ({@code BBC News,
     * Yorkshire}, {@code Reuters, London}): the credit under a headline, never the title.
     */
    static boolean outletAndPlace(String line, OutletTable outlets) {
        int comma = line.indexOf(',');
        if (comma <= 0 || line.length() > 60 || line.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        String rest = line.substring(comma + 1).strip();
        if (rest.isEmpty() || Prose.wordsUpTo(rest, 4) > 3) {
            return false;
        }
        for (String w : SPACES.get().split(rest)) {
            if (!Character.isUpperCase(w.charAt(0))) {
                return false;
            }
        }
        return outlets.isKnown(line.substring(0, comma).strip());
    }

    /** A site's credit of an outlet under the headline: {@link #withCredit}, {@link #barCredit} or {@link #deskCredit}. */
    static boolean siteCredit(String line, OutletTable outlets) {
        return withCredit(line, outlets) || barCredit(line, outlets) || deskCredit(line, outlets);
    }

    /** A by-word of the wire languages and a space, whatever the case of the word after it. */
    private static final Pattern DESK_BY_WORD = Pattern.compile("(?:[Bb]y|[Pp]or|[Pp]ar|[Vv]on|[Dd]i|[Dd]oor|[Pp]rzez) ");

    /** A newsroom named in place of a writer: {@code Por Redação g1}, {@code Von Redaktion}, {@code Di Redazione Web}. */
    private static final java.util.Set<String> NEWSROOMS = java.util.Set.of("redação", "redacción", "redazione", "rédaction",
            "redaktion", "redactie", "redakcja", "редакция", "redaksiyon", "newsroom", "staff");

    /**
     * A by-word and a newsroom or a known outlet in place of a writer's name, with its desk or region after
     * it ({@code Por g1 Campinas e Região}, {@code Por Redação g1}, {@code Par Rédaction Ouest-France}): the
     * credit a news site prints under its headline. A site's name may be in lower case and a region's words
     * joined by "e", so the by-line test (capitalised names) passed it by and, as the last short line above
     * the story, it became the title. At most six words after the by-word.
     */
    static boolean deskCredit(String line, OutletTable outlets) {
        if (line.length() > 60 || !mayOpenWithByWord(line)) {
            return false;
        }
        Matcher m = DESK_BY_WORD.matcher(line);
        if (!m.lookingAt()) {
            return newsroomLine(line, outlets);
        }
        String rest = line.substring(m.end()).strip();
        if (rest.isEmpty() || Prose.wordsUpTo(rest, 7) > 6 || Prose.endsSentence(rest)) {
            return false;
        }
        String[] w = SPACES.get().split(rest);
        return NEWSROOMS.contains(w[0].toLowerCase(java.util.Locale.ROOT)) || outlets.isKnown(w[0])
                || w.length > 1 && outlets.isKnown(w[0] + " " + w[1]);
    }

    /**
     * A newsroom and a known outlet opening the line without a by-word, its place and date after them at
     * times ({@code Redazione ANSA ROMA 07 dicembre 2026 14:20}, the three lines of ansa.it's head run
     * together by a copy): the credit under the headline, which as the last short line above the story
     * became the title. At most eight words, none closing a sentence.
     */
    private static boolean newsroomLine(String line, OutletTable outlets) {
        int space = line.indexOf(' ');
        if (space < 0 || !NEWSROOMS.contains(line.substring(0, space).toLowerCase(java.util.Locale.ROOT))
                || Prose.wordsUpTo(line, 9) > 8 || Prose.endsSentence(line)) {
            return false;
        }
        String[] w = SPACES.get().split(line.substring(space + 1).strip());
        return outlets.isKnown(w[0]) || w.length > 1 && outlets.isKnown(w[0] + " " + w[1]);
    }

    /** A reporter's post after the name, up to three words before it: {@code Staff Writer}, {@code Senior Political Correspondent}. */
    private static final Pattern REPORTER_POST = Pattern.compile(
            "(?i)(?:\\p{L}+ ){0,3}(?:writer|reporter|correspondent|columnist|contributor|editor)");

    /** Whether the text names a known outlet: as a mention, or as its last words ("Reporterin der dpa"). */
    private static boolean namesOutlet(String text, OutletTable outlets) {
        if (outlets.mentionIn(text).isPresent()) {
            return true;
        }
        String[] w = SPACES.get().split(text.strip());
        for (int i = w.length - 1; i >= Math.max(0, w.length - 4); i--) {
            if (outlets.isKnown(String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length)))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Two to four capitalised words and nothing else ({@code Ayşe Demir}): a name, unless a word is a month
     * or weekday (a date line) or the line names an outlet ({@code Reuters News}, an archive's source field).
     */
    static boolean nameLine(String line, OutletTable outlets) {
        if (!line.isEmpty() && line.charAt(0) >= '\u0600' && line.charAt(0) <= '\u06FF') {
            return arabicWrote(line) != null || arabicOutletName(line, outlets);
        }
        if (line.length() > 60 || !mayBeName(line) || !NAME_LINE.matcher(line).matches() || outlets.mentionIn(line).isPresent()) {
            return false;
        }
        CalendarNames names = CalendarNames.get();
        for (String w : SPACES.get().split(line)) {
            if (names.month(w) != 0 || names.isWeekday(w)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether {@link #NAME_LINE} may match the whole line: it opens with a capital and holds only letters,
     * marks, {@code ' ’ . -} and one to six white space chars (two to four words, a particle in each gap
     * at most). Why: the head stage asks it of the lines around the title, and a headline or a table row
     * ({@code Shr 81 cts vs 57 cts}) fails here at its first digit, comma or seventh space, without a
     * matcher trying every shorter form of each word.
     */
    static boolean mayBeName(String line) {
        int n = line.length();
        if (n == 0 || Character.getType(line.codePointAt(0)) != Character.UPPERCASE_LETTER) {
            return false;
        }
        int spaces = 0;
        for (int i = 1; i < n; i++) {
            char c = line.charAt(i);
            if (PlaceGate.regexSpace(c)) {
                if (++spaces > 6) {
                    return false;
                }
            } else if (c < 128) {
                int lower = c | 0x20;
                if (!(lower >= 'a' && lower <= 'z' || c == '.' || c == '-' || c == '\'')) {
                    return false;
                }
            } else if (!(Character.isLetter(c) || c == '’' || Character.isSurrogate(c) || isMark(c))) {
                return false;
            }
        }
        return spaces > 0;
    }

    private static boolean isMark(char c) {
        int t = Character.getType(c);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK;
    }
}
