package io.articlex.dateline;

import io.articlex.boilerplate.DeadStarts;

import io.articlex.model.Dateline;
import io.articlex.rules.OutletTable;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a dateline at the start of a paragraph, covering the shapes of wire-patterns.md section 2:
 * <ol>
 * <li>{@code CITY, DATE (CODE) SEP}: {@code TEHRAN, Aug.23 (ISNA)-}, {@code Abu Dhabi, 12th February, 2016 (WAM) -},
 *     {@code New Delhi [India], August 14 (ANI):}, {@code Shillong, Mar 12 (PTI)} (no separator);</li>
 * <li>{@code CITY (CODE) SEP}: {@code OSLO (Reuters) -Norway}, {@code DULUTH, Minn. (AP) —},
 *     {@code Niamey (Niger) (AFP) –};</li>
 * <li>{@code CITY SEP} / {@code CITY:} with no code: {@code TEHRAN –}, {@code SEOUL --}, {@code ISLAMABAD:};</li>
 * <li>{@code CITY, DATE. /TASS/.};</li>
 * <li>{@code Place, DATE, CODE SEP}: {@code Tehran, Oct 26, IRNA –}, {@code Baku, May 21, AZERTAC};</li>
 * <li>agency first: {@code (ANSA) - Rome, September 10 -}, {@code (CNN) —}, {@code NOURNEWS-};</li>
 * <li>byline-embedded: {@code By IANS, Kolkata :}, {@code Baku, Azerbaijan, May 17By Name - Trend:},
 *     {@code Baku / 21.12.17 / Turan:};</li>
 * <li>the 1987 Reuters {@code CITY, DATE -} (also on its own line).</li>
 * </ol>
 * A parenthesised word is an agency only when the {@link OutletTable} knows it; otherwise it is a place
 * qualifier ({@code (Niger)}, {@code (Karnataka)}) and stays in the location.
 *
 * <p>Patterns run on the first {@value #HEAD} characters only, so a huge one-line input costs nothing here.
 */
public final class DatelineParser {

    /**
     * A dateline and where the body text after it starts.
     *
     * @param strong true when an agency code or a date backs the dateline; a bare {@code CITY SEP} is weak
     *               and the caller should accept it only before running prose
     * @param byline a byline embedded in the dateline ({@code By Aytan Guliyeva}), to be reported as removed
     */
    public record Match(Dateline dateline, int end, boolean strong, String byline) {
    }

    static final int HEAD = 240;

    private static final String MONTH = "(?i:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    /**
     * Day-first month names of every wire language ({@code 3 ene}, {@code 14 MAR}, {@code 15 февраля},
     * {@code 12 set 2023}, {@code 14 نوفمبر}), after a day number only; a letter may not follow.
     */
    private static final String MONTH_DAY_FIRST = "(?iu:" + LazyPattern.MONTH_FORMS + ")(?![\\p{L}])";
    /** A day and then its month, as {@link #DATE}'s day-first form reads them ({@code 14 MAR}, {@code 3rd of March}). */
    private static final String DAY_MONTH = "\\d{1,2}(?:st|nd|rd|th|\\.)?\\s(?:of\\s|de\\s)?(?:" + MONTH + "(?![\\p{L}])|" + MONTH_DAY_FIRST + ")";
    /**
     * {@link #DATE}'s numeric forms; the second, day/month without a year, only right before the agency in
     * brackets: "ANTWERPEN 15/09 (BELGA)".
     */
    private static final String NUMERIC_DATE = "\\d{1,2}[./]\\d{1,2}[./]\\d{2,4}|\\d{1,2}/\\d{1,2}(?=\\s?\\()";
    /** The forms of {@link #DATE} that open with the day: what {@link PlaceGate#withFullDate} asks of a head at its first digit. */
    static final LazyPattern DAY_FIRST_DATE = new LazyPattern(DAY_MONTH + "|" + NUMERIC_DATE);
    /** ({@code /\\d{4}}: the year after a slash, {@code Addis Ababa, December 7/2026 (ENA)}.) */
    private static final String DATE = "(?:" + MONTH + "\\.?\\s?\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s\\d{4}|/\\d{4})?"
            + "|(?:le\\s)?" + DAY_MONTH + "\\.?(?:,?\\s(?:de\\s)?\\d{4})?"
            + "|" + NUMERIC_DATE
            + ")(?:,?\\s\\d{1,2}:\\d{2})?";
    private static final String CONNECTOR = "(?:of|de|del|da|do|dos|la|le|les|es|al|el|ul|on|upon|am|an|sur|occupied|a\\.\\s?M\\.|a\\.\\s?d\\.|i\\.\\s?Br\\.)";
    private static final String WORD = "\\p{Lu}[\\p{L}\\p{M}'’.&-]{0,25}";
    private static final String PART = "(?:" + CONNECTOR + " )?" + WORD + "(?:[ -](?:" + WORD + "|" + CONNECTOR + ")){0,5}";
    private static final String PLACE = "(?<loc>" + PART + "(?:\\s?/\\s?" + PART + ")?(?:,\\s?" + PART + "){0,2})";
    private static final String QUALS = "(?<quals>(?:\\s?[\\[(][^\\[\\]()\\n]{1,40}[\\])]){0,3})";
    private static final String SEP = "(?<sep>\\s?(?:\\.-|-{2,3}|—|–|-|:)\\s?)";
    /** A bare separator: a lone hyphen must have a space on at least one side ("Al-Otaibi" is no dateline). */
    private static final String WEAK_SEP = "(?<sep>\\s(?:--|—|–|-|:)\\s?|(?:--|—|–)\\s?|[-:]\\s)";

    static final LazyPattern TASS = new LazyPattern("^" + PLACE + ",\\s?(?<date>" + DATE + ")\\.?\\s?/(?<code>\\p{L}[\\p{L}«»\"„“ .-]{1,28}[\\p{L}»\"“])/\\.?(?:\\s?(?:--|—|–|-(?=\\s))\\s?)?\\s?");
    /**
     * {@code Ulaanbaatar /MONTSAME/.}: the place and the agency's code between slashes, TASS's shape with
     * no date (Montsame, some Central Asian agencies); only a code the table knows.
     */
    static final LazyPattern PLACE_SLASHED_CODE = new LazyPattern("^" + PLACE + "\\s?/(?<code>\\p{Lu}[\\p{L}-]{1,20})/\\.?(?:\\s?(?:--|—|–|-(?=\\s))\\s?)?\\s?");
    private static final LazyPattern AGENCY_FIRST = new LazyPattern("^\\((?<code>[^()\\n]{2,30})\\)\\s?[-–—]{1,2}\\s?"
            + PLACE + QUALS + "(?:,\\s?(?<date>" + DATE + "))?" + SEP);
    /**
     * {@code (DIRE) Roma, 5 mar. - }: the agency first with no dash after it, then its place and date.
     * The date is what makes it a dateline: without one, {@code (Belga) La commune ...} is
     * {@link #AGENCY_ONLY}'s.
     */
    private static final LazyPattern AGENCY_FIRST_DATED = new LazyPattern("^\\((?<code>[^()\\n]{2,30})\\)\\s"
            + PLACE + QUALS + ",\\s?(?<date>" + DATE + ")" + SEP);
    /** {@code (AFP) - }, or {@code (Belga) La Ville ...}: a known code in brackets opening the text. */
    private static final LazyPattern AGENCY_ONLY = new LazyPattern("^\\((?<code>[^()\\n]{2,30})\\)(?:" + SEP + "|\\s(?=[\\p{Lu}\"«„“]))");
    /** {@code March 3 (UPI) --}: a story with no place, only its date and the agency's code in brackets. */
    static final LazyPattern DATE_AGENCY = new LazyPattern("^(?<date>" + DATE + ")\\s?\\((?<code>[^()\\n]{2,40})\\)" + SEP);
    /**
     * {@code MADRID, 14 (EUROPA PRESS)}: the Spanish wires' day without its month, before a known agency
     * in brackets. Its own shape, tried after {@link #WITH_DATE}: as a {@code DATE} alternative the bare
     * day let a place swallow a month ({@code BANDAR ABBAS, Jan.} with the day {@code 16}).
     */
    static final LazyPattern DAY_AGENCY = new LazyPattern("^" + PLACE + ",\\s?(?<date>\\d{1,2})\\s?\\((?<code>[^()\\n]{2,40})\\)(?:" + SEP + ")?");
    /**
     * {@code Калининград. 4 июля. INTERFAX.RU - }: place, date and code each closed by a full stop; also alone on
     * its line, with no dash ({@code Baku. 6 December. REPORT.AZ} over the story), or closed by a full stop
     * like the two before it ({@code Baku. December 6. APA. Azerbaijan and ...}). A hyphen inside the code is
     * no dash ({@code Киев. 6 декабря. ИНТЕРФАКС-УКРАИНА - }).
     */
    static final LazyPattern DOTTED = new LazyPattern("^" + PLACE + "\\.\\s(?<date>" + DATE + ")\\.\\s(?<code>\\p{Lu}[\\p{L}.-]{1,20}?)(?:\\s[-–—]{1,2}\\s?|[-–—]{1,2}\\s|\\s*$|\\.\\s(?=\\p{Lu}))");
    /**
     * {@code МОСКВА, 3 янв — РИА Новости.}: the agency after a dash, closed by a full stop; a reporter's name
     * may follow the agency ({@code — РИА Новости, Анна Петрова.}).
     */
    static final LazyPattern DATE_DASH_AGENCY = new LazyPattern("^" + PLACE + ",\\s?(?<date>" + DATE + ")\\s?[-–—]{1,2}\\s?"
            + "(?<code>\\p{Lu}[\\p{L}.-]{1,15}(?:\\s\\p{Lu}[\\p{L}.-]{1,15}){0,2})(?:,\\s(?<byline>\\p{Lu}[^.,\\n]{2,60}))?\\.\\s?");
    /** Arabic and Hijri month names (the latter for the {@code 05 رجب 1445 هـ الموافق 17 يناير 2024 م} double date). */
    private static final String AR_DIGITS = "[0-9\\u0660-\\u0669]";
    private static final String HIJRI = "(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)";
    private static final String AR_DATE = "(?:(?:" + AR_DIGITS + "{1,2}\\s" + HIJRI + "\\s" + AR_DIGITS + "{4}\\s?هـ?\\s(?:الموافق\\s)?)?"
            + AR_DIGITS + "{1,2}\\s" + MONTH_DAY_FIRST + "(?:\\s" + AR_DIGITS + "{4})?(?:\\s?م(?![\\p{L}]))?"
            // day - month in figures (KUNA: "الكويت - 14 - 11 (كونا) --"), and the year after them (WAFA: "القدس 7-12-2026 وفا-")
            + "|" + AR_DIGITS + "{1,2}\\s?-\\s?" + AR_DIGITS + "{1,2}(?:-" + AR_DIGITS + "{4})?)";
    private static final String AR_LETTER = "[\\p{IsArabic}&&\\p{L}]";
    /**
     * An Arabic word, with its vowel marks: those are of the Inherited script, not the Arabic one, so a
     * place written with a shadda ({@code عمّان}) failed every Arabic dateline when only Arabic-script marks counted.
     */
    private static final String AR_WORD = "[\\p{IsArabic}&&\\p{L}][[\\p{IsArabic}&&\\p{L}]\\p{M}]{1,20}";
    /**
     * Arabic wire datelines: {@code الدوحة في 3 يناير /قنا/}, {@code الفجيرة في 8 مارس / وام / },
     * {@code عمان (بترا) -}, {@code الرياض 05 رجب 1445 هـ الموافق 17 يناير 2024 م واس -}: a place of one to
     * three Arabic words, an optional {@code في} and date, and a known code between slashes, in brackets
     * or bare before a dash or the text, or after a dash ({@code دمشق-سانا}, often alone on its line), or after a
     * slash alone on the line ({@code إسطنبول/ الأناضول}, a reporter's name and a slash at times before it),
     * or, alone on the line, after a colon in guillemets, as a paper writes its own name ({@code القاهرة: «الشرق الأوسط»};
     * read as a headline, it took the title's place). A known outlet only: {@code ترامب: «لن نتراجع»} is a headline.
     */
    static final LazyPattern ARABIC = new LazyPattern("^(?<loc>" + AR_WORD + "(?:\\s(?!في\\s)" + AR_WORD + "){0,2})\\s?،?"
            + "(?:(?:\\s|\\s?[-–]\\s?)(?:في\\s)?(?<date>" + AR_DATE + "))?\\s?"
            // Anadolu's Arabic service: the place, a slash and the agency alone on the line, a reporter's name
            // between them at times: "إسطنبول/ الأناضول", "القدس/ عبد الرؤوف أرناؤوط/ الأناضول" (tried first: the
            // name between slashes would read as a code; a name has two words at least, "/قنا/ أعلنت" none)
            + "(?:/\\s?(?:(?<byline>" + AR_WORD + "(?:\\s" + AR_WORD + "){1,3})\\s?/\\s?)?(?<code7>" + AR_WORD + ")(?=\\s*$)"
            + "|/\\s?(?<code>[^/\\n]{2,25}?)\\s?/|\\((?<code2>[^()\\n]{2,25})\\)|(?<code3>" + AR_WORD + "(?:\\s" + AR_WORD + ")?)(?=\\s?[-–—:])"
            // a site's name after the dash: "دبي - العربية.نت"
            + "|[-–]\\s?(?<code4>" + AR_WORD + "(?:\\.نت)?)(?=\\s|$)"
            // a code spelt in single letters, alone on its line: "القاهرة - أ ش أ" (MENA)
            + "|[-–]\\s?(?<code5>" + AR_LETTER + "(?:\\s" + AR_LETTER + "){1,3})(?=\\s*$)"
            // a bare code right after a date, before the text or the line's end: "... 17 يناير 2024 م واس دشن"
            + "|(?<=[0-9\\u0660-\\u0669]\\s|\\sم\\s)(?<code6>" + AR_WORD + ")(?=\\s|$)"
            // a paper's own dateline, alone on its line: "عمّان: «الشرق الأوسط»" (the paper in guillemets)
            + "|:\\s?«(?<code8>" + AR_WORD + "(?:\\s" + AR_WORD + "){0,2})»(?=\\s*$))"
            + "\\s?[-–—:]{0,2}\\s?");
    /** A correspondent's credit between TASS's slashes: {@code Корр. ТАСС Ирина Смирнова}, {@code Спецкорр. ТАСС ...}. */
    static final LazyPattern CORRESPONDENT = new LazyPattern(
            "(?:Спец)?[Кк]орр(?:\\.|еспондент)\\s?(?<code>\\p{Lu}{2,10})\\s(?<name>\\p{Lu}[\\p{L}-]{1,20}(?:\\s\\p{Lu}[\\p{L}-]{1,20}){1,2})");
    static final LazyPattern GLUED_AGENCY = new LazyPattern("^(?<code>\\p{Lu}[\\p{Lu}-]{2,20})-\\s?(?=[\\p{Lu}\"“])");
    /**
     * {@code Baghdad-INA}, {@code Baghdad - INA}: a place and a known agency's code after a dash, alone on the
     * line above the story, as the Iraqi News Agency's English site prints its dateline. Read as a headline,
     * it took the title's place. One to three capitalised words, no hyphen inside them, and a code in capitals
     * with nothing after it: a short headline with a wire's name after it ({@code Markets - Reuters}) stays one.
     */
    static final LazyPattern PLACE_DASH_CODE = new LazyPattern("^(?<loc>\\p{Lu}[\\p{L}\\p{M}'’.]{1,25}(?:\\s(?:" + CONNECTOR
            + "\\s)?\\p{Lu}[\\p{L}\\p{M}'’.]{1,25}){0,2})\\s?[-–—]\\s?(?<code>\\p{Lu}{2,10})\\s*$");
    private static final LazyPattern BY_AGENCY = new LazyPattern("^[Bb][Yy] (?:(?<byline>[^,:\\n]{1,60}),\\s?)?(?<code>[\\p{L}/ -]{2,30}),\\s?"
            + PLACE + "\\s?:\\s?");
    static final LazyPattern SLASHED = new LazyPattern("^" + PLACE + "\\s?/\\s?(?<date>\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s?/\\s?(?<code>\\p{L}{2,20}):\\s?");
    static final LazyPattern BYLINE_EMBEDDED = new LazyPattern("^(?:" + PLACE + ",\\s?)?(?<date>" + DATE + ")\\s?"
            + "(?<byline>[Bb]y \\p{Lu}[\\p{L}'’.-]{0,20}(?: \\p{Lu}[\\p{L}'’.-]{0,20}){0,3})?\\s?[-–—]?\\s?(?<code>\\p{Lu}[\\p{L}]{1,20})\\s?:\\s?");
    static final LazyPattern WITH_DATE = new LazyPattern("^" + PLACE + QUALS + "(?:,\\s?|\\s)(?<date>" + DATE + ")\\.?"
            + "(?:\\s?\\((?<code>[^()\\n]{1,80})\\)(?:\\.(?=\\s))?|,\\s?(?<code2>[\\p{L}-]{2,20})(?:(?=\\s?[-–—:]|\\s*$)|\\.(?=\\s))|\\s(?<code3>\\p{Lu}\\p{L}{2,20})(?:(?=\\s*$|\\s?(?:--|—|–|-)(?:\\s|$))|\\.(?=\\s)))?"
            + ",?(?:" + SEP + ")?");
    static final LazyPattern WITH_AGENCY = new LazyPattern("^" + PLACE + QUALS + "(?:,\\s?(?<code2>[\\p{L}-]{2,20})(?=\\s?[-–—]|\\.\\s)|,?\\s?\\((?<code>[^()\\n]{1,80})\\))"
            + "(?<sep>\\s?(?:\\.-|--|—|–|-|:|\\.(?=\\s))\\s?)?");
    static final LazyPattern DASH_DATE = new LazyPattern("^" + PLACE + "\\s?[-–—]{1,2}\\s?(?<date>" + DATE + ")\\s?:\\s?");
    static final LazyPattern DATE_THEN_AGENCY = new LazyPattern("^" + PLACE + ",\\s?(?<date>" + DATE + ")\\s?[-–—]{1,2}\\s?\\((?<code>[^()\\n]{2,40})\\)" + SEP);
    /**
     * A dateline of an archive printed all in lower case: {@code tehran, jan 5, irna --},
     * {@code tehran (irna) --}. The place-first shapes above want capitals; here the agency, which the
     * outlet table must know, is what makes it a dateline.
     */
    static final LazyPattern LOWER_CASE = new LazyPattern("^(?<loc>\\p{Ll}[\\p{Ll}'’.-]{1,25}(?: \\p{Ll}[\\p{Ll}'’.-]{1,25}){0,2})"
            + "(?:,\\s?(?<date>" + DATE + "),\\s?(?<code>\\p{Ll}[\\p{Ll}-]{1,15})|\\s?\\((?<code2>\\p{Ll}[\\p{Ll}-]{1,15})\\))"
            + "\\s?(?:--|—|–|-)\\s?");
    private static final LazyPattern PAREN_PLACE = new LazyPattern("^\\((?<loc>\\p{Lu}[\\p{Lu} .'-]{1,30})\\)" + WEAK_SEP);
    private static final LazyPattern GLUED_STAMP = new LazyPattern("^(?<code>\\p{Lu}[\\p{Lu}-]{2,30})\\d{1,2}:\\d{2}\\s(?<date>\\d{1,2}\\.\\d{1,2}\\.\\d{2,4})\\s?");
    static final LazyPattern BARE = new LazyPattern("^" + PLACE + QUALS + WEAK_SEP);
    private static final LazyPattern BYLINE_LEAD = new LazyPattern("^By \\p{Lu}\\p{Ll}+(?: \\p{Lu}[\\p{Ll}.]*){1,3} (?=\\p{Lu}{2,}[ ,])");
    private static final LazyPattern QUAL = new LazyPattern("[\\[(]([^\\[\\]()\\n]{1,40})[\\])]");

    /**
     * The regexes of the clean-ups below, compiled once (on first use, as the shapes are):
     * {@code String.replaceAll} and {@code split} compile theirs on every call, and these run for
     * every dateline found.
     */
    private static final LazyPattern TRAILING_STOP = new LazyPattern("\\.$");
    /** Commas, spaces and dashes closing a place: Business Wire glues its dashes to it ({@code DAYTON, Ohio--(BUSINESS WIRE)--}). */
    static final LazyPattern TRAILING_COMMAS_SPACES = new LazyPattern("[,\\s\\-\u2013\u2014]+$");
    static final LazyPattern TRAILING_STOPS_COMMAS = new LazyPattern("[.,]+$");
    static final LazyPattern DASH_OR_SLASH = new LazyPattern("[-/]");

    private final OutletTable outlets;
    /** The openings each of the outlet table's dateline shapes cannot start with; null: none learned. */
    private final ShapeStarts shapeStarts;

    public DatelineParser(OutletTable outlets) {
        this(outlets, null);
    }

    DatelineParser(OutletTable outlets, ShapeStarts shapeStarts) {
        this.outlets = outlets;
        this.shapeStarts = shapeStarts;
    }

    /**
     * Per dateline shape of an outlet table ({@link OutletTable#datelineShapes}), the head openings its
     * regex fails on ({@link DeadStarts}), kept by the rule set for every article of a run. Why: each
     * shape was tried with a Matcher on every head the head stage asks about, and the built-in ones
     * (Yonhap's, Newsis's and News1's, which open with a bracket, MTI's) fail within two characters of
     * nearly every head. Used once a run has asked about {@link #LEARN_AFTER} heads (a batch): a one-file
     * parse would pay for the learning and use little of it.
     */
    static final class ShapeStarts {
        static final int LEARN_AFTER = 200;
        private final DeadStarts[] tables;
        /** Heads asked about so far (a plain count: threads may lose a few). */
        private int asked;
        /** {@link #LEARN_AFTER}, or what a test sets. */
        int learnAfter = LEARN_AFTER;

        ShapeStarts(io.articlex.rules.RuleSet rules) {
            this.tables = new DeadStarts[rules.outlets().datelineShapes().size()];
        }

        /** True when shape {@code k} (of {@code pattern}) cannot match at the start of {@code head}. */
        boolean rulesOut(int k, Pattern pattern, String head) {
            if (asked < learnAfter) {
                asked++;
                return false;
            }
            return DeadStarts.rulesOut(tables, k, pattern, false, head);
        }
    }

    public Optional<Match> parse(String paragraph) {
        if (paragraph == null || paragraph.isEmpty()) {
            return Optional.empty();
        }
        String head = paragraph.length() > HEAD ? paragraph.substring(0, HEAD) : paragraph;
        Matcher by = head.startsWith("By ") ? lookingAt(BYLINE_LEAD.get(), head) : null;
        if (by != null) {
            // "By Name DUBAI, Feb 29 –" (a Reuters repost): the byline is not part of the place
            int off = by.end();
            Optional<Match> m = parseHead(head.substring(off)).map(x -> new Match(
                    new Dateline(head.substring(0, off + x.end()).strip(), x.dateline().location(),
                            x.dateline().date(), x.dateline().agency()),
                    off + x.end(), x.strong(), head.substring(0, off).strip()));
            if (m.isPresent()) {
                return m;
            }
        }
        return parseHead(head).map(DatelineParser::splitGluedByline);
    }

    /** {@code Mehmet ŞAHİN/İZMİR}: a reporter's name glued before the place in capitals. */
    private static final LazyPattern NAME_SLASH_PLACE = new LazyPattern("(?<name>\\p{Lu}[^/]{1,60}?)\\s?/\\s?(?<place>\\p{Lu}[\\p{Lu}\\p{M} .'-]{1,40})");

    /**
     * A dateline whose place reads {@code Name SURNAME/PLACE} (Turkish agencies glue the reporter's name
     * before the place, {@code Mehmet ŞAHİN/İZMİR, (DHA) -}): the place is the part after the slash when
     * it is in capitals and the part before is not, and the name is a byline. Only with an agency: a
     * bare {@code Jerusalem/Tel Aviv -} is two places.
     */
    private static Match splitGluedByline(Match m) {
        Dateline d = m.dateline();
        if (d.location() == null || d.agency() == null || m.byline() != null || d.location().indexOf('/') < 0) {
            return m;
        }
        Matcher x = NAME_SLASH_PLACE.get().matcher(d.location());
        if (!x.matches() || io.articlex.segment.Prose.isUpperCase(x.group("name"))) {
            return m;
        }
        return new Match(new Dateline(d.text(), x.group("place").strip(), d.date(), d.agency()), m.end(), m.strong(),
                x.group("name").strip());
    }

    private Optional<Match> parseHead(String head) {
        // the place-first shapes cost most (their place part backtracks); skip those that provably cannot match
        PlaceGate gate = PlaceGate.of(head);
        boolean paren = head.startsWith("(");
        java.util.List<io.articlex.rules.Rules.DatelineShape> shapes = outlets.datelineShapes();
        for (int k = 0; k < shapes.size(); k++) {
            io.articlex.rules.Rules.DatelineShape shape = shapes.get(k);
            if (shapeStarts != null && shapeStarts.rulesOut(k, shape.pattern(), head)) {
                continue;
            }
            Matcher own = shape.pattern().matcher(io.articlex.limits.Deadline.chars(head));
            if (own.lookingAt() && own.end() > 0) {
                return done(head, own, group(own, "loc"), group(own, "date"), shape.agency(), null, true);
            }
        }
        Matcher m = head.isEmpty() || !Character.isLowerCase(head.charAt(0)) ? null : lookingAt(LOWER_CASE.get(), head);
        if (m != null) {
            String code = first(m.group("code"), m.group("code2"));
            if (known(code)) {
                return done(head, m, m.group("loc"), m.group("date"), code, null, true);
            }
        }
        m = head.isEmpty() || !isArabicLetter(head.charAt(0)) ? null : lookingAt(ARABIC.get(), head);
        if (m != null) {
            String code = first(m.group("code"), m.group("code2"), m.group("code3"), m.group("code4"), m.group("code5"),
                    m.group("code6"), m.group("code7"), m.group("code8"));
            if (known(code)) {
                return done(head, m, m.group("loc"), m.group("date"), code, m.group("byline"), true);
            }
        }
        m = gate.tass() ? lookingAt(TASS.get(), head) : null;
        if (m != null) {
            // the code between slashes after the date is the agency's whether the table knows it or not:
            // "Калининград, 12 марта. /ИА «Запад»/."
            String code = m.group("code");
            Matcher corr = code.indexOf("орр") > 0 ? CORRESPONDENT.get().matcher(code) : null;
            if (corr != null && corr.matches() && known(corr.group("code"))) {
                // "/Корр. ТАСС Ирина Смирнова/": the agency, and its correspondent's name as the byline
                return done(head, m, m.group("loc"), m.group("date"), corr.group("code"), corr.group("name"), true);
            }
            return done(head, m, m.group("loc"), m.group("date"), code, null, true);
        }
        int slash = head.indexOf('/');
        m = slash > 2 && slash < 40 && startsUpper(head) ? lookingAt(PLACE_SLASHED_CODE.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), null, m.group("code"), null, true);
        }
        m = paren ? lookingAt(AGENCY_FIRST.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, withQuals(m.group("loc"), m.group("quals")), m.group("date"), m.group("code"), null, true);
        }
        m = paren ? lookingAt(AGENCY_FIRST_DATED.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, withQuals(m.group("loc"), m.group("quals")), m.group("date"), m.group("code"), null, true);
        }
        m = paren ? lookingAt(AGENCY_ONLY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, null, null, m.group("code"), null, true);
        }
        int bracket = head.indexOf('(');
        m = bracket > 2 && bracket < 24 && opensWithDate(head) ? lookingAt(DATE_AGENCY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, null, m.group("date"), m.group("code"), null, true);
        }
        m = startsUpper(head) && head.indexOf(':') > 0 ? lookingAt(GLUED_STAMP.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, null, m.group("date"), m.group("code"), null, true);
        }
        m = startsUpper(head) && gluedAgencyMay(head) ? lookingAt(GLUED_AGENCY.get(), head) : null;
        if (m != null && outlets.isKnown(m.group("code"))) {
            return done(head, m, null, null, m.group("code"), null, true);
        }
        m = head.length() <= 50 && startsUpper(head) && endsUpper(head) && dashAfterStart(head) ? lookingAt(PLACE_DASH_CODE.get(), head) : null;
        if (m != null && outlets.isKnown(m.group("code")) && !outlets.isKnown(m.group("loc"))) {
            return done(head, m, m.group("loc"), null, m.group("code"), null, true);
        }
        m = head.regionMatches(true, 0, "by ", 0, 3) ? lookingAt(BY_AGENCY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            String by = m.group("byline") == null ? null : "By " + m.group("byline").strip();
            return done(head, m, m.group("loc"), null, m.group("code"), by, true);
        }
        m = gate.slashed() ? lookingAt(SLASHED.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), m.group("date"), m.group("code"), null, true);
        }
        m = gate.bylineEmbedded() ? lookingAt(BYLINE_EMBEDDED.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), m.group("date"), m.group("code"), m.group("byline"), true);
        }
        m = gate.dateThenAgency() ? lookingAt(DATE_THEN_AGENCY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), m.group("date"), m.group("code"), null, true);
        }
        m = gate.dottedPlace() ? lookingAt(DOTTED.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, TRAILING_STOP.get().matcher(m.group("loc")).replaceAll(""), m.group("date"), m.group("code"), null, true);
        }
        m = gate.datedPlaceThenDashAgency() && knownAgencyMay(head, gate) ? lookingAt(DATE_DASH_AGENCY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), m.group("date"), m.group("code"), m.group("byline"), true);
        }
        m = gate.dashDate() ? lookingAt(DASH_DATE.get(), head) : null;
        if (m != null) {
            return done(head, m, m.group("loc"), m.group("date"), null, null, true);
        }
        WithDate w = gate.withFullDate() ? withDate(head) : null;
        if (w != null) {
            String code = agencyIn(first(w.code(), w.code2(), w.code3()));
            if (code == null && w.code() != null && agencyCode(w.code())
                    && (w.sep() != null || startsText(head.substring(w.end())) || head.substring(w.end()).isBlank())) {
                // "MADRID, 12 Mar. (COLPISA) -": after a date, a code in capitals is the agency's; so on a line
                // of its own ("PODGORICA, Dec 6 (MINA)"), where the caller wants prose on the next line
                code = w.code();
            } else if (code == null && w.code() != null && w.sep() != null && outletName(w.code())) {
                // "Colombo, December 7 (Newsfirst) - ", "Suva, 7 December 2026 (FBC News) - ": a paper's or
                // broadcaster's name in brackets between the date and the dash is the dateline's credit too
                code = w.code().strip();
            }
            // a bare word after the date ("TOKYO, Dec. 6 Kyodo - ", Kyodo's digest items) is the agency only when
            // the table knows it: "WASHINGTON, March 4 Officials - ..." is no dateline
            boolean unknownParen = (w.code() != null || w.code3() != null) && code == null;
            // "CITY, DATE" needs a separator or an agency before the text ("... STRIKES MARCH 9" is a title)
            if (!unknownParen && (code != null || w.sep() != null || placeAndDateAlone(head, w))) {
                return done(head, w.end(), withQuals(w.loc(), w.quals()), w.date(), code, null, true);
            }
            if (code == null && w.code() == null && w.code2() == null && w.code3() == null && w.sep() == null
                    && cyrillicDottedDate(head, w)) {
                // "Петербург, 6 декабря. В Петербурге ...": a Russian paper's dateline with no agency
                return done(head, w.end(), withQuals(w.loc(), w.quals()), w.date(), null, null, true);
            }
            // a time zone after the time ("09:15 IST") was read as a bare code
            boolean zone = w.code() == null && w.code3() != null && NOT_AGENCIES.contains(w.code3());
            String stamped = unknownParen && !zone || code != null ? null : placeDateTime(head, w);
            if (stamped != null) {
                // "CHENNAI, December 06, 2026 09:15 IST" above the story: the line stands where the dateline
                // would, and is one; the date is the dateline's, the time is not part of it
                return done(head, head.length(), withQuals(w.loc(), w.quals()), stamped, null, null, true);
            }
        }
        m = gate.withDate() && head.indexOf('(') > 0 ? lookingAt(DAY_AGENCY.get(), head) : null;
        if (m != null && known(m.group("code"))) {
            return done(head, m, m.group("loc"), m.group("date"), m.group("code"), null, true);
        }
        m = gate.withAgency() ? lookingAt(WITH_AGENCY.get(), head) : null;
        if (m != null) {
            String code = agencyIn(first(m.group("code"), m.group("code2")));
            // with no dash or colon, the story's own words follow: "CHICAGO (Reuters) may be the most
            // quoted dateline ..." is a sentence about one, not a dateline
            if (code != null && (m.group("code2") == null || m.group("sep") != null)
                    && (m.group("sep") != null || !opensLowerCase(head.substring(m.end()))) && !paperByline(m, head)) {
                return done(head, m, withQuals(m.group("loc"), m.group("quals")), null, code, null, true);
            }
        }
        m = paren ? lookingAt(PAREN_PLACE.get(), head) : null;
        if (m != null && !known(m.group("loc")) && startsText(head.substring(m.end()))) {
            return done(head, m, m.group("loc"), null, null, null, false);
        }
        m = gate.bare() ? lookingAt(BARE.get(), head) : null;
        if (m != null) {
            String loc = m.group("loc");
            String quals = m.group("quals");
            // the last qualifier may be the agency: "Niamey (Niger) (AFP)" is caught above; here a known
            // code in brackets means the agency pattern failed for another reason, so stay out
            String agency = lastKnownQualifier(quals);
            if (agency != null) {
                String q = quals.substring(0, quals.lastIndexOf(agency) - 1);
                return done(head, m, withQuals(loc, q), null, agency, null, true);
            }
            if ((quals == null || quals.isBlank()) && agencyOnly(loc)) {
                // "NNA - Caretaker Minister ...": an agency's code alone before the dash is no place; "AGI -
                // Roma, 6 dic. - Treni ...": the agency first, then its place and date, as ANSA writes them
                // in brackets (a dated place and no agency of its own, so a headline after the code stays)
                String rest = head.substring(m.end());
                Optional<Match> then = rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) ? Optional.empty() : parseHead(rest);
                if (then.isPresent() && then.get().dateline().date() != null && then.get().dateline().location() != null
                        && then.get().dateline().agency() == null) {
                    Dateline d = then.get().dateline();
                    return done(head, m.end() + then.get().end(), d.location(), d.date(), loc, null, true);
                }
                return done(head, m, null, null, loc, null, true);
            }
            int stop = loc.lastIndexOf(". ");
            if (stop > 0 && known(loc.substring(stop + 2))) {
                // "АСТАНА. КАЗИНФОРМ -": the place, a full stop and the agency's name, no date
                return done(head, m, withQuals(loc.substring(0, stop), quals), null, loc.substring(stop + 2), null, true);
            }
            boolean colon = m.group("sep").strip().equals(":");
            boolean caps = io.articlex.segment.Prose.isUpperCase(loc);
            if (colon && !caps) {
                return Optional.empty();
            }
            if (!caps && io.articlex.segment.Prose.words(loc) > 4) {
                return Optional.empty();
            }
            String rest = head.substring(m.end());
            if (!rest.isEmpty() && !startsText(rest)) {
                return Optional.empty();
            }
            return done(head, m, withQuals(loc, quals), null, null, null, false);
        }
        return Optional.empty();
    }

    /**
     * Whether a bare head's place is only a known agency's code in capitals ({@code NNA - }, {@code KUNA -}):
     * agencies that print no place open the story with their code and a dash. Only the code as the table
     * writes it, in capitals, counts: a name or alias ({@code Fars}, {@code Mehr}) can be a place too; a known
     * site name with its dot ({@code AKIPRESS.COM}) cannot.
     */
    private boolean agencyOnly(String loc) {
        if (loc.length() > 12 || !io.articlex.segment.Prose.isUpperCase(loc) || loc.indexOf(' ') >= 0) {
            return false;
        }
        Optional<OutletTable.Outlet> o = outlets.find(loc);
        // (or the agency's site name in capitals, which no place is: "AKIPRESS.COM - ")
        return o.isPresent() && (loc.equalsIgnoreCase(o.get().code()) || loc.indexOf('.') > 0);
    }

    /**
     * A place, a comma and a date, and nothing else on the line ({@code Chandigarh, March 12} above the
     * story, as Indian papers print it): a dateline on its own line. The comma is what tells it from a
     * headline in capitals ending in a date ({@code ... WARNING STRIKES MARCH 9}); a place of more than
     * four words is a sentence's start.
     */
    private static boolean placeAndDateAlone(String head, WithDate w) {
        if (w.code() != null || w.code2() != null || w.code3() != null || !head.substring(w.end()).isBlank()
                || io.articlex.segment.Prose.wordsUpTo(w.loc(), 5) > 4) {
            return false;
        }
        // a date that ran on into a time ("Dec 6, 2026 10:42") is a stamp's: placeDateTime decides
        return dateAfterComma(head, w) > 0 && !DATE_TIME_ALONE.get().matcher(w.date()).matches();
    }

    /**
     * {@code Петербург, 6 декабря. В Петербурге открылась ...}, {@code МОСКВА, 12 марта. Госдума ...}: a place
     * in Cyrillic of at most three words, a comma, a day and a month's name, a full stop and the story's
     * capitalised words. Russian papers print their datelines so without an agency; the month's name in the
     * genitive after a day is no sentence's start. Latin-script places are left out: {@code Berlin, 6.
     * Dezember. Ein Tag ...} opens letters and chronicles as often as stories.
     */
    private static boolean cyrillicDottedDate(String head, WithDate w) {
        int end = w.end();
        if (end < 2 || end >= head.length() || head.charAt(end - 1) != '.' || !Character.isWhitespace(head.charAt(end))
                || !Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(head.charAt(0)))
                || io.articlex.segment.Prose.wordsUpTo(w.loc(), 4) > 3 || dateAfterComma(head, w) < 0) {
            return false;
        }
        boolean month = false;
        for (int i = 0; i < w.date().length() && !month; i++) {
            month = Character.UnicodeBlock.CYRILLIC.equals(Character.UnicodeBlock.of(w.date().charAt(i)));
        }
        return month && startsText(head.substring(end).stripLeading());
    }

    /** Where the date starts when a comma parts it from the place ({@code Chandigarh, March 12}), else -1. */
    private static int dateAfterComma(String head, WithDate w) {
        int at = head.indexOf(w.date(), w.loc().length());
        return at > 0 && head.substring(w.loc().length(), at).indexOf(',') >= 0 ? at : -1;
    }

    /**
     * The date of a line that holds a place in capitals, a comma, a date and a time, and nothing else
     * ({@code CHENNAI, December 06, 2026 09:15 IST}, {@code LAGOS, Dec 6, 2026, 10:42 am}): some papers print
     * it where the dateline stands, and it is the story's dateline, its date without the time; null for any
     * other line. A place in capitals only ({@link io.articlex.boilerplate.Timestamps#placedStamp}), and no
     * outlet's name: a byline with a date and time ({@code Ade Bello, December 6, 2026 10:42 am},
     * {@code REUTERS, Dec 6 ...}) is no dateline.
     */
    private String placeDateTime(String head, WithDate w) {
        String loc = w.loc();
        if (w.code() != null || w.code2() != null || w.sep() != null || !io.articlex.boilerplate.Timestamps.placedStamp(head)
                || outlets.isKnown(loc)) {
            return null;
        }
        int at = dateAfterComma(head, w);
        if (at < 0) {
            return null;
        }
        Matcher m = DATE_TIME_ALONE.get().matcher(head.substring(at).strip());
        return m.matches() ? m.group(1) : null;
    }

    /**
     * A date, then a time and perhaps its zone, and nothing else ({@code December 06, 2026 09:15 IST},
     * {@code Dec 6, 2026, 10:42 am}, {@code Dec 6, 2026 14.05 GMT+8}): group 1 is the date.
     */
    static final LazyPattern DATE_TIME_ALONE = new LazyPattern("(.+?\\d)[,\\s]+(?:-\\s)?\\d{1,2}[:.]\\d{2}(?:\\s?(?:[AaPp]\\.?[Mm]\\.?|hrs|h))?"
            + "(?:\\s\\(?\\p{Lu}{2,4}(?:[+-]\\d{1,2})?\\)?)?");

    /**
     * A code in capitals ({@code COLPISA}, {@code NA}, {@code AE}, {@code GLOBE NEWSWIRE}) in brackets after a
     * dateline's date: an agency the outlet table does not know. A place qualifier stands before the date
     * ({@code Niamey (Niger), March 4}), so after it the bracket holds the agency, unless it is an editorial
     * tag or a time zone ({@link #NOT_AGENCIES}).
     */
    static boolean agencyCode(String code) {
        String c = code.strip();
        if (c.length() < 2 || c.length() > 20 || !Character.isUpperCase(c.charAt(0)) || NOT_AGENCIES.contains(c)) {
            return false;
        }
        for (int i = 0; i < c.length(); i++) {
            char x = c.charAt(i);
            if (!(Character.isUpperCase(x) || x == ' ' || x == '-' || x == '&' || x == '.') || x == ' ' && c.charAt(i - 1) == ' ') {
                return false;
            }
        }
        return true;
    }

    /**
     * An outlet's name written as a name, one to three capitalised words of letters, one of them a word
     * of a paper's, broadcaster's or agency's name ({@code outlet-words.txt}: {@code Newsfirst}, {@code FBC
     * News}, {@code Post-Courier}, {@code Daily Mirror}). Any other name in brackets after a date ("(Ville de
     * Paris)", "(Updated)", "(Video)") is no credit. Asked only with a dash or colon after the bracket.
     */
    static boolean outletName(String code) {
        String c = code.strip();
        if (c.length() < 3 || c.length() > 30) {
            return false;
        }
        String[] words = c.split(" ");
        if (words.length > 3) {
            return false;
        }
        boolean outlet = false;
        for (String word : words) {
            if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            for (int i = 1; i < word.length(); i++) {
                char x = word.charAt(i);
                if (!(Character.isLetter(x) || x == '-' && i < word.length() - 1 && Character.isUpperCase(word.charAt(i + 1)))) {
                    return false;
                }
            }
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            for (String part : lower.split("-")) {
                outlet |= OutletWords.WORDS.contains(part);
            }
            outlet |= lower.contains("news") || lower.contains("press");
        }
        return outlet;
    }

    /** The words of {@code outlet-words.txt}, read when first asked. */
    private static final class OutletWords {
        static final java.util.Set<String> WORDS = HeadStage.phrases("outlet-words.txt");
    }

    /** Words in brackets after a date that are no agency: editorial tags, time zones and media labels. */
    private static final java.util.Set<String> NOT_AGENCIES = java.util.Set.of("LEAD", "URGENT", "UPDATE", "UPDATED",
            "CORRECTED", "REFILE", "REPEAT", "CORRECTION", "GMT", "UTC", "EST", "EDT", "CET", "CEST", "BST", "IST",
            "PST", "PDT", "ET", "PT", "AM", "PM", "LOCAL", "ANALYSIS", "FEATURE", "INTERVIEW", "EXCLUSIVE", "PHOTOS", "VIDEO",
            "FACTBOX", "WRAPUP", "OFFICIAL", "RECAST", "PHOTO", "AUDIO", "LIVE", "WATCH", "LISTEN", "OPINION", "TIME",
            "REVISED", "CORRECTS", "UPDATES", "BREAKING", "NEW", "ADDS", "WRITETHRU", "PICTURES", "GRAPHIC");

    /**
     * Whether {@link #DATE_AGENCY} may match: the head opens with a digit (a day first) or an English
     * month name, the only ones {@code DATE} puts first. Why: the pattern holds every language's month
     * names, compiled when first tried, and {@code WASHINGTON (AP) -} heads have a bracket as early.
     */
    static boolean opensWithDate(String head) {
        if (head.isEmpty()) {
            return false;
        }
        if (head.charAt(0) >= '0' && head.charAt(0) <= '9') {
            return true;
        }
        int j = 0;
        while (j < head.length() && j < 10 && asciiLetter(head.charAt(j))) {
            j++;
        }
        return j >= 3 && MONTH_WORDS.contains(head.substring(0, j).toLowerCase(java.util.Locale.ROOT));
    }

    /** True when {@code head} opens with an upper-case letter ({@code \\p{Lu}}), which the glued-code shapes need. */
    private static boolean startsUpper(String head) {
        return !head.isEmpty() && Character.getType(head.codePointAt(0)) == Character.UPPERCASE_LETTER;
    }

    /**
     * A writer's name and her paper in brackets alone on a line ({@code Dian Septiari (The Jakarta Post)}), as
     * papers print their own bylines under the headline: no place and agency, though it has their shape. A
     * wire's code in a dateline never opens with an article.
     */
    private static boolean paperByline(Matcher m, String head) {
        String code = m.group("code");
        return code != null && code.startsWith("The ") && m.group("sep") == null && head.substring(m.end()).isBlank();
    }

    /**
     * Whether a capital ends {@code head} before its trailing white space, as the code of
     * {@link #PLACE_DASH_CODE} ({@code \p{Lu}{2,10}\s*$}) must: {@code \s} chars, and one line terminator
     * past them where {@code $} matches before it, are stepped over from the end. Why: the regex ran on
     * every short capitalised head with a dash in it (the rows of an earnings table, "Markets - the day
     * ahead"), ~90 times for reuters-dev + synthetic-dev, none a match, each ~1.6 microseconds.
     */
    static boolean endsUpper(String head) {
        int e = head.length();
        if (e > 0 && (head.charAt(e - 1) == '\u0085' || head.charAt(e - 1) == '\u2028' || head.charAt(e - 1) == '\u2029')) {
            e--;
        }
        while (e > 0 && PlaceGate.regexSpace(head.charAt(e - 1))) {
            e--;
        }
        return e > 0 && Character.getType(head.codePointBefore(e)) == Character.UPPERCASE_LETTER;
    }

    /** Whether a hyphen or dash stands after the first character ({@link #PLACE_DASH_CODE}'s necessary condition). */
    private static boolean dashAfterStart(String head) {
        for (int i = 1; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '-' || c == '–' || c == '—') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@link #GLUED_AGENCY} may match {@code head}, which opens with a capital: its code is that
     * capital and 2 to 20 more capitals or hyphens, closed by a hyphen, so a hyphen at index 3 to 21 must
     * end a run of capitals and hyphens from index 1 (a char of a surrogate pair is left to the regex).
     * Why: the regex ran on every head that opens with a capital and holds a hyphen anywhere, which is
     * most wire datelines and headlines ({@code WASHINGTON, March 4 - }, {@code U.S. Trade Deficit ...});
     * they fail at the second or third char here.
     */
    static boolean gluedAgencyMay(String head) {
        int n = Math.min(head.length(), 22);
        for (int i = 1; i < n; i++) {
            char c = head.charAt(i);
            if (c == '-') {
                if (i >= 3) {
                    return true;
                }
            } else if (Character.isSurrogate(c)) {
                return true;
            } else if (Character.getType(c) != Character.UPPERCASE_LETTER) {
                return false;
            }
        }
        return false;
    }

    /**
     * A pattern compiled when first needed. The dateline grammar is a dozen large patterns built from
     * multilingual month and place alternations; most texts reach only a few of them (the others are
     * ruled out by cheap character checks), so compiling them all when the class loads cost a one-file
     * parse a fifth of its main-thread time.
     */
    static final class LazyPattern {
        /**
         * Stands for every language's month forms ({@link io.articlex.dates.CalendarNames#monthAlternation},
         * ~380 quoted forms) in the sources until a pattern that holds them is compiled: most texts
         * compile none of the dated shapes, and building the alternation (and a dozen sources that
         * each copied it) was paid by every run.
         */
        static final String MONTH_FORMS = "\u0000month-forms\u0000";

        private final String regex;
        private volatile Pattern compiled;

        LazyPattern(String regex) {
            this.regex = regex;
        }

        Pattern get() {
            Pattern p = compiled;
            if (p == null) {
                p = Pattern.compile(regex.contains(MONTH_FORMS)
                        ? regex.replace(MONTH_FORMS, io.articlex.dates.CalendarNames.get().monthAlternation()) : regex);
                compiled = p;
            }
            return p;
        }
    }

    private static boolean isArabicLetter(char c) {
        return c >= '\u0600' && c <= '\u06FF' && Character.isLetter(c);
    }

    /** What {@link #WITH_DATE} gives: where its match ends and its groups (null: did not take part). */
    record WithDate(int end, String loc, String quals, String date, String code, String code2, String code3, String sep) {
    }

    /** {@link #WITH_DATE} at the start of {@code head}, by {@link #wireDate} when it can tell, else by the regex; null: no match. */
    static WithDate withDate(String head) {
        WithDate w = wireDate(head);
        if (w != null) {
            return w;
        }
        Matcher m = lookingAt(WITH_DATE.get(), head);
        return m == null ? null : new WithDate(m.end(), m.group("loc"), m.group("quals"), m.group("date"), m.group("code"),
                m.group("code2"), m.group("code3"), m.group("sep"));
    }

    /** The English month names and abbreviations {@code MONTH} matches whole, lower-cased. */
    static final java.util.Set<String> MONTH_WORDS = java.util.Set.of("jan", "january", "feb", "february", "mar",
            "march", "apr", "april", "may", "jun", "june", "jul", "july", "aug", "august", "sep", "sept", "september",
            "oct", "october", "nov", "november", "dec", "december");

    /**
     * {@link #WITH_DATE}'s match of a wire dateline read by hand, or null when the head has any other
     * shape (the regex then decides): {@code PLACE[, REGION], Month D (CODE) - } and the same without
     * the code, {@code WASHINGTON, March 4 - }, {@code SAN MATEO, Calif., March 2 - }. The regex was the
     * costliest line of a batch's dateline reading on every such story: its place part takes the month
     * as one more place part ({@code , March}) and tries every shorter form of it before the date, and
     * its month alternation is tried ignoring case at each.
     *
     * <p>The shape read: a place of one to six words, each an ASCII capital and at most 25 ASCII
     * letters or full stops, joined by single spaces; optionally {@code ", "} and a second such place
     * part; {@code ", "}; an English month name ({@link #MONTH_WORDS}, any case), an optional full stop,
     * one space, one or two digits; then either {@code " ("}, 1-80 characters other than brackets and
     * newlines and {@code ")"}, followed by what the regex's tail takes ({@code ,?} and {@code SEP}), or
     * directly a separator ({@code \s?} and {@code --- -- — – - :}). On such a head the regex's first match
     * is this one: the words of a part are one {@code PART} (no connector opens with a capital), the
     * month as a further place part leaves a day that opens no date (no month form opens with anything
     * but a letter), and every shorter form of it leaves a letter that nothing after a place accepts;
     * so the place is the parts, the qualifiers are empty, and the date, code and separator are as
     * read. {@code WireDateTest} compares both on generated heads.
     */
    static WithDate wireDate(String head) {
        int n = head.length();
        int i = placePart(head, 0);
        if (i < 0 || i + 1 >= n || head.charAt(i + 1) != ' ') {
            return null;
        }
        int placeEnd = i;
        int dateStart = i + 2;
        int dayStart = monthThenSpace(head, dateStart);
        if (dayStart < 0) {
            // a second place part (a region: "Calif.", "Manitoba"), then the month
            i = placePart(head, dateStart);
            if (i < 0 || i + 1 >= n || head.charAt(i + 1) != ' ') {
                return null;
            }
            placeEnd = i;
            dateStart = i + 2;
            dayStart = monthThenSpace(head, dateStart);
            if (dayStart < 0) {
                return null;
            }
        }
        int j = dayStart;
        while (j < n && j - dayStart < 3 && head.charAt(j) >= '0' && head.charAt(j) <= '9') {
            j++;
        }
        int dateEnd = j;
        if (dateEnd == dayStart || dateEnd - dayStart > 2 || j >= n) {
            return null;
        }
        String code = null;
        int end;
        if (j + 1 < n && head.charAt(j) == ' ' && head.charAt(j + 1) == '(') {
            int codeStart = j + 2;
            int k = codeStart;
            while (k < n && k - codeStart <= 80 && head.charAt(k) != '(' && head.charAt(k) != ')' && head.charAt(k) != '\n') {
                k++;
            }
            if (k == codeStart || k - codeStart > 80 || k >= n || head.charAt(k) != ')') {
                return null;
            }
            code = head.substring(codeStart, k);
            end = k + 1;
            if (end + 1 < n && head.charAt(end) == '.' && PlaceGate.regexSpace(head.charAt(end + 1))) {
                end++; // "(ANDINA). La ...": a full stop closes the dateline
            }
            if (end < n && head.charAt(end) == ',') {
                end++;
            }
        } else {
            // no code: a separator must follow the day (a full stop, a comma or anything else: the regex decides)
            int q = j < n && PlaceGate.regexSpace(head.charAt(j)) ? j + 1 : j;
            if (q >= n || "—–-:".indexOf(head.charAt(q)) < 0) {
                return null;
            }
            end = j;
        }
        String sep = null;
        int q = end;
        if (q < n && PlaceGate.regexSpace(head.charAt(q))) {
            q++;
        }
        int len = q >= n ? 0 : head.startsWith("---", q) ? 3 : head.startsWith(".-", q) || head.startsWith("--", q) ? 2
                : "—–-:".indexOf(head.charAt(q)) >= 0 ? 1 : 0;
        if (len > 0) {
            q += len;
            if (q < n && PlaceGate.regexSpace(head.charAt(q))) {
                q++;
            }
            sep = head.substring(end, q);
            end = q;
        }
        return new WithDate(end, head.substring(0, placeEnd), "", head.substring(dateStart, dateEnd), code, null, null, sep);
    }

    /**
     * The end of a place part of {@link #wireDate}'s shape at {@code i}: one to six words, each an ASCII
     * capital and at most 25 ASCII letters or full stops, joined by single spaces, closed by a comma
     * (its index is returned); -1 for anything else.
     */
    private static int placePart(String head, int i) {
        int n = head.length();
        for (int words = 1; words <= 6; words++) {
            if (i >= n || head.charAt(i) < 'A' || head.charAt(i) > 'Z') {
                return -1;
            }
            int start = i++;
            while (i < n && (asciiLetter(head.charAt(i)) || head.charAt(i) == '.')) {
                i++;
            }
            if (i - start > 26 || i >= n) {
                return -1;
            }
            if (head.charAt(i) == ',') {
                return i;
            }
            if (head.charAt(i) != ' ') {
                return -1;
            }
            i++;
        }
        return -1;
    }

    /** After a month name of {@link #MONTH_WORDS} at {@code i}, an optional full stop and one space: where the day starts; else -1. */
    private static int monthThenSpace(String head, int i) {
        int n = head.length();
        int j = i;
        while (j < n && asciiLetter(head.charAt(j))) {
            j++;
        }
        if (j == i || j - i > 9 || !MONTH_WORDS.contains(head.substring(i, j).toLowerCase(java.util.Locale.ROOT))) {
            return -1;
        }
        if (j < n && head.charAt(j) == '.') {
            j++;
        }
        return j < n && head.charAt(j) == ' ' ? j + 1 : -1;
    }

    private static boolean asciiLetter(char c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** The matcher of {@code p} when it matches at the start of {@code head}; null otherwise. */
    private static Matcher lookingAt(Pattern p, String head) {
        Matcher m = p.matcher(head);
        return m.lookingAt() ? m : null;
    }

    private String lastKnownQualifier(String quals) {
        if (quals == null || quals.isBlank()) {
            return null;
        }
        Matcher q = QUAL.get().matcher(quals);
        String last = null;
        while (q.find()) {
            last = q.group(1);
        }
        return last != null && known(last) && quals.strip().endsWith("(" + last + ")") ? last : null;
    }

    /**
     * The agency named by a code as written: the code itself when known, or a known outlet opening a
     * longer credit ("RIA Novosti correspondents A and B" gives "RIA Novosti"); null when none.
     */
    private String agencyIn(String code) {
        if (code == null) {
            return null;
        }
        if (known(code)) {
            return code;
        }
        Optional<OutletTable.Mention> m = outlets.mentionIn(code);
        if (m.isPresent() && code.startsWith(m.get().written()) && m.get().written().length() >= 3) {
            return m.get().written();
        }
        return null;
    }

    /** Whether the first letter or sign after white space is a lower-case letter. */
    private static boolean opensLowerCase(String rest) {
        String t = rest.strip();
        return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
    }

    private static boolean startsText(String rest) {
        if (rest.isEmpty()) {
            return false;
        }
        int c = rest.codePointAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || "\"“‘'«„".indexOf(c) >= 0;
    }

    /**
     * Whether one of the agencies {@code DATE_DASH_AGENCY} could read after the dash ({@link PlaceGate#agencyEnds})
     * is {@link #known}: the only match the parser keeps. Why: a 1987 wire dateline whose story opens with a
     * capitalised name ({@code NEW YORK, March 2 - Investor David F. La Roche ...}, {@code CHICAGO, March 4 -
     * Chicago Mercantile Exchange, CME, ...}) passed the shape's gates, and its regex backtracked over the
     * place and the date for ~15 us before failing or reading a code no table holds.
     */
    boolean knownAgencyMay(String head, PlaceGate gate) {
        int[] ends = gate.agencyEnds();
        if (ends == null) {
            return true;
        }
        int start = gate.agencyStart();
        for (int e : ends) {
            if (known(head.substring(start, e))) {
                return true;
            }
        }
        return false;
    }

    boolean known(String code) {
        if (code == null) {
            return false;
        }
        if (outlets.isKnown(code)) {
            return true;
        }
        // relays and co-credits: "NNN-SPA", "Xinhua/Reuters", "IANS/RIA Novosti"
        for (String part : DASH_OR_SLASH.get().split(code)) {
            if (part.length() >= 2 && outlets.isKnown(part)) {
                return true;
            }
        }
        return false;
    }

    /** A named group of a user pattern, or null when the pattern has no such group or it did not take part. */
    private static String group(Matcher m, String name) {
        try {
            return m.group(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String withQuals(String loc, String quals) {
        if (quals == null || quals.isBlank()) {
            return loc;
        }
        return loc + " " + quals.strip();
    }

    private static String first(String... xs) {
        for (String x : xs) {
            if (x != null) {
                return x;
            }
        }
        return null;
    }

    private static Optional<Match> done(String head, Matcher m, String loc, String date, String code, String byline,
                                        boolean strong) {
        return done(head, m.end(), loc, date, code, byline, strong);
    }

    private static Optional<Match> done(String head, int end, String loc, String date, String code, String byline,
                                        boolean strong) {
        String text = head.substring(0, end).strip();
        int weekday = date == null || loc == null ? -1 : weekdayAfterComma(loc);
        if (weekday > 0) {
            // "Kisumu, Monday, December 7, 2026 (KNA)": the weekday is the date's, not a part of the place
            date = head.substring(weekday, head.indexOf(date, weekday) + date.length());
            loc = loc.substring(0, weekday);
        }
        String location = loc == null ? null : capitalsStop(withoutTrailing(loc.strip(), TRAILING_COMMAS_SPACES, ", \t\n\u000B\f\r-\u2013\u2014"));
        String d = date == null ? null : withoutClock(withoutTrailing(date.strip(), TRAILING_STOPS_COMMAS, ".,"));
        String agency = code == null ? null : code.strip();
        if (location != null && location.length() == 1 && d == null && agency == null) {
            return Optional.empty(); // "A: The ships are ...": an interview's answer, or a list's letter, is no place
        }
        return Optional.of(new Match(new Dateline(text, location, d, agency), end, strong,
                byline == null ? null : byline.strip()));
    }

    /**
     * The date without the clock time the date pattern lets run on after it ({@code 12 mar 10:15} in Agenzia
     * Nova's {@code Roma, 12 mar 10:15 - (Agenzia Nova) -}, {@code 12 марта 2025, 14:05} in Regnum's): the
     * time is the filing's, not the date's, and no dateline's date holds one.
     */
    static String withoutClock(String date) {
        int n = date.length();
        if (n < 6 || date.charAt(n - 3) != ':' || !Character.isDigit(date.charAt(n - 1)) || !Character.isDigit(date.charAt(n - 2))
                || !Character.isDigit(date.charAt(n - 4))) {
            return date;
        }
        int at = n - 4;
        if (at > 0 && Character.isDigit(date.charAt(at - 1))) {
            at--;
        }
        if (at <= 0 || date.charAt(at - 1) != ' ') {
            return date;
        }
        int cut = at - 1;
        if (cut > 0 && date.charAt(cut - 1) == ',') {
            cut--;
        }
        return cut > 0 ? date.substring(0, cut) : date;
    }

    /**
     * Where the weekday starts when the place's last comma-parted part is one ({@code Kisumu, Monday} before
     * {@code December 7, 2026}), as Kenyan and some Gulf and Asian agencies write the day's name before the
     * date; the place pattern took it as a region. -1 when there is none.
     */
    static int weekdayAfterComma(String loc) {
        int comma = loc.lastIndexOf(',');
        if (comma <= 0) {
            return -1;
        }
        int from = comma + 1;
        while (from < loc.length() && loc.charAt(from) == ' ') {
            from++;
        }
        String word = withoutTrailing(loc.substring(from).strip(), TRAILING_STOPS_COMMAS, ".,");
        return !word.isEmpty() && io.articlex.dates.CalendarNames.get().isWeekday(word) ? from : -1;
    }

    /**
     * A place in capitals with the full stop that separates it from the date ({@code MOSCOW. Dec 6 (Interfax) -}):
     * the place without it. A stop after an abbreviation stays ({@code Calif.}, {@code D.C.}): the place must be
     * one place (no comma), hold no other stop, and end in a word of three or more capitals.
     */
    static String capitalsStop(String loc) {
        int n = loc.length();
        if (n < 4 || loc.charAt(n - 1) != '.' || loc.indexOf('.') != n - 1 || loc.indexOf(',') >= 0) {
            return loc;
        }
        int caps = 0;
        for (int i = n - 2; i >= 0 && loc.charAt(i) != ' '; i--) {
            if (!Character.isUpperCase(loc.charAt(i))) {
                return loc;
            }
            caps++;
        }
        return caps >= 3 ? loc.substring(0, n - 1) : loc;
    }

    /**
     * {@code run}'s matches in {@code stripped} removed, {@code run} being a run of {@code chars} before
     * {@code $}: the regex runs only when the value's last char is one of {@code chars} or a line
     * terminator (before a final one {@code $} matches too, and {@code strip} leaves U+0085). Why: a
     * dateline's place and date nearly always end in a letter or a digit, and a matcher and a replace for
     * each were a tenth of the parser's cost on a story with a dateline.
     */
    static String withoutTrailing(String stripped, LazyPattern run, String chars) {
        int n = stripped.length();
        if (n == 0) {
            return stripped;
        }
        char last = stripped.charAt(n - 1);
        if (chars.indexOf(last) < 0 && "\n\r\u0085\u2028\u2029".indexOf(last) < 0) {
            return stripped;
        }
        return run.get().matcher(stripped).replaceAll("");
    }
}
