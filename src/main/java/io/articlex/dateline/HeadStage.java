package io.articlex.dateline;

import io.articlex.boilerplate.Timestamps;
import io.articlex.dates.DateHint;
import io.articlex.dates.DateReader;
import io.articlex.model.Dateline;
import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import io.articlex.pipeline.Stage;
import io.articlex.rules.OutletTable;
import io.articlex.rules.RuleSet;
import io.articlex.rules.Rules;
import io.articlex.segment.Prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the head of the story: where the body starts, the dateline that opens it, and the title above it.
 *
 * <p>The body starts at the first paragraph that opens with a dateline, or else at the first run of
 * prose (a prose paragraph followed by another: one stray sentence in a sidebar, as in the Kyiv
 * Independent's news feed, syn-dev-15, is not the start). Everything above the body start is page head:
 * the title is the last headline-like line there (a deck under it, syn-dev-07, is passed over), and the
 * rest is reported as removed, since scraped pages put mastheads, menus, metadata and bylines there
 * (syn-dev-03, -04, -16, -19). A document whose body start cannot be found keeps every paragraph, and its
 * first line becomes the title only when it reads as a headline.
 */
public final class HeadStage implements Stage {

    /** How far down the page the body start is looked for. */
    static final int HEAD_LIMIT = 15;
    /** Without a dateline, at most this many paragraphs above the first prose are taken for page head. */
    static final int MAX_UNMARKED_HEAD = 8;
    /** At most this many menu items ({@link #menuItem}) are not counted against the two limits above. */
    static final int MAX_MENU_ITEMS = 40;
    /** Editorial tags in a title: "(LEAD) S. Korea ..." (Yonhap), "... (PHOTOS)" (IFP). */
    static final Pattern TITLE_TAG_FRONT = Pattern.compile(
            "^(?:\\((LEAD|\\d{1,2}(?:st|nd|rd|th) LD|URGENT|UPDATE(?: \\d{1,2})?|CORRECTED|REFILE|[\\p{L} ]{1,20} Interview)\\)\\s*"
            // Reuters-style slugs glued by a hyphen ("CORRECTED-", "UPDATE 2-", "RPT-UPDATE 1-") and "-- " leaders
            + "|(?:(?:CORRECTED|UPDATE(?: \\d{1,2})?|REFILE|RPT|WRAPUP(?: \\d{1,2})?|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT"
            // a story's type: a company's results in brief, a backgrounder ("BRIEF-Harbor Logistics says ...")
            + "|BRIEF|EXPLAINER|FOCUS)-){1,3}(?=\\S)"
            + "|[-–—]{1,2}\\s)");
    /** The chars {@link #TITLE_TAG_FRONT} can open with: a bracket, the slugs' capitals, a dash. */
    private static final String TITLE_TAG_FIRST = "(CURWEAFIB-–—";

    /**
     * A breaking-news headline between plus signs, as German and Austrian wires and live tickers set it
     * ({@code +++ Kabinett beschließt Gesetz +++}): the marks are typography, not words of the title.
     */
    static String breakingMarks(String title) {
        if (title.length() < 7 || !title.startsWith("++") || !title.endsWith("++")) {
            return title;
        }
        int from = 0;
        int to = title.length();
        while (from < to && (title.charAt(from) == '+' || title.charAt(from) == ' ')) {
            from++;
        }
        while (to > from && (title.charAt(to - 1) == '+' || title.charAt(to - 1) == ' ')) {
            to--;
        }
        return from < to ? title.substring(from, to) : title;
    }

    /**
     * Whether {@link #TITLE_TAG_FRONT} may match at the start of the title: it opens with one of
     * {@link #TITLE_TAG_FIRST}. Why: with the two end tests below, a title met three matchers (two of them
     * searches trying their pattern at every position) where most titles need none.
     */
    static boolean mayOpenWithTag(String title) {
        return !title.isEmpty() && TITLE_TAG_FIRST.indexOf(title.charAt(0)) >= 0;
    }

    /**
     * Whether a pattern that ends in {@code c$} ({@link #TITLE_END_MARK}, {@link #TITLE_TAG_BACK}) may
     * find a match in the title: its last char is {@code c}, or a line terminator (before a final one
     * {@code $} matches too).
     */
    static boolean mayEndWith(String title, char c) {
        if (title.isEmpty()) {
            return false;
        }
        char last = title.charAt(title.length() - 1);
        return last == c || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    /**
     * Where the headline starts after a story-type label that opens it ({@code Roundup: Kenyan farmers turn
     * to sorghum}, {@code Feature: Old tea houses ...} (Xinhua), {@code ANALYSIS - Why the lira fell}
     * (Anadolu), {@code (News Focus) ...} (Yonhap), {@code EXCLUSIVE | ...}): the label is an editorial tag
     * like {@code (LEAD)}, not part of the title; 0 when there is none. Only a label of {@code
     * title-kickers.txt}, closed by a colon, a spaced dash or bar or its bracket within the first 32
     * characters, and at least three words must follow.
     */
    static int kickerEnd(String title) {
        int n = Math.min(title.length(), 32);
        int end = -1;
        int labelEnd = -1;
        if (n > 2 && title.charAt(0) == '(') {
            labelEnd = title.indexOf(')');
            end = labelEnd >= 0 && labelEnd < n ? labelEnd + 1 : -1;
        } else {
            for (int i = 1; i < n && end < 0; i++) {
                char c = title.charAt(i);
                if (c == ':') {
                    labelEnd = i;
                    end = i + 1;
                } else if (c == ' ' && i + 2 < title.length() && "-–—|".indexOf(title.charAt(i + 1)) >= 0) {
                    int j = i + 1;
                    while (j < title.length() && "-–—|".indexOf(title.charAt(j)) >= 0) {
                        j++;
                    }
                    if (j < title.length() && title.charAt(j) == ' ') {
                        labelEnd = i;
                        end = j;
                    }
                }
            }
        }
        if (end < 0) {
            return 0;
        }
        // (Turkish "DAKİKA" lower-cases to "daki\u0307ka" in the root locale: the dot above goes)
        String label = title.substring(title.charAt(0) == '(' ? 1 : 0, labelEnd).strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\u0307", "");
        int sign = 0;
        while (sign < label.length() && !Character.isLetterOrDigit(label.codePointAt(sign))) {
            sign += Character.charCount(label.codePointAt(sign)); // a sign before the label ("🔴 BREAKING:", "⚡ Eilmeldung:")
        }
        label = label.substring(sign).strip();
        if (!Kickers.LABELS.contains(label) || Prose.wordsUpTo(title.substring(end), 3) < 3) {
            return 0;
        }
        while (end < title.length() && title.charAt(end) == ' ') {
            end++;
        }
        return end;
    }

    /**
     * The phrases of a list in this package's data ({@code title-kickers.txt}, {@code summary-labels.txt},
     * {@code meeting-fields.txt}: one phrase a line, '#' for comments), lower-cased. Phrases of several words
     * are why these are no {@link SectionWords} sections, whose reader splits at spaces.
     */
    static java.util.Set<String> phrases(String file) {
        try {
            java.util.Set<String> out = io.articlex.resource.Resources.phrases(HeadStage.class, "/io/articlex/dateline/" + file);
            if (out == null) {
                throw new IllegalStateException(file + " missing");
            }
            return out;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The labels of {@code title-kickers.txt}, read when first asked. */
    static final class Kickers {
        static final java.util.Set<String> LABELS = phrases("title-kickers.txt");
    }

    /** The abbreviations of {@code figure-units.txt}, read when first asked. */
    static final class FigureUnits {
        static final java.util.Set<String> UNITS = phrases("figure-units.txt");
    }

    /**
     * A headline that ends in a figure's abbreviated unit ({@code Inflacja w listopadzie spadła do 6,5 proc.},
     * {@code Umsatz steigt auf 4 Mrd.}) above the first paragraph of a story with no dateline: the period is
     * the unit's, not a sentence's, so the line is no one-sentence lead. Only a short line (at most 12 words,
     * no other sentence end inside) whose unit follows a number or another unit, above a longer paragraph of
     * prose; a short lead sentence ending in a figure ("Ceny wzrosły o 5,2 proc." over a shorter line) stays.
     */
    static boolean figureHeadline(String p, String next) {
        String s = p.strip();
        if (s.length() < 12 || s.length() > 120 || s.charAt(s.length() - 1) != '.' || s.indexOf(". ") >= 0) {
            return false;
        }
        int sp = s.lastIndexOf(' ', s.length() - 2);
        if (sp < 1 || !FigureUnits.UNITS.contains(s.substring(sp + 1, s.length() - 1).toLowerCase(java.util.Locale.ROOT))) {
            return false;
        }
        int before = s.lastIndexOf(' ', sp - 1);
        if (!Character.isDigit(s.charAt(sp - 1))
                && !FigureUnits.UNITS.contains(s.substring(before + 1, sp).toLowerCase(java.util.Locale.ROOT))) {
            return false; // "6,5 proc.", or a unit of a unit: "2,1 трлн руб.", "3,2 mld zł."
        }
        int w = Prose.words(s);
        return w >= 3 && w <= 12 && Prose.bodyLike(next) && next.length() > s.length();
    }

    /** The labels of {@code meeting-fields.txt}, read when first asked. */
    static final class MeetingFields {
        static final java.util.Set<String> LABELS = phrases("meeting-fields.txt");
    }

    /**
     * A field of a meeting's minutes ({@code Present: Cllr A. Hughes (Chair), ...}, {@code Apologies: Cllr E.
     * Price}) between its heading and the text: the record's own content, so neither the title (the last
     * of them was taken for one, and the heading above removed) nor head chrome to remove.
     */
    static boolean meetingField(String p) {
        int colon = p.indexOf(':');
        return colon > 0 && colon <= 24 && colon + 1 < p.length()
                && MeetingFields.LABELS.contains(p.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A row of a key-figures sheet: a short label, a colon and a figure ({@code Cargo handled: 12.4 million
     * tonnes}, {@code Exports: $14.3 billion}). A sheet of such rows has no title: its first row was taken
     * for one.
     */
    static boolean dataRow(String p) {
        int colon = p.indexOf(':');
        if (colon <= 0 || colon > 40 || p.length() > 80) {
            return false;
        }
        int v = colon + 1;
        while (v < p.length() && p.charAt(v) == ' ') {
            v++;
        }
        return v < p.length() && (Character.isDigit(p.charAt(v)) || "$€£¥".indexOf(p.charAt(v)) >= 0);
    }

    /** The labels of {@code summary-labels.txt}, read when first asked. */
    static final class SummaryLabels {
        static final java.util.Set<String> LABELS = phrases("summary-labels.txt");
    }

    /**
     * Where a summary's label stands in the head ({@code Summary}, {@code Highlights}, {@code Key points:}
     * over its points, between the headline and the dateline), or -1: the points under it read as
     * headlines, and the last one was taken for the title. Only a label below the first line counts, so
     * that a headline stands above it.
     */
    static int summaryLabelAt(List<String> paras, int start) {
        for (int i = 1; i < start; i++) {
            if (summaryLabel(paras.get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** A summary's label of {@code summary-labels.txt}, with or without its colon. */
    private static boolean summaryLabel(String p) {
        if (p.length() > 26) {
            return false;
        }
        String label = p.endsWith(":") ? p.substring(0, p.length() - 1).strip() : p;
        return SummaryLabels.LABELS.contains(label.toLowerCase(java.util.Locale.ROOT));
    }

    /**
     * A point of a summary: a bulleted line under a summary's label ({@code In Summary} / {@code • The
     * hospital will have 500 beds.}), with only other points between. The points are sentences, so the
     * first was read as the start of the body, and the label as a byline; they are the head's summary.
     */
    static boolean summaryPoint(List<String> paras, int i) {
        int k = i;
        while (k > 0 && bulleted(paras.get(k))) {
            k--;
        }
        return k < i && summaryLabel(paras.get(k));
    }

    /** A point of a list ({@code * Core inflation steady}, {@code • Work to begin next year}): never the title. */
    static boolean bulleted(String p) {
        return p.length() > 2 && "*•·▪‣–-".indexOf(p.charAt(0)) >= 0 && p.charAt(1) == ' ';
    }

    /** A raw-wire marker after the headline: {@code ... fertiggestellt =} (APA). */
    static final Pattern TITLE_END_MARK = Pattern.compile("\\s+=$");
    static final Pattern TITLE_TAG_BACK = Pattern.compile("\\s*\\((PHOTOS?|VIDEO|PHOTOS Included|UPDATED|UPDATE(?: \\d{1,2})?|LEAD|\\d{1,2}(?:st|nd|rd|th) LD|CORRECTED|REFILE|URGENT)\\)$");

    /** A section label such as "ABSTRACT." or "FULL TEXT." (PolNeAR's NYT texts): never a title. */
    private static final Pattern LABEL = Pattern.compile("\\p{Lu}{2,}(?: \\p{Lu}{2,}){0,2}[.:]");

    /** The rules in force, whose outlet table every stage on them shares. */
    private final RuleSet ruleSet;
    private final DateHint dateHint;

    public HeadStage() {
        this(RuleSet.builtIn(), DateHint.NONE);
    }

    /** A stage on the given rules (null for the built-ins, loaded when first needed). */
    public HeadStage(Rules rules) {
        this(rules, DateHint.NONE);
    }

    /** A stage on the given rules that reads a year-less dateline date with the given hint ({@code --year}, {@code --date-hint}). */
    public HeadStage(Rules rules, DateHint dateHint) {
        this(RuleSet.of(rules), dateHint);
    }

    /** A stage on a rule set shared with the other stages. */
    public static HeadStage on(RuleSet ruleSet) {
        return new HeadStage(ruleSet, DateHint.NONE);
    }

    private HeadStage(RuleSet ruleSet, DateHint dateHint) {
        this.ruleSet = ruleSet;
        this.dateHint = dateHint == null ? DateHint.NONE : dateHint;
    }

    /** This stage on the same rules with another date hint. */
    public HeadStage withDateHint(DateHint hint) {
        return new HeadStage(ruleSet, hint);
    }

    @Override
    public Draft apply(Draft draft) {
        OutletTable outlets = ruleSet.outlets();
        DatelineParser datelines = new DatelineParser(outlets, ruleSet.compiled(DatelineParser.ShapeStarts.class, DatelineParser.ShapeStarts::new));
        java.util.Set<String> printedTwice = new java.util.HashSet<>();
        for (Removed r : draft.removed()) {
            if (r.reason().equals("duplicate")) {
                printedTwice.add(r.text());
            }
        }
        List<String> paras = new ArrayList<>(draft.paragraphs());
        List<Removed> removed = new ArrayList<>();
        String fieldTitle = draft.meta().title() == null ? FieldCodes.take(paras, removed) : null;
        if (fieldTitle == null && draft.meta().title() == null) {
            // an archive's headline field ("HEADLINE: ...") names the headline, whatever line the export
            // prints above it (the publication's name, its edition)
            fieldTitle = labelled(draft.removed(), "headline", HEADLINE_LABEL);
        }
        int n = paras.size();
        int limit = Math.min(n, HEAD_LIMIT);

        int start = -1;
        int menu = 0;
        DatelineParser.Match match = null;
        for (int i = 0; i < limit; i++) {
            Optional<DatelineParser.Match> m = datelines.parse(paras.get(i));
            if (m.isPresent() && (labelColon(m.get(), outlets) || speakerTurn(m.get(), paras, i))) {
                m = Optional.empty();
            }
            int glued = m.isEmpty() ? gluedDatelineAt(paras.get(i), datelines, outlets) : -1;
            if (glued > 0) {
                // "Penang to build plant GEORGE TOWN, Dec 6 (Bernama) -- The ...": the headline, then the story
                String p = paras.get(i);
                paras.set(i, p.substring(0, glued).strip());
                paras.add(i + 1, p.substring(glued));
                n++;
                limit = Math.min(n, HEAD_LIMIT + menu);
                continue;
            }
            // a place and date alone read as a dateline by themselves; the agency may close them on the next line
            Optional<DatelineParser.Match> split = m.isEmpty() || m.get().dateline().agency() == null
                    ? splitDateline(datelines, paras, i) : Optional.empty();
            if (split.isPresent()) {
                m = split;
                paras.set(i, paras.get(i) + " " + paras.remove(i + 1));
                n--;
                limit = Math.min(n, HEAD_LIMIT + menu);
            }
            if (m.isPresent() && acceptable(m.get(), paras, i)) {
                start = i;
                match = m.get();
                break;
            }
            // (text only: a page's blocks open with a blog's "Hinweis:" as often as with a place)
            DatelineParser.Match colon = m.isEmpty() && draft.meta().title() == null ? placeColon(paras, i, outlets) : null;
            if (colon != null) {
                start = i;
                match = colon;
                break;
            }
            if (bodyStartsAt(paras, i) && !datelineFollows(datelines, paras, i, limit) && !summaryPoint(paras, i)) {
                // without a dateline, a long run above the first prose is more likely body (a table) than chrome
                start = i - menu <= MAX_UNMARKED_HEAD ? i : -1;
                break;
            }
            if (menu < MAX_MENU_ITEMS && menuItem(paras.get(i))) {
                // a site's menu copied with the page, an item a line ("News", "Middle East", "Sign in"): the
                // head is longer by its length, and those lines are no body a long head would hold
                menu++;
                limit = Math.min(n, HEAD_LIMIT + menu);
            }
        }

        String title = fieldTitle != null ? fieldTitle : draft.meta().title();
        int titleAt = -1;
        int summaryAt = start > 1 ? summaryLabelAt(paras, start) : -1;
        if (start > 0) {
            titleAt = chooseTitle(paras, summaryAt > 0 ? summaryAt : start, printedTwice, outlets, feedStamps(draft.removed()));
            if (titleAt < 0 && match != null && (sentenceTitle(paras.get(start - 1)) || shortSentenceTitle(paras.get(start - 1), match))) {
                // nothing reads as a headline, but the line right above the dateline is one short sentence:
                // a headline that ends in a full stop ("Namur lance une navette ... sur la Meuse.")
                titleAt = start - 1;
            }
            int first = firstTitleBeforeProse(paras, titleAt);
            if (first >= 0) {
                // a digest (RFE/RL Newsline): a whole item stands above the last headline, so the first
                // headline is the title and everything after it is kept
                titleAt = first;
                start = first + 1;
                match = null;
            }
        } else if (n > 1 && match == null && (start < 0 && Prose.headlineLike(paras.get(0)) && !Prose.bodyLike(paras.get(0))
                    || start == 0 && figureHeadline(paras.get(0), paras.get(1)))
                && datelines.parse(paras.get(0)).isEmpty() && !(dataRow(paras.get(0)) && dataRow(paras.get(1)))) {
            // (a key-figures sheet, row under row, has no title: its first row is none)
            titleAt = 0;
            start = 1;
        }
        String subject = title == null && start > 0 && (titleAt < 0 || mailField(paras.get(titleAt)))
                ? mailSubject(draft.removed(), paras.subList(0, start)) : null;
        if (subject != null) {
            // an e-mail with no headline of its own above the story: its subject is the title, and the header's
            // fields are no headline
            title = subject;
            titleAt = -1;
        }
        if (titleAt > 0 && wrappedHeadline(paras.get(titleAt - 1), paras.get(titleAt))) {
            // a headline in capitals wrapped over two lines: one title
            paras.set(titleAt - 1, paras.get(titleAt - 1) + " " + paras.remove(titleAt));
            if (summaryAt > titleAt) {
                summaryAt--;
            }
            titleAt--;
            start--;
            n--;
        }
        if (start < 0) {
            start = 0;
        }
        boolean titleUnderDateline = start == 0 && titleAt < 0 && match != null && title == null
                && titleUnderDateline(paras, match);
        if (titleUnderDateline) {
            titleAt = 1;
        }
        if (titleAt >= 0) {
            String t = breakingMarks(paras.get(titleAt));
            Matcher tag = mayOpenWithTag(t) ? TITLE_TAG_FRONT.matcher(t) : null;
            if (tag != null && tag.lookingAt() && tag.end() < t.length()) {
                removed.add(new Removed(t.substring(0, tag.end()).strip(), "editorial"));
                t = t.substring(tag.end());
            }
            int kicker = kickerEnd(t);
            if (kicker > 0) {
                removed.add(new Removed(t.substring(0, kicker).strip(), "editorial"));
                t = t.substring(kicker);
            }
            Matcher mark = mayEndWith(t, '=') ? TITLE_END_MARK.matcher(t) : null;
            if (mark != null && mark.find() && mark.start() > 0) {
                t = t.substring(0, mark.start());
            }
            Matcher back = mayEndWith(t, ')') ? TITLE_TAG_BACK.matcher(t) : null;
            if (back != null && back.find() && back.start() > 0) {
                removed.add(new Removed(t.substring(back.start()).strip(), "editorial"));
                t = t.substring(0, back.start());
            }
            int credit = title == null ? outletSuffix(t, outlets) : -1;
            if (credit > 0) {
                removed.add(new Removed(t.substring(credit).strip(), "credit"));
                t = t.substring(0, credit - 3).strip();
            }
            int dated = title == null ? dateAfterBar(t) : -1;
            if (dated > 0) {
                removed.add(new Removed(t.substring(dated).strip(), "timestamp"));
                t = t.substring(0, dated - 3).strip();
            }
            int datedFront = title == null ? dateBeforeBar(t) : -1;
            if (datedFront > 0) {
                removed.add(new Removed(t.substring(0, datedFront - 3).strip(), "timestamp"));
                t = t.substring(datedFront).strip();
            }
            int glued = title == null ? gluedStamp(t) : -1;
            if (glued > 0) {
                removed.add(new Removed(t.substring(glued), "timestamp"));
                t = t.substring(0, glued).strip();
            }
            int pipe = title == null && credit < 0 ? siteAfterPipe(t) : -1;
            if (pipe > 0) {
                removed.add(new Removed(t.substring(pipe).strip(), "credit"));
                t = t.substring(0, pipe - 3).strip();
            }
            int again = pipe > 0 ? outletSuffix(t, outlets) : -1;
            if (again > 0) {
                // "... in November - Xinhua | English.news.cn": the site's host after the bar, then the outlet
                removed.add(new Removed(t.substring(again).strip(), "credit"));
                t = t.substring(0, again - 3).strip();
            }
            int section = title == null ? sectionBeforeBar(t) : -1;
            if (section > 0) {
                removed.add(new Removed(t.substring(0, section - 3).strip(), "navigation"));
                t = t.substring(section).strip();
            }
            int bracket = title == null && mayEndWith(t, ')') ? outletInBrackets(t, outlets) : -1;
            if (bracket > 0) {
                removed.add(new Removed(t.substring(bracket).strip(), "credit"));
                t = t.substring(0, bracket).strip();
            }
            if (title == null) {
                title = t;
            }
        }
        // Page head: lines above the title go; below it, prose stays (an abstract, a headline the title
        // test refused) and only non-prose lines (bylines, labels, decks) go.
        List<String> body = new ArrayList<>();
        String byline = null;
        Dateline placeLine = match == null && titleAt >= 0 && start - 1 > titleAt && start < n
                && placeAlone(paras.get(start - 1), outlets) && !turnFollows(paras, start)
                ? new Dateline(paras.get(start - 1), withoutColon(paras.get(start - 1)), null, null) : null;
        for (int i = 0; i < start; i++) {
            if (i == titleAt && fieldTitle != null && !paras.get(i).equals(fieldTitle)) {
                removed.add(new Removed(paras.get(i), "header")); // "Agence France Presse -- English" over the field
                continue;
            }
            if (i == titleAt || placeLine != null && i == start - 1) {
                continue;
            }
            String p = paras.get(i);
            boolean summary = summaryAt > titleAt && i >= summaryAt;
            boolean wireDeck = wireDeck(paras, i, titleAt, start, match) || deckOverByline(paras, i, titleAt, start, outlets);
            if (i > titleAt && (Prose.bodyLike(p) || meetingField(p) || interviewTurn(p)) && !summary && !wireDeck) {
                body.add(p);
                continue;
            }
            String reason = i < titleAt ? "navigation" : summary ? "summary"
                    : outletStamp(p, outlets) || outletAndCity(p, outlets) || metaRow(p, outlets) ? "credit"
                    : wireDeck || deckAt(paras, titleAt, i, outlets) ? "deck" : "header";
            if (titleAt >= 0 && i > titleAt && byline == null && !summary
                    && (Bylines.byLine(p) || Bylines.creditLine(p, outlets) || Bylines.siteCredit(p, outlets)
                            || i <= titleAt + 2 && Bylines.nameLine(p, outlets))) {
                reason = "byline";
                byline = Bylines.withoutByWord(p);
            }
            removed.add(new Removed(p, reason));
        }
        int datelineAt = body.size();
        body.addAll(paras.subList(start, n));
        if (title != null && !body.isEmpty() && body.get(0).equals(title)) {
            removed.add(new Removed(body.remove(0), "duplicate"));
            datelineAt--;
        }

        Dateline dateline = null;
        if (match != null && datelineAt >= 0) {
            // (datelineAt < 0: the dateline's paragraph was the title itself, dropped as its duplicate
            // above; a dateline read from a title is not the story's, so there is none. Found by the
            // fuzzer on a page whose h1 read "...Baku, May 17 - Trend:...".)
            dateline = match.dateline();
            if (match.byline() != null) {
                removed.add(new Removed(match.byline(), "byline"));
            }
            String rest = body.get(datelineAt).substring(match.end()).strip();
            if (rest.isEmpty()) {
                body.remove(datelineAt);
            } else {
                body.set(datelineAt, rest);
            }
            if (titleUnderDateline) {
                body.remove(datelineAt); // the headline under the dateline line, now the title
            }
            if (dateline.agency() != null) {
                digestItems(body, datelineAt + 1, dateline.agency(), datelines, removed);
            }
        }
        if (match == null) {
            dateline = placeLine != null ? placeLine : labelledDateline(draft.removed(), datelines);
            if (dateline == null) {
                dateline = stampPlace(draft.removed(), outlets);
            }
        }
        for (int k = 0; title == null && k < OTHER_HEADLINE_LABELS.length; k++) {
            title = labelled(draft.removed(), "headline", OTHER_HEADLINE_LABELS[k]);
        }
        if (title != null && body.size() > 1 && body.get(body.size() - 1).equals(title)) {
            // the headline printed again under the story, as a page's share box or a repost's footer repeats it
            removed.add(new Removed(body.remove(body.size() - 1), "duplicate"));
        }
        Draft out = draft.withParagraphs(body).withTitle(title).withDateline(dateline).withRemoved(removed);
        return withBylineAndDate(out, byline, match);
    }

    /**
     * The story's byline and publication date, for text (a page's metadata keeps its own): the byline
     * line of the head (a by-word line the boilerplate stage stripped, a name or credit line under the
     * title, a byline inside the dateline), and the date of the first timestamp or byline line that gives
     * a full date, else the dateline's date when it has a year (or the hint gives one).
     */
    private Draft withBylineAndDate(Draft d, String headByline, DatelineParser.Match match) {
        PageMeta meta = d.meta();
        if (meta.byline() == null) {
            String b = headByline;
            for (int i = 0; b == null && i < d.removed().size(); i++) {
                Removed r = d.removed().get(i);
                if (r.reason().equals("byline") && Bylines.byLine(r.text())) {
                    b = Bylines.withoutByWord(r.text());
                }
            }
            if (b == null && match != null && match.byline() != null) {
                b = Bylines.withoutByWord(match.byline());
            }
            if (b != null) {
                meta = meta.withByline(Bylines.undated(b));
            }
        }
        if (meta.published() == null) {
            String date = null;
            for (int i = 0; date == null && i < d.removed().size(); i++) {
                Removed r = d.removed().get(i);
                if (r.reason().equals("timestamp") || r.reason().equals("byline") && Bylines.byLine(r.text())
                        || r.reason().equals("credit") && outletStamp(r.text(), ruleSet.outlets())) {
                    // "By UPI Staff | Jan. 03, 2024", "Reuters Published December 7, 2026" date the story too
                    date = DateReader.read(r.text());
                }
            }
            for (int i = d.removed().size() - 1; date == null && i >= 0; i--) {
                Removed r = d.removed().get(i);
                if (r.reason().equals("sign-off") && r.text().length() <= 60) {
                    date = Timestamps.filingDate(r.text()); // "ANP 141200 mrt 24": the item's filing day
                }
            }
            if (date != null && d.dateline() != null && d.dateline().date() != null) {
                date = monthFirst(date, d.dateline().date());
            }
            if (date == null && d.dateline() != null && d.dateline().date() != null) {
                date = DateReader.read(d.dateline().date(), dateHint);
            }
            if (date != null) {
                meta = meta.withPublished(date);
            }
        }
        return meta == d.meta() ? d : d.withMeta(meta);
    }

    /**
     * The timestamp's date read month first when the dateline says so: {@code 12/06/2026 03:21 PM} over
     * {@code Taipei, Dec. 6 (CNA)} is 6 December, not 12 June (the reader takes figures day first, as most of
     * the world writes them). Only when the date as read is the dateline's day and month swapped; the time
     * is kept.
     */
    static String monthFirst(String date, String datelineDate) {
        if (date.length() < 10) {
            return date;
        }
        String year = date.substring(0, 4);
        String said = DateReader.read(datelineDate + " " + year);
        if (said == null || said.length() < 10 || !said.startsWith(year)) {
            return date;
        }
        String m = date.substring(5, 7);
        String dd = date.substring(8, 10);
        boolean swapped = !m.equals(dd) && said.substring(5, 7).equals(dd) && said.substring(8, 10).equals(m);
        return swapped ? said.substring(0, 10) + date.substring(10) : date;
    }

    /** The label of a news archive's dateline field ({@code DATELINE: SPRINGFIELD, Ill., March 2}). */
    private static final String DATELINE_LABEL = "DATELINE:";
    /** The label of a headline field ({@code HEADLINE: Harbor board backs plan}), in exports that give one. */
    private static final String HEADLINE_LABEL = "HEADLINE:";
    /** The headline field of a library database's export ({@code Title: Harbor board backs plan}). */
    private static final String[] OTHER_HEADLINE_LABELS = {"Title:", "TITLE:", "Headline:"};

    /**
     * The value of the first removed line of the given reason that opens with the label: a field an
     * export gives apart from the text ({@code HEADLINE: ...} above a story with no other headline); null
     * when there is none.
     */
    static String labelled(List<Removed> removed, String reason, String label) {
        for (Removed r : removed) {
            if (r.reason().equals(reason) && r.text().startsWith(label)) {
                String value = r.text().substring(label.length()).strip();
                return value.isEmpty() ? null : value;
            }
        }
        return null;
    }

    /** A field of an e-mail's header, at the start of a line or after the run of dashes a forward opens with. */
    private static final Pattern MAIL_FIELD = Pattern.compile("(?:^|\\s)(From|To|Cc|Sent|Date):\\s\\S");
    /** The reply and forward marks a mail client puts before a subject ({@code Fwd: RE:}). */
    private static final Pattern REPLY_MARKS = Pattern.compile("(?i)^(?:(?:re|fw|fwd|aw|wg|tr)\\s?:\\s?)+");

    /**
     * The subject of an e-mail pasted with its header ({@code From: Press Office <press@...>} / {@code Sent: ...}
     * / {@code To: All staff} / {@code Subject: Harbour bridge to close for repairs}), a press release or a
     * desk's note forwarded as it came: the subject line, which the boilerplate stage removed as a field, is
     * the headline when the story has none of its own under the header: the header's last field above the
     * story ({@code To: All staff}) was taken for the title. Only with a {@code From:} field and one other (To, Cc, Sent, Date) in the head or among
     * the removed lines, so an archive export's {@code Subject:} (its index terms) stays none; the mail
     * client's {@code Fwd:} and {@code RE:} go. Null when there is no such header.
     */
    private static boolean mailField(String p) {
        return p.indexOf(':') > 0 && MAIL_FIELD.matcher(p).find();
    }

    static String mailSubject(List<Removed> removed, List<String> head) {
        String subject = null;
        for (Removed r : removed) {
            if (r.text().startsWith("Subject:")) {
                subject = REPLY_MARKS.matcher(r.text().substring(8).strip()).replaceFirst("").strip();
                break;
            }
        }
        if (subject == null || subject.isEmpty() || subject.length() > 300) {
            return null;
        }
        boolean from = false;
        boolean other = false;
        List<String> lines = new ArrayList<>(head);
        for (Removed r : removed) {
            lines.add(r.text());
        }
        for (String line : lines) {
            if (line.indexOf(':') < 0) {
                continue;
            }
            Matcher m = MAIL_FIELD.matcher(line);
            while (m.find()) {
                if (m.group(1).equals("From")) {
                    from = true;
                } else {
                    other = true;
                }
            }
        }
        return from && other ? subject : null;
    }

    /**
     * The dateline an archive export gives as a field of its own above the text ({@code DATELINE: CAIRO,
     * March 2}), which the boilerplate stage took out as a {@code dateline} line: the story then opens
     * without one. Read with the parser as if a separator closed it; a field the parser cannot read whole
     * is taken as a place when it is short ({@code DATELINE: Port Louis}), else as no dateline.
     */
    static Dateline labelledDateline(List<Removed> removed, DatelineParser datelines) {
        for (Removed r : removed) {
            if (!r.reason().equals("dateline") || !r.text().startsWith(DATELINE_LABEL)) {
                continue;
            }
            String field = r.text().substring(DATELINE_LABEL.length()).strip();
            Optional<DatelineParser.Match> m = datelines.parse(field + " -");
            if (m.isPresent() && m.get().end() >= field.length()) {
                Dateline d = m.get().dateline();
                return new Dateline(field, d.location(), d.date(), d.agency());
            }
            return Prose.wordsUpTo(field, 7) <= 6 ? new Dateline(field, field, null, null) : null;
        }
        return null;
    }

    /**
     * The place a paper's time stamp ends with, where its story has no dateline of its own ({@code Updated -
     * December 07, 2026 10:12 pm IST - NEW DELHI}): the place in capitals after the stamp's last dash, one to
     * three words, no stamp word ({@code IST}) and no outlet ({@code REUTERS}); null when no removed time stamp
     * ends so.
     */
    static Dateline stampPlace(List<Removed> removed, OutletTable outlets) {
        for (Removed r : removed) {
            String t = r.text();
            int dash = r.reason().equals("timestamp") && t.length() <= 100 ? t.lastIndexOf(" - ") : -1;
            if (dash < 0) {
                continue;
            }
            String place = t.substring(dash + 3).strip();
            if (place.length() < 4 || place.length() > 30 || !Prose.isUpperCase(place) || place.chars().anyMatch(Character::isDigit)
                    || place.split(" ").length > 3 || Timestamps.stampWord(place.toLowerCase(java.util.Locale.ROOT))
                    || notPlace(place, outlets)) {
                continue;
            }
            return new Dateline(place, place, null, null);
        }
        return null;
    }

    /**
     * Prose right above a strong dateline is the head's last line, not the start of the body: a headline
     * that ends in a full stop reads as a sentence.
     */
    /**
     * A deck of one or two sentences between the headline and an agency's dateline ({@code Antwerpse haven
     * zet recordjaar neer} / {@code Een recordhoeveelheid containers passeerde dit jaar via de haven.} /
     * {@code ANTWERPEN 06/12 (BELGA) - ...}): the dateline opens the story, so the sentence under the
     * headline is its deck and no body, though it reads as prose. Only right under the title and right
     * above the dateline, and short (at most 35 words): a longer text there is an abstract and stays.
     */
    private static boolean wireDeck(List<String> paras, int i, int titleAt, int start, DatelineParser.Match match) {
        return match != null && match.dateline().agency() != null && titleAt >= 0 && i == titleAt + 1 && i == start - 1
                && Prose.wordsUpTo(paras.get(i), 36) <= 35 && Prose.endsSentence(paras.get(i));
    }

    /**
     * A deck of one or two sentences right under the headline and right over the byline, in the head above
     * the story ({@code Câmara de Braga vai plantar 10 mil árvores} / {@code A autarquia quer criar corredores
     * verdes. O investimento ronda os dois milhões.} / {@code Agência Lusa} / {@code 12 mar. 2025, 11:48}),
     * as news sites set a repost of agency copy: the byline under it closes the head, so the sentence is its
     * deck and no body, though it reads as prose. Short (at most 35 words), and only with a byline line, a
     * credit or the agency's name, under it above the story.
     */
    private static boolean deckOverByline(List<String> paras, int i, int titleAt, int start, OutletTable outlets) {
        if (titleAt < 0 || i != titleAt + 1 || i + 1 >= start || Prose.wordsUpTo(paras.get(i), 36) > 35
                || !Prose.endsSentence(paras.get(i))) {
            return false;
        }
        String next = paras.get(i + 1);
        return Bylines.byLine(next) || Bylines.creditLine(next, outlets) || Bylines.siteCredit(next, outlets) || outlets.isKnown(next);
    }

    private boolean datelineFollows(DatelineParser datelines, List<String> paras, int i, int limit) {
        if (i + 1 >= limit || Prose.words(paras.get(i)) > 25) {
            return false;
        }
        Optional<DatelineParser.Match> next = datelines.parse(paras.get(i + 1));
        return next.isPresent() && next.get().strong() && next.get().dateline().agency() != null;
    }

    /** The spaced separators a page title puts before the site's name: {@code Headline - Reuters}, {@code Headline | Dawn}. */
    private static final String[] SUFFIX_SEPARATORS = {" - ", " | ", " – ", " — "};

    /**
     * Where the name of a known outlet starts when the title ends with one after a spaced separator
     * ({@code Copper climbs as strike drags on - Reuters}, {@code ... | Al Jazeera}), the way a page's
     * title element is copied with the text; -1 otherwise. The name is the outlet's, not the story's: it
     * comes off the title and counts as the outlet's credit. Only a name the outlet table knows, as a
     * whole, is cut ({@code Talks resume - Iran and EU} keeps its end), and at least three words must stay.
     */
    static int outletSuffix(String title, OutletTable outlets) {
        int at = -1;
        for (String sep : SUFFIX_SEPARATORS) {
            at = Math.max(at, title.lastIndexOf(sep));
        }
        if (at <= 0 || title.length() - at > 60) {
            return -1;
        }
        String name = title.substring(at + 3).strip();
        if (name.isEmpty() || !outlets.isKnown(name) || Prose.wordsUpTo(title.substring(0, at), 3) < 3) {
            return -1;
        }
        return at + 3;
    }

    /**
     * The later items of a digest of one agency's stories ({@code SEOUL, Dec. 6 (Yonhap) -- ...} again
     * further down, often under the item's own headline): each item's dateline leaves its first paragraph,
     * as the first item's does, and a headline-like line right above it, after prose, goes as a
     * {@code headline}. Only a strong dateline with the story's own agency counts, and a paragraph is
     * read only when that agency's code stands within its first 120 characters.
     */
    static void digestItems(List<String> body, int from, String agency, DatelineParser datelines, List<Removed> removed) {
        for (int i = Math.max(from, 1); i < body.size(); i++) {
            String p = body.get(i);
            int reach = Math.min(p.length(), 120 + agency.length());
            if (p.lastIndexOf(agency, reach - agency.length()) < 0) {
                continue; // looked for in the head only, not through the whole paragraph
            }
            Optional<DatelineParser.Match> m = datelines.parse(p);
            if (m.isEmpty() || !m.get().strong() || !agency.equals(m.get().dateline().agency())) {
                continue;
            }
            String rest = p.substring(m.get().end()).strip();
            if (rest.isEmpty() || !Prose.bodyLike(rest)) {
                continue;
            }
            removed.add(new Removed(m.get().dateline().text(), "dateline"));
            body.set(i, rest);
            String above = body.get(i - 1);
            if (i >= 2 && titleLike(above) && !Prose.bodyLike(above) && Prose.bodyLike(body.get(i - 2))) {
                removed.add(new Removed(body.remove(i - 1), "headline"));
                i--;
            }
        }
    }

    /**
     * A headline in capitals that raw wire copy wraps over two lines ({@code JAPAN, PHILIPPINES SIGN DEFENSE
     * PACT AMID} / {@code RISING TENSIONS IN SOUTH CHINA SEA}): both lines in capitals, and the first ends
     * on a word no headline ends on ({@link SectionWords#endsOnWrap}). Without this the second half alone
     * was the title. A kicker ({@code EXCLUSIVE}) or slug above a headline ends on no such word.
     */
    static boolean wrappedHeadline(String upper, String lower) {
        return Prose.isUpperCase(upper) && Prose.isUpperCase(lower) && titleLike(upper) && Prose.headlineLike(lower)
                && SectionWords.endsOnWrap(upper);
    }

    /**
     * Where a dateline starts inside a paragraph that opens with the headline glued to it, the line break
     * lost ({@code Penang to build second desalination plant GEORGE TOWN, Dec 6 (Bernama) -- The ...}); -1
     * when it does not. Looked for only when a known agency stands in round brackets within the first 200
     * characters; the dateline must open with its place in capitals right after a headline of three words
     * or more that is no sentence, and read as a dateline with that agency before a capital; so "the mayor
     * of KUALA LUMPUR (Bernama) said" or a lead with the agency in it stays whole.
     */
    static int gluedDatelineAt(String p, DatelineParser datelines, OutletTable outlets) {
        // the head only: neither the gate nor the candidates below read past it on a long paragraph
        String h = p.length() > 480 ? p.substring(0, 480) : p;
        int close = h.indexOf(')');
        if (close < 0 || close > 200) {
            return -1;
        }
        int open = h.lastIndexOf('(', close);
        if (open < 12 || !outlets.isKnown(h.substring(open + 1, close))) {
            return -1;
        }
        boolean afterWrap = false;
        for (int k = h.indexOf(' '); k > 0 && k < open; k = h.indexOf(' ', k + 1)) {
            if (!Character.isUpperCase(h.charAt(k + 1)) || Character.isUpperCase(h.charAt(k - 1))) {
                continue; // the place opens a word in capitals after a word that does not end in one
            }
            String head = h.substring(0, k);
            String rest = h.substring(k + 1);
            Optional<DatelineParser.Match> m = datelines.parse(rest);
            if (m.isEmpty() || m.get().dateline().agency() == null || m.get().dateline().location() == null
                    || m.get().end() <= close - k - 1 || rest.substring(m.get().end()).isBlank()
                    || Character.isLowerCase(rest.substring(m.get().end()).strip().codePointAt(0))
                    || Prose.wordsUpTo(head, 3) < 3 || !Prose.headlineLike(head) || Prose.endsSentence(head)) {
                afterWrap = false;
                continue;
            }
            String place = m.get().dateline().location();
            if (Prose.isUpperCase(place)) {
                return k + 1;
            }
            boolean opensRun = afterWrap || Character.isLowerCase(head.codePointAt(head.lastIndexOf(' ') + 1));
            if (titleCasePlace(head, place, m.get().dateline().date(), opensRun)) {
                return k + 1;
            }
            afterWrap = opensRun && SectionWords.endsOnWrap(head);
        }
        return -1;
    }

    /**
     * A place in title case glued to a headline in sentence case ({@code Penang approves second desalination
     * plant George Town, Dec 6 (Bernama) -- The ...}): with no capitals to part them, the place is the run of
     * capitalised words before the date, taken whole ({@code opensRun}: a lower-case word stands before it),
     * unless the headline would then end on a word no headline ends on ({@code ... deal with Singapore Johor
     * Bahru, Dec 6}: the run's first word is the headline's, and the place starts at the next). A dated
     * dateline only, of at most four words; a headline in title case gives no such cue and is left whole.
     */
    static boolean titleCasePlace(String head, String place, String date, boolean opensRun) {
        return date != null && opensRun && Prose.wordsUpTo(place, 5) <= 4 && sentenceCase(head)
                && !SectionWords.endsOnWrap(head);
    }

    /**
     * Where the headline starts after a section's label and a spaced bar ({@code World | Chinese EV maker plans
     * Hungarian plant expansion}, {@code Business | ...}): a page's section, copied with its headline. Only a
     * label of one or two words that are all section words ({@link SectionWords}), and at least five words
     * must follow; -1 otherwise.
     */
    static int sectionBeforeBar(String title) {
        int at = title.indexOf(" | ");
        if (at <= 0 || at > 24 || title.indexOf(" | ", at + 3) >= 0 || Prose.wordsUpTo(title.substring(at + 3), 5) < 5) {
            return -1;
        }
        String[] words = title.substring(0, at).strip().toLowerCase(java.util.Locale.ROOT).split(" ");
        if (words.length > 2) {
            return -1;
        }
        for (String w : words) {
            if (!SectionWords.LABELS.contains(w)) {
                return -1;
            }
        }
        return at + 3;
    }

    /**
     * Where the date starts when the headline ends with the story's date or time after a spaced bar
     * ({@code Kenya to launch new digital ID cards | 06 December 2026 14:20}, a listing's line copied
     * whole): the date is no word of the title. Only a part the date reader reads as a date, of at most
     * 40 characters, and at least three words must stay; -1 otherwise.
     */
    static int dateAfterBar(String title) {
        int at = title.lastIndexOf(" | ");
        if (at <= 0 || title.length() - at > 43) {
            return -1;
        }
        String rest = title.substring(at + 3).strip();
        if (rest.isEmpty() || Prose.wordsUpTo(rest, 7) > 6 || !opensWithDateWord(rest) || DateReader.read(rest) == null
                || Prose.wordsUpTo(title.substring(0, at), 3) < 3) {
            return -1;
        }
        return at + 3;
    }

    /**
     * Where the headline starts after the story's date and a spaced bar ({@code 06.12.2026 | Kazakhstan to build
     * new airport ...}, a listing's line copied whole); -1 otherwise. As {@link #dateAfterBar}, on the front.
     */
    static int dateBeforeBar(String title) {
        int at = title.indexOf(" | ");
        if (at <= 0 || at > 40 || !opensWithDateWord(title) || Prose.wordsUpTo(title.substring(0, at), 7) > 6
                || DateReader.read(title.substring(0, at)) == null || Prose.wordsUpTo(title.substring(at + 3), 3) < 3) {
            return -1;
        }
        return at + 3;
    }

    /** Whether the text opens with a digit, or with a month's or weekday's name ({@code December 6, 2026}, {@code Sun, 6 Dec}). */
    private static boolean opensWithDateWord(String s) {
        if (Character.isDigit(s.charAt(0))) {
            return true;
        }
        int e = 0;
        while (e < s.length() && Character.isLetter(s.charAt(e))) {
            e++;
        }
        String w = s.substring(0, e);
        io.articlex.dates.CalendarNames names = io.articlex.dates.CalendarNames.get();
        return e > 0 && (names.month(w) != 0 || names.isWeekday(w));
    }

    /**
     * Where the site's name starts when a page title copied with the text ends with one after a spaced
     * bar ({@code Nepal to open two border points | The Kathmandu Post}), outlet table or not: a headline
     * does not hold {@code " | "}, a page title does before the site's name. Only a short name in
     * capitals (one to five words, the first capitalised) is cut, and at least three words must stay; -1
     * otherwise.
     */
    static int siteAfterPipe(String title) {
        int at = title.lastIndexOf(" | ");
        if (at <= 0 || title.length() - at > 50) {
            return -1;
        }
        String name = title.substring(at + 3).strip();
        if (name.isEmpty() || !Character.isUpperCase(name.codePointAt(0)) || Prose.wordsUpTo(name, 6) > 5
                || Prose.endsSentence(name) || Prose.wordsUpTo(title.substring(0, at), 3) < 3) {
            return -1;
        }
        return at + 3;
    }

    /**
     * Where a known outlet's name in round brackets starts when it closes the title ({@code Governo aprova
     * plano para os bombeiros (Lusa)}, {@code ... (AKIpress)}): Portuguese and Central Asian wires sign the
     * headline with their code. The credit is the outlet's, not the story's; at least three words must
     * stay, and a bracket naming anything else ({@code ... (PHOTOS)}, {@code ... (Update)}) stays.
     */
    static int outletInBrackets(String title, OutletTable outlets) {
        int open = title.lastIndexOf(" (");
        if (open <= 0 || title.length() - open > 45 || !title.endsWith(")")
                || !outlets.isKnown(title.substring(open + 2, title.length() - 1))
                || Prose.wordsUpTo(title.substring(0, open), 3) < 3) {
            return -1;
        }
        return open + 1;
    }

    /**
     * A digest's head: the dateline alone on the first line ({@code TOKYO, April 13 Kyodo}), then a
     * headline, then prose. The headline is the first item's and the digest's title; without this the
     * story had none and its headline stayed in the body.
     */
    private static boolean titleUnderDateline(List<String> paras, DatelineParser.Match match) {
        return paras.size() > 2 && paras.get(0).substring(match.end()).isBlank() && titleLike(paras.get(1))
                && !Prose.bodyLike(paras.get(1)) && Prose.bodyLike(paras.get(2));
    }

    /** One short sentence ending in a full stop: a headline written with one. */
    static boolean sentenceTitle(String p) {
        String s = p.strip();
        int w = Prose.words(s);
        return w >= 3 && w <= 20 && s.endsWith(".") && !s.endsWith("..") && s.indexOf(". ") < 0;
    }

    /**
     * A headline of two words ending in a full stop ({@code Meeting postponed.}), or in sentence case without
     * it ({@code Markets tumble}), right above a dateline that names its agency: short notices carry such
     * headlines, and with the wire's dateline under it the line is no sentence of the story. Without the
     * agency, two words are as often a label.
     */
    static boolean shortSentenceTitle(String p, DatelineParser.Match match) {
        String s = p.strip();
        if (match.dateline().agency() == null || Prose.words(s) != 2 || !Character.isUpperCase(s.charAt(0))) {
            return false;
        }
        if (s.endsWith(".")) {
            return !s.endsWith("..");
        }
        // without the stop, in sentence case ("Markets tumble"): a name ("John Smith") or a section's label
        // ("World News") capitalises its second word
        int space = s.indexOf(' ');
        return space > 0 && space + 1 < s.length() && Character.isLowerCase(s.charAt(space + 1)) && Prose.headlineLike(s);
    }

    /** A dateline counts when text follows it, or, alone on its line, when prose follows on the next. */
    private static boolean acceptable(DatelineParser.Match m, List<String> paras, int i) {
        String rest = paras.get(i).substring(m.end()).strip();
        if (rest.isEmpty()) {
            return i + 1 < paras.size() && (m.strong() || Prose.bodyLike(paras.get(i + 1)));
        }
        if (m.strong()) {
            return true;
        }
        return Prose.bodyLike(rest) || Prose.words(rest) >= 12;
    }

    /**
     * A speaker's label in capitals read as a place before a colon ({@code MINISTER: We have no plans ...}), in
     * a transcript whose turns each open with one ({@code PRESENTER: Will taxes rise?}): a place and colon
     * alone whose word opens another line within four lines of it is a speaker's turn and no dateline. (A
     * digest's items under other places, {@code LAHORE: ...} under {@code KARACHI: ...}, keep theirs.)
     */
    private static boolean speakerTurn(DatelineParser.Match m, List<String> paras, int i) {
        Dateline d = m.dateline();
        if (d.agency() != null || d.date() != null || !d.text().endsWith(":")) {
            return false;
        }
        String label = d.text();
        for (int k = Math.max(0, i - 4); k < Math.min(paras.size(), i + 5); k++) {
            if (k != i && paras.get(k).startsWith(label) && capsLabel(paras.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A line that opens with one to three words in capitals and a colon, then a space and more. */
    private static boolean capsLabel(String p) {
        int colon = p.indexOf(": ");
        if (colon < 2 || colon > 30 || colon + 2 >= p.length()) {
            return false;
        }
        int spaces = 0;
        for (int k = 0; k < colon; k++) {
            char c = p.charAt(k);
            if (c == ' ' && ++spaces > 2 || c != ' ' && c != '.' && c != '-' && c != '\'' && !Character.isUpperCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** Prose that is followed by prose (or ends the document, or is long enough to stand alone). */
    /**
     * An item of a site's menu on a line of its own, as a page copied from a browser gives it ({@code News},
     * {@code Middle East}, {@code Print subscriptions}, {@code SKIP ADVERTISEMENT}): at most three words and
     * thirty characters, opening with a letter, with no digit and no sentence or quotation mark.
     */
    static boolean menuItem(String p) {
        if (p.isEmpty() || p.length() > 30 || !Character.isLetter(p.charAt(0))) {
            return false;
        }
        int spaces = 0;
        for (int k = 0; k < p.length(); k++) {
            char c = p.charAt(k);
            if (c == ' ' && ++spaces > 2 || Character.isDigit(c) || ".!?,;:\"“”«»()|/".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    static boolean bodyStartsAt(List<String> paras, int i) {
        String p = paras.get(i);
        if (!Prose.bodyLike(p) && !interviewTurn(p)) {
            return false;
        }
        if (i + 1 >= paras.size() || Prose.words(p) >= 40) {
            return true;
        }
        int next = i + 1 < paras.size() - 1 && clockAlone(paras.get(i + 1)) ? i + 2 : i + 1;
        return Prose.bodyLike(paras.get(next)) || interviewTurn(paras.get(next));
    }

    /**
     * A clock time alone on its line ({@code 14:10}, {@code 2:45 pm}, {@code 13:55 GMT}), as a live page
     * copied as text stamps each entry: the entries are short, so under a summary's points ({@code Key
     * points} / two lines / {@code 14:32} / an entry / {@code 14:10} / an entry) no entry was followed by
     * prose and the summary ran over all but the last. The body starts at an entry when prose follows the
     * time under it.
     */
    static boolean clockAlone(String p) {
        return p.length() <= 12 && !p.isEmpty() && Character.isDigit(p.charAt(0)) && p.indexOf(':') > 0
                && Timestamps.isTimestamp(p);
    }

    /**
     * A turn of an interview printed as questions and answers ({@code Q: Will the new locks be ready in
     * time?}, {@code A: We think so.}): body, however short. A question reads as a headline, so the first
     * one was taken for the title and the story started at the first long answer, the turns above it lost.
     */
    static boolean interviewTurn(String p) {
        return p.length() > 4 && (p.charAt(0) == 'Q' || p.charAt(0) == 'A') && (p.charAt(1) == ':' || p.charAt(1) == '.')
                && p.charAt(2) == ' ' && Prose.wordsUpTo(p, 3) >= 3;
    }

    /**
     * The title among the paragraphs above the body: the last headline-like one, unless it is a deck
     * under the real title (a longer line right after another headline-like line). With {@code feed}, a
     * feed's items stood over the story ({@link #feedStamps}): the lines above the last are its items, never
     * a title over its deck.
     */
    static int chooseTitle(List<String> paras, int start, java.util.Set<String> printedTwice, OutletTable outlets, boolean feed) {
        // "a duplicated first line is almost always the title" (wire-patterns.md): IRNA, AzerTAc, ANSA
        for (int i = 0; i < start; i++) {
            if (printedTwice.contains(paras.get(i)) && titleLike(paras.get(i))) {
                return i;
            }
        }
        int last = -1;
        for (int i = start - 1; i >= 0; i--) {
            // a line that is only an outlet's name is a masthead ("The Azerbaijan State News Agency"); a
            // byline is no title ("Luana Ferraz - Repórter da Agência Brasil"), nor a name under a headline
            String p = paras.get(i);
            if (rubric(p) && !firstHeadline(paras, i)) {
                continue;
            }
            if (titleLike(p) && !bracketed(p) && !bulleted(p) && !meetingField(p) && !outlets.isKnown(p) && !metaRow(p, outlets)
                    && !Bylines.byLine(p) && !Bylines.creditLine(p, outlets)
                    && !Bylines.siteCredit(p, outlets) && !stampedCredit(p) && !headMetadata(p, outlets) && !outletStamp(p, outlets)
                    && !Timestamps.isTimestamp(p)
                    && !((Bylines.nameLine(p, outlets) || outletAndCity(p, outlets)) && titleLikeAbove(paras, i))) {
                last = i;
                break;
            }
        }
        if (feed) {
            return last;
        }
        if (last > 0 && titleLike(paras.get(last - 1)) && !outlets.isKnown(paras.get(last - 1)) && !Bylines.byLine(paras.get(last - 1))
                && !headMetadata(paras.get(last - 1), outlets)
                && (isDeck(paras.get(last - 1), paras.get(last)) || firstHeadline(paras, last - 1)
                        && (shortDeck(paras.get(last - 1), paras.get(last), outlets)
                                || titleCaseDeck(paras.get(last - 1), paras.get(last), outlets)))) {
            return last - 1;
        }
        if (last > 0 && firstHeadline(paras, last - 1) && shortTitle(paras.get(last - 1), paras.get(last), outlets)) {
            return last - 1;
        }
        if (last > 1 && titleLike(paras.get(last - 1)) && titleLike(paras.get(last - 2)) && firstHeadline(paras, last - 2)
                && !SectionWords.anyLabel(paras.get(last - 2))
                && shortDeck(paras.get(last - 2), paras.get(last - 1), outlets)
                && shortDeck(paras.get(last - 1), paras.get(last), outlets)) {
            // a headline over two short decks ("Kenya rolls out new digital ID" / "Cards to replace ..." /
            // "Rollout starts in Nairobi next month"): the last deck was the title
            return last - 2;
        }
        return last;
    }

    /**
     * Whether the head held a news feed copied with the page: two clock times alone among the lines the
     * boilerplate stage took out ({@code News Feed} / {@code 11:44 PM} / an item's headline / {@code 10:12 PM}
     * / another / {@code Show More} / the story's headline): each item's time. The items read as a headline
     * over decks, and the first of them was taken for the title.
     */
    static boolean feedStamps(List<Removed> removed) {
        int clocks = 0;
        for (Removed r : removed) {
            if (r.reason().equals("timestamp") && clockAlone(r.text()) && ++clocks >= 2) {
                return true;
            }
        }
        return false;
    }

    /** Whether a line above {@code i} reads as a headline: a name under it is the byline, not the title. */
    private static boolean titleLikeAbove(List<String> paras, int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (titleLike(paras.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** A year glued to the clock time after it, as a page's date and time elements run together: {@code 20263:14}. */
    private static final Pattern YEAR_CLOCK = Pattern.compile("(?<!\\d)(?:19|20)\\d\\d\\d{1,2}:[0-5]\\d");
    /** A reading-time note: {@code 2 mins to read}, {@code 5 min read}, {@code Reading time: 3 minutes}. */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?i)(?:(?:estimated )?reading time:?\\s?)?\\d{1,3}\\s?(?:min|mins|minutes?)(?:\\s(?:to\\s)?read)?\\.?");
    /** A desk's or the staff's credit alone, or after an outlet's name: {@code Al Jazeera Staff}, {@code Web Desk}. */
    private static final Pattern STAFF = Pattern.compile(
            "(?<outlet>.{1,40}?\\s)?(?:Staff(?: Writer| Reporter)?s?|(?:News|Web|Online|Digital) Desk)");

    /**
     * A line a site prints between the headline and the story, which a copied page keeps and which is never
     * the headline, though it is short and capitalised as one: the page's date and time glued as its
     * elements stood side by side ({@code December 6, 20263:14 PM GMT+1Updated 2 hours ago},
     * {@code 12/06/2026December 6, 2026}), a reading time ({@code 2 mins to read}), a staff or desk credit
     * ({@code Al Jazeera Staff}), a writer and post without a comma ({@code Peter Walker Political
     * correspondent}), an outlet and its region ({@code BBC News, Yorkshire}). Without this the last of them
     * above the story was taken for the title, and the headline above went as navigation.
     */
    static boolean headMetadata(String p, OutletTable outlets) {
        if (p.length() > 80) {
            return false;
        }
        char c0 = p.isEmpty() ? 0 : p.charAt(0);
        if ((c0 >= '0' && c0 <= '9' || c0 == 'R' || c0 == 'E') && READING_TIME.matcher(p).matches()) {
            return true;
        }
        if (holdsYear(p) && (YEAR_CLOCK.matcher(p).find() || Timestamps.isTimestamp(spacedDigits(p)))) {
            return true;
        }
        Matcher staff = p.indexOf("Staff") >= 0 || p.indexOf("Desk") >= 0 ? STAFF.matcher(p) : null;
        if (staff != null && staff.matches() && (staff.group("outlet") == null || outlets.isKnown(staff.group("outlet").strip()))) {
            return true;
        }
        return Bylines.namePostLine(p) || Bylines.outletAndPlace(p, outlets) || placeBulletStamp(p);
    }

    /**
     * A place and the page's date on either side of a bullet ({@code Jakarta  ●  Mon, December 7, 2026}), as a
     * paper's site prints them under the byline: one to three capitalised words, then a time stamp. It read
     * as a headline under the real one, which was then taken for a title over its deck.
     */
    static boolean placeBulletStamp(String p) {
        int at = -1;
        for (int i = 0; i < p.length() && i < 40; i++) {
            char c = p.charAt(i);
            if (c == '●' || c == '•' || c == '·') {
                at = i;
                break;
            }
        }
        if (at <= 0) {
            return false;
        }
        String place = p.substring(0, at).strip();
        return !place.isEmpty() && Prose.wordsUpTo(place, 4) <= 3 && capitalised(place)
                && Timestamps.isTimestamp(p.substring(at + 1).strip());
    }

    /**
     * Whether {@code p} holds a year of this or the last century that no digit precedes (a digit may follow:
     * the glued clock). A walk over the line's digits: asked of every headline candidate, a regex search
     * cost more than the rest of the test.
     */
    private static boolean holdsYear(String p) {
        for (int i = 0, n = p.length() - 3; i < n; i++) {
            char c = p.charAt(i);
            if ((c == '1' || c == '2') && (i == 0 || !Character.isDigit(p.charAt(i - 1)))
                    && (c == '1' ? p.charAt(i + 1) == '9' : p.charAt(i + 1) == '0')
                    && Character.isDigit(p.charAt(i + 2)) && Character.isDigit(p.charAt(i + 3))) {
                return true;
            }
        }
        return false;
    }

    /** {@code p} with a space wherever a digit and a letter meet, so that glued stamps split into their parts. */
    private static String spacedDigits(String p) {
        StringBuilder b = new StringBuilder(p.length() + 8);
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (i > 0) {
                char prev = p.charAt(i - 1);
                if (Character.isDigit(prev) && Character.isLetter(c) || Character.isLetter(prev) && Character.isDigit(c)) {
                    b.append(' ');
                }
            }
            b.append(c);
        }
        return b.toString();
    }

    /**
     * A paper's name and its time stamp on either side of a spaced slash ({@code Philippine Daily Inquirer /
     * 05:20 AM December 06, 2026}), the line a site prints under the byline: never the headline. The part
     * beside the stamp has at most five words; a headline with a date after a bar ({@link #dateAfterBar})
     * is another shape.
     */
    static boolean stampedCredit(String p) {
        int at = p.indexOf(" / ");
        if (at <= 0 || p.length() > 100 || p.indexOf(" / ", at + 3) >= 0) {
            return false;
        }
        String a = p.substring(0, at);
        String b = p.substring(at + 3);
        return Prose.wordsUpTo(a, 6) <= 5 && Timestamps.isTimestamp(b.strip()) || Prose.wordsUpTo(b, 6) <= 5 && Timestamps.isTimestamp(a.strip());
    }

    /**
     * A place in capitals alone on the line right above the story, under its headline ({@code ANKARA}),
     * as Anadolu's site and papers reprinting its copy set the dateline: the dateline's place, which was
     * removed as a head line and the story left with no dateline. With no list of places to check it
     * against, only one word of capital letters counts, and no word a head prints there instead: a story
     * type ({@code EXCLUSIVE}, {@code title-kickers.txt}), a section or page word ({@code WORLD}, {@code
     * ADVERTISEMENT}, {@code section-words.txt}), an outlet ({@code REUTERS}), a month or weekday.
     */
    static boolean placeAlone(String p, OutletTable outlets) {
        String place = withoutColon(p);
        boolean colon = place.length() < p.length();
        if (place.length() < 3 || place.length() > 24 || !Prose.isUpperCase(place)) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < place.length(); i++) {
            char c = place.charAt(i);
            if (c == ' ' && colon && place.charAt(i - 1) != ' ') {
                words++;
                continue;
            }
            if (!Character.isLetter(c) && c != '-' && c != '\'') {
                return false;
            }
        }
        return words <= 3 && !notPlace(place, outlets);
    }

    /**
     * {@code p} without the colon a paper closes its place with ({@code ANKARA:}, {@code NEW DELHI:}), as the
     * Times of India and Pakistani and Gulf papers set the dateline; on its own line above the story when
     * copied from their sites. With the colon, a place of two or three words counts too: a name in capitals
     * alone on a line is as often the byline ({@code JOHN SMITH}), but no byline ends in a colon.
     */
    private static String withoutColon(String p) {
        return p.length() > 3 && p.charAt(p.length() - 1) == ':' ? p.substring(0, p.length() - 1).strip() : p;
    }

    /**
     * Whether another line in capitals closed by a colon ({@code SMITH:}) stands alone within three paragraphs
     * of the one above the story: a transcript's speakers set above each turn, which are no place.
     */
    private static boolean turnFollows(List<String> paras, int start) {
        for (int k = Math.max(0, start - 4); k < Math.min(paras.size(), start + 3); k++) {
            String q = paras.get(k);
            if (k != start - 1 && q.length() < 40 && q.endsWith(":") && Prose.isUpperCase(q)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Words a head prints where a dateline's place could stand ({@link #placeAlone}, {@link #placeColon}):
     * a story type, a summary's label or a meeting's field as a whole, or any word a section or page word
     * ({@code section-words.txt}), an outlet, a month or a weekday.
     */
    private static boolean notPlace(String place, OutletTable outlets) {
        String lower = place.toLowerCase(java.util.Locale.ROOT);
        if (Kickers.LABELS.contains(lower) || SummaryLabels.LABELS.contains(lower) || MeetingFields.LABELS.contains(lower)
                || SectionWords.anyLabel(place) || outlets.isKnown(place)) {
            return true;
        }
        io.articlex.dates.CalendarNames names = io.articlex.dates.CalendarNames.get();
        for (String w : place.split(" ")) {
            if (SectionWords.notPlace(w.toLowerCase(java.util.Locale.ROOT)) || names.month(w) != 0 || names.isWeekday(w)
                    || outlets.isKnown(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A note's label in capitals before a colon read as a place ({@code CORRECTION: An earlier version of
     * this story ...} above the headline, {@code CLARIFICATION:}, {@code EXCLUSIVE:}): the dateline parser
     * takes {@code NEW DELHI:} and such a label alike, so a place with neither date nor agency before a
     * colon is refused when it is a word of the lists no place is ({@link #notPlace}).
     */
    static boolean labelColon(DatelineParser.Match m, OutletTable outlets) {
        Dateline d = m.dateline();
        return d.agency() == null && d.date() == null && d.location() != null && d.text().endsWith(":")
                && notPlace(d.location(), outlets);
    }

    /**
     * A place in title case and a colon opening the story under its headline ({@code Dubai: Rain is
     * expected ...}, {@code Abu Dhabi: ...}), as Gulf and South Asian papers set the dateline: the parser
     * takes a place with a colon only in capitals ({@code RIYADH:}), since a label in title case ({@code
     * Update:}, {@code Note:}) opens text the same way, and the story had no dateline. Read here, where
     * the body starts (prose with prose after it) below a headline-like line, for one to three words each
     * a capital and small letters, followed by a capital: no word a label, kicker, field, outlet or
     * calendar name, and no paragraph within two of it opening the same way (a transcript's turns,
     * {@code Smith: ...}). A weak dateline: a place, no date, no agency; null when there is none.
     */
    static DatelineParser.Match placeColon(List<String> paras, int i, OutletTable outlets) {
        String p = paras.get(i);
        int colon = titleCaseColon(p);
        if (colon < 0 || firstHeadline(paras, i) || !bodyStartsAt(paras, i)) {
            return null;
        }
        for (int k = Math.max(0, i - 2); k < Math.min(paras.size(), i + 3); k++) {
            if (k != i && titleCaseColon(paras.get(k)) >= 0) {
                return null; // a transcript's turns
            }
        }
        String place = p.substring(0, colon);
        return notPlace(place, outlets) ? null : new DatelineParser.Match(new Dateline(p.substring(0, colon + 1), place, null, null), colon + 1, false, null);
    }

    /**
     * Where the colon stands after one to three words in title case that open the paragraph and a space
     * and a capital follow it ({@code Abu Dhabi: The}), else -1.
     */
    static int titleCaseColon(String p) {
        int n = Math.min(p.length(), 32);
        int words = 0;
        int i = 0;
        while (i < n) {
            if (!Character.isUpperCase(p.charAt(i))) {
                return -1;
            }
            int j = i + 1;
            while (j < n && (Character.isLowerCase(p.charAt(j)) || p.charAt(j) == '-' && j + 1 < n && Character.isLetter(p.charAt(j + 1)))) {
                j++;
            }
            if (j - i < 2 || ++words > 3 || j >= n) {
                return -1;
            }
            char c = p.charAt(j);
            if (c == ':') {
                return j + 2 < p.length() && p.charAt(j + 1) == ' ' && Character.isUpperCase(p.charAt(j + 2)) ? j : -1;
            }
            if (c != ' ') {
                return -1;
            }
            i = j + 1;
        }
        return -1;
    }

    /** The separators between an outlet's name and its time stamp on a credit line ({@link #outletStamp}). */
    private static final String[] STAMP_SEPARATORS = {" / ", " | ", " . ", " - ", " , "};

    /**
     * A paper's credit line naming the wire whose copy it prints, then a time stamp ({@code Agence
     * France-Presse / 05:20 PM December 07, 2026}, {@code Agence France-Presse . Ouidah | Updated at 11:30pm
     * on December 07, 2026}, {@code Ahram Online , Monday 7 Dec 2026}), between headline and story: a credit, which names the story's source, not
     * a deck (it was reported as one, and the story had no source). The part before the first separator
     * is a known outlet's name as a whole, and a date follows. With no separator, the stamp must open with
     * its label ({@code Reuters Published December 7, 2026}): that line was the last headline-like line above
     * the story, so the title, the headline going as navigation.
     */
    static boolean outletStamp(String p, OutletTable outlets) {
        if (p.length() > 120) {
            return false;
        }
        int close = p.charAt(0) == '(' ? p.indexOf(')') : -1;
        if (close > 2) {
            // "(People's Daily Online) 14:20, December 07, 2026": the outlet in brackets, then its stamp
            return close + 6 < p.length() && outlets.isKnown(p.substring(1, close).strip())
                    && Timestamps.isTimestamp(p.substring(close + 1).strip());
        }
        int at = -1;
        for (String sep : STAMP_SEPARATORS) {
            int k = p.indexOf(sep);
            if (k > 0 && (at < 0 || k < at)) {
                at = k;
            }
        }
        if (at > 0) {
            String rest = p.substring(at + 3);
            int bar = rest.indexOf(" | ");
            // "KYODO NEWS - 2 hours ago - 15:00 | All, Japan, World": an age and a clock, then the site's sections
            return outlets.isKnown(p.substring(0, at).strip())
                    && (DateReader.read(rest) != null || bar > 0 && Timestamps.isTimestamp(rest.substring(0, bar)));
        }
        // no separator: the outlet's name of one to four words, then a stamp that opens with its label
        for (int sp = p.indexOf(' '), words = 1; sp > 0 && words <= 4; sp = p.indexOf(' ', sp + 1), words++) {
            if (p.length() - sp - 1 > 8 && stampLabelAt(p, sp + 1) && outlets.isKnown(p.substring(0, sp))) {
                return Timestamps.isTimestamp(p.substring(sp + 1));
            }
        }
        return false;
    }

    /** The labels a page's time stamp opens with, lower-cased: a known outlet's name before one is a credit. */
    private static final String[] STAMP_LABEL_WORDS = {"published", "updated", "posted", "last", "modified"};

    /**
     * Whether the run of letters at {@code from} is one of {@link #STAMP_LABEL_WORDS} in any case, read in
     * place: the rest of the line from each of a headline's first four spaces, and its first word, were
     * copied and lower-cased to ask a set, for every line above the story. The labels are ASCII, and no
     * letter past ASCII lower-cases ({@code Locale.ROOT}) to one of theirs, so a run with one is none.
     */
    private static boolean stampLabelAt(String p, int from) {
        int end = from;
        while (end < p.length() && Character.isLetter(p.charAt(end))) {
            end++;
        }
        labels:
        for (String label : STAMP_LABEL_WORDS) {
            if (label.length() != end - from) {
                continue;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = p.charAt(from + i);
                if (c >= 128 || (c | 0x20) != label.charAt(i)) {
                    continue labels;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * A row of a page's byline box whose parts stood side by side, run together with the dots or bars
     * between them ({@code Political reporter·NZ Herald·}, {@code Jane Doe · CBC News · Posted: ...}): it
     * ends on the separator, or one of its dot-parted parts is a known outlet. Never the headline; it was
     * the last headline-like line above the story, and the headline went as navigation.
     */
    static boolean metaRow(String p, OutletTable outlets) {
        char last = p.isEmpty() ? 0 : p.charAt(p.length() - 1);
        if (last == '·' || last == '•' || last == '|') {
            return true;
        }
        if (p.indexOf('·') < 0) {
            return false;
        }
        for (String part : p.split("·")) {
            if (outlets.isKnown(part.strip())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A paper's name and its city in brackets ({@code The Star (Nairobi)}, {@code Daily Monitor (Kampala)}),
     * the credit line an aggregator prints under the headline of the copy it reposts, above the date and
     * byline: it was the last headline-like line above the story and so the title, the headline going as
     * navigation. One to five words in title case (or a known outlet) and one to three capitalised words in
     * the brackets that no kicker, section or calendar word is ({@code (Update)}); read only under a headline.
     */
    static boolean outletAndCity(String p, OutletTable outlets) {
        int open = p.indexOf(" (");
        if (open <= 0 || p.length() > 60 || p.charAt(p.length() - 1) != ')' || p.indexOf(')') != p.length() - 1) {
            return false;
        }
        String name = p.substring(0, open);
        String city = p.substring(open + 2, p.length() - 1);
        if (city.isEmpty() || Prose.wordsUpTo(city, 4) > 3 || !capitalised(city) || notPlace(city, outlets)) {
            return false;
        }
        return outlets.isKnown(name) || Prose.wordsUpTo(name, 6) <= 5 && capitalised(name);
    }

    /**
     * Whether every word of {@code s} opens with a capital and holds no digit; a word of one to three
     * lower-case letters between two capitalised ones is a place's particle ({@code Dar es Salaam}, {@code
     * Rio de Janeiro}).
     */
    private static boolean capitalised(String s) {
        boolean start = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isDigit(c)) {
                return false;
            }
            if (start && !Character.isUpperCase(c) && !particle(s, i)) {
                return false;
            }
            start = c == ' ';
        }
        return true;
    }

    /** A word of one to three lower-case letters at {@code i}, after a word and before a capitalised one. */
    private static boolean particle(String s, int i) {
        int j = i;
        while (j < s.length() && Character.isLowerCase(s.charAt(j))) {
            j++;
        }
        return i > 0 && j > i && j - i <= 3 && j + 1 < s.length() && s.charAt(j) == ' ' && Character.isUpperCase(s.charAt(j + 1));
    }

    /**
     * A site's rubric, printed under the headline and its deck as well as above them ({@code Business &
     * Economy}, {@code Science & Space}, {@code World news}): under four words or fewer, all of them words of
     * section labels ({@link SectionWords}) or joined by a spaced ampersand. Below a headline-like line it
     * is passed over; it was the last headline-like line above the story, and so the title.
     */
    static boolean rubric(String p) {
        return Prose.wordsUpTo(p, 5) < 5 && (p.contains(" & ") || SectionWords.allLabels(p));
    }

    /**
     * A line wholly in round brackets ({@code (Australian Associated Press)}, {@code (Reporting from the
     * border)}): a credit or a note under the headline, never the headline; {@code (LEAD) Talks resume}
     * and {@code Talks resume (PHOTOS)} are headlines with a tag.
     */
    static boolean bracketed(String p) {
        return p.length() > 2 && p.charAt(0) == '(' && p.indexOf(')') == p.length() - 1;
    }

    /**
     * A title of two or three words over its deck ({@code Ferry strike ends} / {@code Crews return after
     * pay deal is signed on Tuesday night}, {@code PORT STRIKE ENDS} / {@code Dockers accept ...}): the
     * deck is the last headline-like line above the story and was taken for the title, the title being
     * too short to read as one. Taken when the short line is in sentence case or capitals, names no
     * outlet, date or menu, and has no word of a section label or rubric ({@link SectionWords}: {@code
     * World news}, {@code Climate crisis}), and the line under it is a sentence-case deck at least twice
     * its length.
     */
    static boolean shortTitle(String first, String next, OutletTable outlets) {
        int w = Prose.wordsUpTo(first, 4);
        if (w < 2 || w > 3 || !Prose.headlineLike(first) || !noMenuMark(first)) {
            return false;
        }
        int nw = Prose.wordsUpTo(next, 6);
        if (nw < 6 || nw < 2 * w || !sentenceCase(next) || !(sentenceCase(first) || Prose.isUpperCase(first))) {
            return false;
        }
        return SectionWords.endsOnVerb(first) && !SectionWords.anyLabel(first) && outlets.mentionIn(first).isEmpty()
                && DateReader.read(first) == null;
    }

    /** The words of section labels and of short headlines' verbs ({@code section-words.txt}), read when first asked. */
    static final class SectionWords {
        private static final java.util.Set<String> LABELS;
        private static final java.util.Set<String> VERBS;
        private static final java.util.Set<String> WRAPS;
        private static final java.util.Set<String> NOT_PLACES;

        static {
            java.util.Map<String, java.util.Set<String>> sections;
            try {
                sections = io.articlex.resource.Resources.sections(SectionWords.class, "/io/articlex/dateline/section-words.txt");
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            if (sections == null) {
                throw new IllegalStateException("section-words.txt missing");
            }
            LABELS = sections.getOrDefault("label", java.util.Set.of());
            VERBS = sections.getOrDefault("verb", java.util.Set.of());
            WRAPS = sections.getOrDefault("wrap", java.util.Set.of());
            NOT_PLACES = sections.getOrDefault("notplace", java.util.Set.of());
        }

        /** Whether a lower-cased word is one a page prints alone above a story where no place stands ({@code advertisement}). */
        static boolean notPlace(String word) {
            return NOT_PLACES.contains(word);
        }

        /** Whether the last word of {@code line} is one a headline cannot end on ({@code AMID}, {@code OF}). */
        static boolean endsOnWrap(String line) {
            String[] w = words(line);
            return w.length > 0 && WRAPS.contains(w[w.length - 1]);
        }

        private static String[] words(String line) {
            return line.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        }

        /** Whether a word of {@code line} (lower-cased, cut at anything but a letter) is a label's. */
        static boolean anyLabel(String line) {
            for (String word : words(line)) {
                if (LABELS.contains(word)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether every word of {@code line} is a label's or a joining word ({@code World news}, {@code News and
         * features}, {@code Экономика и бизнес}: a word of one or two letters joins in any language).
         */
        static boolean allLabels(String line) {
            boolean any = false;
            for (String word : words(line)) {
                if (word.length() < 3 || word.equals("and") || word.equals("the")) {
                    continue;
                }
                if (!LABELS.contains(word)) {
                    return false;
                }
                any = true;
            }
            return any;
        }

        /** Whether a word of {@code line} after the first is a verb of the list ({@code Senate Passes Farm Bill}). */
        static boolean verbAfterFirst(String line) {
            String[] w = words(line);
            for (int i = 1; i < w.length; i++) {
                if (VERBS.contains(w[i])) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the last word of {@code line} is a verb of the list, or of five letters or more ending in "ed". */
        static boolean endsOnVerb(String line) {
            String[] w = words(line);
            String last = w.length == 0 ? "" : w[w.length - 1];
            return VERBS.contains(last) || last.length() >= 5 && last.endsWith("ed") && !last.endsWith("eed");
        }
    }

    /**
     * Whether no headline-like line stands above line {@code i}: at most short labels ({@code Cultura},
     * {@code World}) or a rubric of label words ({@code Экономика и бизнес} over a TASS headline and its deck).
     */
    private static boolean firstHeadline(List<String> paras, int i) {
        for (int k = 0; k < i; k++) {
            if (titleLike(paras.get(k)) && !rubric(paras.get(k)) && !inMenuRun(paras, k, i)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether line {@code k} is a menu item ({@link #menuItem}) next to another above {@code end}: the last
     * item of a menu or crumb trail copied an item a line ({@code Startseite} / {@code Nachrichten} /
     * {@code Kirche in Deutschland}), a section's name of three words, is no headline above the title.
     * Counted as one, it made the headline's deck the title.
     */
    private static boolean inMenuRun(List<String> paras, int k, int end) {
        return menuItem(paras.get(k)) && (k > 0 && menuItem(paras.get(k - 1)) || k + 1 < end && menuItem(paras.get(k + 1)));
    }

    /**
     * The first headline-like line and a short line of a few words under it, both above the body, read as
     * a headline and its deck ({@code Harbour authority approves new ferry terminal} / {@code Work to start in the spring}):
     * pasted copy opens with its title, under at most a section's one- or two-word label. What may stand
     * above a title instead is refused: a section label
     * or rubric (under five words: {@code Military operation in Ukraine}, {@code Business & Economy}), a
     * kicker ending in a colon, a masthead naming an outlet, a menu, a dated line ({@code Posted on March 3,
     * 2024 by ...}), and a line under it in title case or capitals (a headline under a page line).
     */
    static boolean shortDeck(String first, String next, OutletTable outlets) {
        return Prose.wordsUpTo(first, 5) >= 5 && Prose.wordsUpTo(next, 4) >= 4 && !first.endsWith(":")
                && noMenuMark(first) && (sentenceCase(next) || capitalDeck(first, next)) && outlets.mentionIn(first).isEmpty()
                && DateReader.read(first) == null;
    }

    /**
     * A deck in title case under a headline in title case ({@code Senate Passes Farm Bill} / {@code Measure
     * Extends Crop Insurance and Food Aid Programs Through 2031}), as American papers set both: the deck,
     * the last headline-like line, was taken for the title. The upper line must read as a headline, with a
     * verb of {@code section-words.txt} among its words after the first ({@code Passes}, {@code Unveils}),
     * so that a masthead or page line over the headline ({@code The Coastal Herald Weekend Edition}) stays
     * above it; and the deck says more than its headline, in more words: a sidebar's headline over the
     * story's, as long as it, leaves the lower line the title. No section label, outlet, date or menu mark
     * in the upper line.
     */
    static boolean titleCaseDeck(String first, String next, OutletTable outlets) {
        if (Prose.words(next) <= Prose.words(first) || Prose.wordsUpTo(first, 3) < 3 || first.endsWith(":")
                || sentenceCase(first) || sentenceCase(next) || Prose.isUpperCase(first) || Prose.isUpperCase(next)
                || !noMenuMark(first) || !noMenuMark(next) || !SectionWords.verbAfterFirst(first)) {
            return false;
        }
        return !SectionWords.anyLabel(first) && outlets.mentionIn(first).isEmpty() && DateReader.read(first) == null;
    }

    /**
     * A deck in capitals under a headline in capitals ({@code PORT AUTHORITY APPROVES NEW CONTAINER TERMINAL} /
     * {@code BOARD CITES RISING TRADE WITH EAST AFRICA}), as raw wire copy and print pages set both: the
     * deck, the last headline-like line, was the title. A deck says more than its headline, so it has as
     * many words at least: a shorter line under a line in capitals is a headline under a masthead ({@code
     * THE COASTAL HERALD DAILY EDITION ONLINE}). A headline wrapped over the two lines (the upper ending on
     * {@code AMID}, {@code OF}) is no pair; {@link #wrappedHeadline} joins it, nor is an upper line with a
     * word of a section label ({@code WORLD NEWS AND FEATURES TODAY}). A deck in capitals under a headline in
     * sentence case ({@code Port strike ends after pay deal} / {@code DOCKERS ACCEPT 9 PERCENT RISE OVER TWO
     * YEARS}), as a paper's site keeps its print deck, is one too; a line in title case above one in capitals
     * is a masthead or a page line over the headline ({@code The Coastal Herald Weekend Edition}).
     */
    private static boolean capitalDeck(String first, String next) {
        return Prose.isUpperCase(next) && (Prose.isUpperCase(first) ? !SectionWords.endsOnWrap(first) : sentenceCase(first))
                && !SectionWords.anyLabel(first) && Prose.words(next) >= Prose.words(first);
    }

    /**
     * Whether a line has none of the marks that part the items of a menu, a crumb or a section's name
     * ({@code Turkish / Persian / English}, {@code Society & Culture}).
     */
    private static boolean noMenuMark(String p) {
        for (int i = 0; i < p.length(); i++) {
            if ("/|»>·•&".indexOf(p.charAt(i)) >= 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether most words after the first open with a lower-case letter, as a deck's sentence does; a
     * headline in title case or in capitals ({@code Saffron Exports Rise 18% as New Markets Open}) is a
     * title under whatever line stands above it.
     */
    static boolean sentenceCase(String p) {
        int lower = 0;
        int other = 0;
        boolean first = true;
        for (int i = 0; i < p.length(); i++) {
            if (i == 0 || p.charAt(i - 1) == ' ') {
                int c = p.codePointAt(i);
                if (first) {
                    first = false;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                } else if (Character.isLetter(c)) {
                    other++;
                }
            }
        }
        return lower > other;
    }

    /**
     * When real prose (two sentences or more, or a long paragraph) stands above the chosen title, the
     * page is a digest of items rather than one story with a sidebar: the first headline-like line above
     * that prose, or -1 when there is no such prose.
     */
    static int firstTitleBeforeProse(List<String> paras, int titleAt) {
        if (titleAt <= 0) {
            return -1;
        }
        int firstTitle = -1;
        for (int i = 0; i < titleAt; i++) {
            String p = paras.get(i);
            if (firstTitle < 0 && (titleLike(p) || i == 0 && Prose.headlineLike(p))) {
                // (the first line may be a name of two words: a newsletter's "Morning Briefing" over its items)
                firstTitle = i;
            }
            if (firstTitle >= 0 && Prose.bodyLike(p) && (Prose.words(p) >= 30 || sentences(p) >= 2)) {
                return firstTitle;
            }
        }
        return -1;
    }

    private static int sentences(String p) {
        int n = 0;
        for (int i = 1; i < p.length(); i++) {
            char c = p.charAt(i - 1);
            if ((c == '.' || c == '!' || c == '?') && p.charAt(i) == ' ' && i + 1 < p.length()
                    && Character.isUpperCase(p.charAt(i + 1))) {
                n++;
            }
        }
        return n + (Prose.endsSentence(p) ? 1 : 0);
    }

    private static boolean deckAt(List<String> paras, int titleAt, int i, OutletTable outlets) {
        return titleAt >= 0 && i == titleAt + 1 && (isDeck(paras.get(titleAt), paras.get(i))
                || firstHeadline(paras, titleAt) && (shortDeck(paras.get(titleAt), paras.get(i), outlets)
                        || titleCaseDeck(paras.get(titleAt), paras.get(i), outlets)
                        || shortTitle(paras.get(titleAt), paras.get(i), outlets)));
    }

    /**
     * A deck under a title: longer than it and long or with a comma, or a clause of nearly its length
     * after a comma ({@code Первые устройства установят ... летом, рассказали разработчики}).
     */
    /**
     * Where a page's date, glued to the headline's last word as the two elements ran together, starts
     * ({@code Bangladesh to import 500,000 tonnes of rice07 Dec 2026, 14:20}): a lower-case letter, then a
     * digit that opens a date to the end of the line. -1 when the headline ends in no such date.
     */
    static int gluedStamp(String t) {
        for (int k = Math.max(1, t.length() - 40); k < t.length() - 5; k++) {
            if (Character.isDigit(t.charAt(k)) && Character.isLowerCase(t.charAt(k - 1))) {
                String tail = t.substring(k);
                return Timestamps.isTimestamp(tail) && DateReader.read(tail) != null ? k : -1;
            }
        }
        return -1;
    }

    private static boolean isDeck(String title, String next) {
        int tw = Prose.words(title);
        int nw = Prose.words(next);
        if (nw > tw) {
            return nw >= 12 || next.contains(", ");
        }
        return nw >= 6 && nw * 10 >= tw * 7 && next.contains(", ");
    }

    private static boolean titleLike(String p) {
        // a label ends in a full stop or a colon: most lines do not, and need no Matcher
        char last = p.isEmpty() ? 0 : p.charAt(p.length() - 1);
        if ((last == '.' || last == ':') && LABEL.matcher(p).matches()) {
            return false;
        }
        // a headline has 2 to 30 words, so three are counted at most, and two need no count
        return Prose.headlineLike(p) && (Prose.wordsUpTo(p, 3) >= 3 || Prose.isUpperCase(p));
    }

    /**
     * A dateline printed over two lines: the place and date alone ({@code Baku, Azerbaijan, Apr. 27}), then
     * the byline that closes with the agency ({@code By Umid Niayesh - Trend:}). Glued, the same head is one
     * byline-embedded dateline; apart, the first line alone reads as a headline and takes the title's place.
     * Read as one only when the two together make a dateline that reaches into the byline line, so the
     * agency the table knows is what ties them.
     */
    private static Optional<DatelineParser.Match> splitDateline(DatelineParser datelines, List<String> paras, int i) {
        if (i + 1 >= paras.size() || !Bylines.byLine(paras.get(i + 1)) || Prose.words(paras.get(i)) > 8) {
            return Optional.empty();
        }
        String first = paras.get(i);
        Optional<DatelineParser.Match> m = datelines.parse(first + " " + paras.get(i + 1));
        return m.filter(x -> x.byline() != null && x.dateline().agency() != null && x.end() > first.length() + 1);
    }
}
