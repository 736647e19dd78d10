package io.articlex.boilerplate;

import io.articlex.dates.DateReader;
import io.articlex.limits.Deadline;
import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;
import io.articlex.rules.OutletTable;
import io.articlex.rules.RuleSet;
import io.articlex.rules.Rules;
import io.articlex.segment.Prose;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Strips wire-service and page boilerplate from the body, driven by the {@link Rules} data: whole
 * chrome lines (share prompts, comment widgets, bylines, timestamps, metadata, captions, copyright),
 * navigation crumbs glued to a paragraph start ({@code Iran PressIran News:} in the seed), related-link
 * lists after a marker ({@code Read More:}), a lead or title printed twice, and sign-offs at the end,
 * whole ({@code Reuter}) or glued to the last sentence ({@code (end) mt}, {@code  (ANI)},
 * {@code - Emirates News Agency, WAM –}). Every stripped span is recorded in {@code removed} with its reason.
 *
 * <p>The head of the page (everything above the title) is left to the head stage, which knows where the
 * story starts.
 */
public final class BoilerplateStage implements Stage {

    /** A crumb glued to a paragraph start: site name + section + colon, the site a known outlet. */
    static final Pattern GLUED_CRUMB = Pattern.compile(
            "^(?<site>\\p{Lu}[\\p{L}.]{0,20}(?: \\p{Lu}[\\p{L}.]{0,20}){0,3})/?(?<section>\\p{Lu}\\p{Ll}{1,20}(?: \\p{L}{1,20}){0,2}):\\s*");
    /** A sign-off after a dash at the very end: {@code - Emirates News Agency, WAM –}, {@code -- BERNAMA}. */
    static final Pattern DASH_SIGN_OFF = Pattern.compile(
            "\\s*[-–—]{1,2}\\s?(?<who>[\\p{L}][\\p{L}'’ .,-]{0,60}?)\\s?[-–—]{0,2}\\s*$");
    /** A credit in parentheses at the very end: {@code (ANI)}, {@code (KUNA)}. */
    static final Pattern PAREN_SIGN_OFF = Pattern.compile("\\s*\\((?<who>[^()\\n]{2,40})\\)\\s?\\.?\\s*$");

    private static final Pattern RULE_LINE = Pattern.compile("[_=*~-]{3,80}");
    /** The label a feed record opens with: {@link #RECORD} matches only a paragraph that starts with it. */
    private static final String RECORD_LABEL = "SOURCE: ";
    private static final Pattern RECORD = Pattern.compile(
            RECORD_LABEL + "[^\\n]{1,200}? TITLE: (?<title>[^\\n]{1,300}?) (?:AUTHOR|PUBLISHER|DATE): [^\\n]{0,300}? TEXT: (?<text>.+)");
    private static final Pattern BYLINE_NAME = Pattern.compile("(?i:by)\\s+(\\p{Lu}[\\p{L}'’-]{1,20}(?: \\p{Lu}[\\p{L}'’.-]{0,20}){1,3})");

    /** The rules in force; their compiled form is kept by the set, so every stage on it shares one. */
    private final RuleSet ruleSet;
    /** The paragraphs are a page's blocks, already cut from its furniture (see {@link #forPages()}). */
    private final boolean segmented;

    /** A stage on the built-in rules. */
    public BoilerplateStage() {
        this(RuleSet.builtIn(), false);
    }

    /** A stage on the given rules (null for the built-ins, loaded when first needed). */
    public BoilerplateStage(Rules rules) {
        this(RuleSet.of(rules), false);
    }

    /** A stage on a rule set shared with the other stages. */
    public static BoilerplateStage on(RuleSet ruleSet) {
        return new BoilerplateStage(ruleSet, false);
    }

    private BoilerplateStage(RuleSet ruleSet, boolean segmented) {
        this.ruleSet = ruleSet;
        this.segmented = segmented;
    }

    /**
     * This stage as a saved page's paragraphs need it. A page's blocks arrive already cut from the
     * page's furniture by its markup: the related-story boxes, link lists and teasers went with the
     * elements that held them. What is left after the last long paragraph of such a body is the
     * article's own end (a closing question to readers, a pointer to the maker's site, a list of tour
     * dates), which the rule for pasted text, a trailing run of headline-like lines without a marker
     * line above it, would take for a related list. That rule is off here; marked lists ("Read
     * more:") and every line, prefix and sign-off rule still apply.
     */
    public BoilerplateStage forPages() {
        return new BoilerplateStage(ruleSet, true);
    }

    /** Built on first use and kept by the rule set: user rules (--rules) must not be compiled again for every article. */
    private Compiled compiled() {
        return ruleSet.isBuiltIn() ? Compiled.BuiltIn.INSTANCE : ruleSet.compiled(Compiled.class, Compiled::new);
    }

    @Override
    public Draft apply(Draft draft) {
        Compiled c = compiled();
        List<String> kept = new ArrayList<>();
        List<String> related = new ArrayList<>(draft.related());
        List<Removed> removed = new ArrayList<>();
        boolean inRelated = false;
        boolean inTags = false;
        int prose = 0;
        int deck = -1;
        boolean credited = false; // the paragraph before was a picture's credit above the story
        List<String> items = expandRecords(draft.paragraphs(), removed);
        for (int at = 0; at < items.size(); at++) {
            String p = items.get(at);
            if (credited) {
                credited = false;
                // inside the story a short paragraph may follow a credit; a caption there has no full stop
                // and the story goes on under it
                if (PhotoCredits.caption(p) && (prose == 0 || !Prose.endsSentence(p) && at + 1 < items.size())) {
                    removed.add(new Removed(p, "caption")); // the picture's caption under its credit
                    continue;
                }
            }
            if (inTags) {
                // the tags under a label line, one per line: "Etiquetas" / "ARQUEOLOGÍA" / "ANDALUCÍA"
                if (Prose.wordsUpTo(p, 5) <= 4 && !Prose.endsSentence(p)) {
                    removed.add(new Removed(p, "tags"));
                    continue;
                }
                inTags = false;
            }
            if (inRelated) {
                if (Timestamps.isTimestamp(p)) {
                    removed.add(new Removed(p, "timestamp"));
                    continue;
                }
                if (Prose.headlineLike(p) && !Prose.bodyLike(p) && c.lineReason(p) == null) {
                    // a teaser glued to the link of the one before it ("Full StoryCourt jails ...") is listed without it
                    String item = stripPrefixes(p, c, new ArrayList<>(), null);
                    related.add(item);
                    removed.add(new Removed(p, "related-links"));
                    continue;
                }
                inRelated = false;
            }
            // one pass of the line rules' automaton, made here so that the prefix rules' required
            // characters are answered by it too (see Compiled.scanOf); null before it is built
            NeedleAutomaton.Scan found = c.scanOf(p);
            String unstripped = p;
            p = stripPrefixes(p, c, removed, found);
            if (p != unstripped) {
                found = null; // of the paragraph before its prefix went
            }
            // the story's count first: below its second sentence no line is asked whether it is a stamp
            if (prose <= 1 && Timestamps.isTimestamp(p) && (prose == 0 || DateReader.read(p) != null || Timestamps.relativeDay(p))
                    && !(prose == 0 && Timestamps.placedStamp(p) && !c.outlets.isKnown(p.substring(0, p.indexOf(','))))) {
                // above the story only: inside it a time line heads a live-blog entry ("6:05 p.m."); a
                // dated line may follow a headline that ends in a full stop ("Namur lance ... sur la Meuse.")
                removed.add(new Removed(p, "timestamp"));
                deck = deck >= 0 ? deck : deckAbove(kept, prose, c.outlets);
                continue;
            }
            if (prose == 0 && signedStamp(p, draft.meta().byline())) {
                removed.add(new Removed(p, "timestamp")); // its date dates the story, as a timestamp's does
                continue;
            }
            int by = prose == 0 ? stampThenByline(p, c) : -1;
            if (by > 0) {
                removed.add(new Removed(p.substring(0, by).strip(), "timestamp"));
                removed.add(new Removed(p.substring(by).strip(), "byline"));
                deck = deck >= 0 ? deck : deckAbove(kept, prose, c.outlets);
                continue;
            }
            String reason = c.lineReason(p, segmented, found);
            if (reason == null && agencyCredit(p, c.outlets)) {
                reason = "sign-off";
            }
            if (!kept.isEmpty() && (reason == null || reason.equals("caption")) && PhotoCredits.line(p, c.outlets)) {
                // a picture's credit ("Getty Images", "JEFF OVERS / BBC"); its caption follows
                reason = "caption";
                credited = true;
            }
            if (reason != null) {
                removed.add(new Removed(p, reason));
                if (reason.equals("byline") && deck < 0) {
                    deck = deckAbove(kept, prose, c.outlets);
                }
                inTags = reason.equals("tags");
                continue;
            }
            Matcher marker = c.marker(p, found);
            if (marker != null) {
                String rest = marker.group("mkrest") != null ? marker.group("mkrest").strip() : "";
                removed.add(new Removed(rest.isEmpty() ? p : p.substring(0, marker.start("mkrest")).strip(), "related-links"));
                if (!rest.isEmpty()) {
                    related.add(rest);
                    removed.add(new Removed(rest, "related-links"));
                }
                inRelated = true;
                continue;
            }
            // bareName first: a sentence fails it at its closing stop, before its words are counted
            if (bareName(p) && Prose.wordsUpTo(p, 5) <= 4 && c.outlets.isKnown(p)) {
                removed.add(new Removed(p, "credit")); // a stray "Sputnik" under the lead: a photo credit
                continue;
            }
            if (p.length() <= 60 && c.outlets.wireCredit(p)) {
                removed.add(new Removed(p, "credit")); // "Le Monde avec AFP" closing a repost
                continue;
            }
            if (!kept.isEmpty() && kept.get(kept.size() - 1).equals(p)) {
                removed.add(new Removed(p, "duplicate"));
                continue;
            }
            String half = gluedTwice(p);
            if (half != null) {
                removed.add(new Removed(half, "duplicate"));
                p = half;
            }
            kept.add(p);
            // only "none yet" and "one" matter above: past two, counting would test every paragraph's words
            if (prose < 2 && Prose.bodyLike(p)) {
                prose++;
            }
        }
        if (deck >= 0 && hasProseAfter(kept, deck)) {
            removed.add(new Removed(kept.remove(deck), "deck"));
        }
        dropBylineNames(kept, removed);
        if (!segmented) {
            cutBackMatter(kept, removed);
        }
        stripTail(kept, related, removed, c, !segmented);
        return draft.withParagraphs(kept).withRelated(related).withRemoved(removed);
    }

    /** A by-word, a name of two to four words, and the rest of a credit after a comma, dash, bar or slash. */
    private static final Pattern STAMPED_BYLINE = Pattern.compile("\\p{Lu}\\p{Ll}{1,5} \\p{Lu}[\\p{L}'’.-]{0,20}"
            + "(?: (?:(?:de|da|do|dos|van|von|der|den|del|la|le|di|du) )?\\p{Lu}[\\p{L}'’.-]{0,20}){1,3}"
            + "(?:\\s?[,|/]\\s?[^\\n.]{1,80}|\\s[-–—]\\s[^\\n.]{1,80})?");
    /** The by-words that may open a byline run on after a time stamp on one line. */
    private static final String[] BY_WORDS = {" Por ", " By ", " Von ", " Par ", " Door ", " Przez ", " Di "};
    private static final long[] BY_SECONDS = OutletTable.secondChars(BY_WORDS);

    /**
     * Where the byline starts in a line that is a time stamp and then a byline, as a page's header
     * flattened into one line writes them ({@code Publicado em 06/12/2024 - 10:32 Por Ana Souza -
     * Repórter da Agência Brasil - Brasília}), or -1. Both halves must pass their own tests.
     */
    static int stampThenByline(String p, Compiled c) {
        if (p.length() > 240 || !Timestamps.hasDigit(p)) {
            return -1;
        }
        int[] first = OutletTable.firstOfEach(p, BY_WORDS, BY_SECONDS);
        for (int k = 0; k < BY_WORDS.length; k++) {
            int at = first[k];
            if (at > 0 && STAMPED_BYLINE.matcher(p).region(at + 1, p.length()).matches() && Timestamps.isTimestamp(p.substring(0, at))) {
                return at + 1;
            }
        }
        return -1;
    }

    /**
     * Whether a short line opens and ends with a letter or digit, as a photo credit that is only an
     * outlet's name does ({@code Sputnik}), or is such a name in round brackets or between slashes, as an
     * agency signs off ({@code (PAP)}, {@code /العُمانية/}); an outlet's name closed by a full stop or in
     * square brackets ({@code The Telegraph.}, {@code [ The Guardian ]}) is a line of the story that names it.
     */
    static boolean bareName(String p) {
        // bare, in brackets, or between the slashes Gulf agencies close a story with ("/العُمانية/")
        String s = p.length() > 2 && (p.startsWith("(") && p.endsWith(")") || p.startsWith("/") && p.endsWith("/"))
                ? p.substring(1, p.length() - 1).strip() : p;
        return !s.isEmpty() && Character.isLetterOrDigit(s.codePointAt(0))
                && Character.isLetterOrDigit(s.codePointBefore(s.length()));
    }

    /**
     * A credit line of a known agency with the reporter's name: {@code PAP - Nauka w Polsce, Julia Nowicka},
     * {@code ANSA, Mario Rossi}; or the agency code before desk initials: {@code EFE mrb/ja},
     * {@code PTI ABC DEF}, {@code IANS abc/xyz}, {@code dpa xx yy} (an agency that writes its code in lower case);
     * or the code and the desk's credits after slashes ({@link #AGENCY_SLASHES}).
     */
    static boolean agencyCredit(String p, OutletTable outlets) {
        if (p.isEmpty() || p.length() > 80 || !Character.isLetter(p.codePointAt(0))) {
            return false; // both shapes open with a letter
        }
        Matcher m = p.indexOf(',') < 0 ? null : AGENCY_CREDIT.matcher(p);
        if (m != null && m.matches() && outlets.isKnown(m.group("code"))) {
            return true;
        }
        int slash = p.indexOf('/');
        m = slash >= 2 && slash <= 12 && p.indexOf(". ") < 0 ? AGENCY_SLASHES.matcher(p) : null;
        if (m != null && m.matches() && outlets.isKnown(m.group("code"))) {
            return true;
        }
        String q = withoutFilingTime(p);
        m = lettersSpacesSlashes(q) ? AGENCY_INITIALS.matcher(q) : null;
        if (m != null && m.matches() && outlets.isKnown(m.group("code"))) {
            String ini = m.group("ini").replaceAll("[ /]", "");
            return ini.equals(ini.toUpperCase(Locale.ROOT)) || ini.equals(ini.toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * The line without the filing time that closes a desk's initials ({@code UNI XC ML 1420}: three or four
     * digits after a space), so the initials are read as without it; the line itself otherwise.
     */
    static String withoutFilingTime(String p) {
        int n = p.length();
        int i = n;
        while (i > 0 && p.charAt(i - 1) >= '0' && p.charAt(i - 1) <= '9') {
            i--;
        }
        return n - i >= 3 && n - i <= 4 && i > 1 && p.charAt(i - 1) == ' ' ? p.substring(0, i - 1) : p;
    }

    /**
     * Whether the line holds only what {@link #AGENCY_INITIALS} can match: letters (and halves of
     * supplementary characters, which may be letters), digits inside a word (dpa's desk code {@code n1}),
     * spaces and slashes. Every short paragraph met that regex; a table row or a sentence fails this at
     * a number or its first stop.
     */
    static boolean lettersSpacesSlashes(String p) {
        for (int i = 0; i < p.length(); i++) {
            char c = p.charAt(i);
            if (c < 128) {
                int lower = c | 0x20;
                if (!(lower >= 'a' && lower <= 'z' || c == ' ' || c == '/' || c >= '0' && c <= '9' && i > 0 && p.charAt(i - 1) != ' ')) {
                    return false;
                }
            } else if (!Character.isLetter(c) && !Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static final Pattern AGENCY_CREDIT = Pattern.compile(
            "(?<code>\\p{Lu}[\\p{L}.-]{1,15})(?: - [\\p{L} ]{2,40})?,\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+){1,2}");
    /**
     * The agency's code, then the desk's credits after slashes: {@code WAM/Tariq Alfaham/Hatem Mohamed},
     * {@code BSS/GM/AK/1430 hrs}, {@code APP/ame/} (names, initials, a filing time, a closing slash), closing the
     * story on a line of its own.
     */
    private static final Pattern AGENCY_SLASHES = Pattern.compile(
            "(?<code>\\p{L}[\\p{L}-]{1,11})/[\\p{L}\\d][\\p{L}\\d .]{0,30}(?:/[\\p{L}\\d][\\p{L}\\d .]{0,30}){0,3}/?");
    private static final Pattern AGENCY_INITIALS = Pattern.compile(
            "(?<code>\\p{L}[\\p{L}]{1,9}) (?<ini>\\p{L}[\\p{L}\\d]{1,3}(?:[ /]{1,3}\\p{L}[\\p{L}\\d]{1,3}){0,4})/?");

    /**
     * True when a line, standing alone, is chrome by the built-in rules. The segmenter asks this before
     * joining a lower-case line to a short one in a block that is not wire-wrapped, so that
     * "To participate in the discussion" / "log in or register" (Sputnik) stay two lines.
     */
    public static boolean isChromeLine(String line) {
        return isChrome(Compiled.BuiltIn.INSTANCE, line);
    }

    /** {@link #isChromeLine} by this stage's rules: what a parser on user rules segments with. */
    public boolean isChrome(String line) {
        return isChrome(compiled(), line);
    }

    private static boolean isChrome(Compiled c, String line) {
        return c.lineReason(line) != null || c.marker(line) != null || Timestamps.isTimestamp(line);
    }

    /**
     * A feed record on one line, "SOURCE: ... DATE: ... TITLE: ... AUTHOR: ... TEXT: ..." (a St Petersburg
     * Times text feed, wire-patterns.md section 5): the labels are the only structure, so the title and the
     * text become paragraphs of their own and the other fields are reported as metadata.
     */
    private static List<String> expandRecords(List<String> paragraphs, List<Removed> removed) {
        List<String> out = new ArrayList<>(paragraphs.size());
        for (String p : paragraphs) {
            // the pattern opens with its literal label: any other paragraph is kept without a Matcher (three
            // arrays and the matcher itself for every paragraph, ~4% of what a short story allocated)
            Matcher m = p.length() < 200_000 && p.startsWith(RECORD_LABEL) ? RECORD.matcher(p) : null;
            if (m == null || !m.lookingAt()) {
                out.add(p);
                continue;
            }
            String head = p.substring(0, m.start("title")).strip();
            removed.add(new Removed(head, "metadata"));
            out.add(m.group("title").strip());
            String between = p.substring(m.end("title"), m.start("text")).strip();
            if (!between.isEmpty()) {
                removed.add(new Removed(between, "metadata"));
            }
            out.add(m.group("text").strip());
        }
        return out;
    }

    /**
     * @param found the line rules' automaton's pass over {@code p} (null when none was made): a required
     *     character whose class it did not meet is absent, which spares a search of the whole paragraph
     *     for the {@code _} or {@code /} of the few prefix rules that can start with anything
     */
    private static String stripPrefixes(String p, Compiled c, List<Removed> removed, NeedleAutomaton.Scan found) {
        long[] requiredClasses = found == null ? null : c.lineScan.prefixRequiredClasses;
        boolean again = true;
        for (int guard = 0; again && guard < 4; guard++) {
            again = false;
            for (int i = 0; i < c.prefixes.size(); i++) {
                Rules.Rule r = c.prefixes.get(i);
                String literal = c.prefixLiteral[i];
                if (literal != null && !p.regionMatches(true, 0, literal, 0, literal.length())
                        || !c.prefixCanStart(i, p)
                        || requiredClasses != null && !NeedleAutomaton.mayHold(found, requiredClasses[i])
                        || !Compiled.containsAll(p, c.prefixRequired[i])) {
                    continue; // see Compiled.prefixLiteral, Compiled.prefixFirst
                }
                if (c.prefixDeadStart(i, p)) {
                    continue;
                }
                Matcher m = r.pattern().matcher(Deadline.chars(p));
                if (m.lookingAt() && m.end() > 0 && m.end() < p.length()) {
                    removed.add(new Removed(p.substring(0, m.end()).strip(), r.reason()));
                    p = p.substring(m.end()).strip();
                    requiredClasses = null; // the pass was over the paragraph before the cut
                    again = true;
                    break;
                }
            }
            if (!again && mayOpenWithCrumb(p)) {
                Matcher m = GLUED_CRUMB.matcher(p);
                if (m.lookingAt() && m.end() < p.length() && c.outlets.isKnown(m.group("site"))
                        && !c.outlets.isKnown(m.group("site") + " " + m.group("section"))) {
                    removed.add(new Removed(p.substring(0, m.end()).strip(), "navigation"));
                    p = p.substring(m.end()).strip();
                    requiredClasses = null;
                    again = true;
                }
            }
        }
        return p;
    }

    /**
     * What {@link #GLUED_CRUMB} needs before its regex runs: a letter first, then only letters, full
     * stops, slashes and at most five spaces (the site's words are separated by three at most, the
     * section's by two) up to a colon, within the 151 code points its parts can span (a
     * surrogate lets it through). Every paragraph met that regex; ordinary prose fails this at its
     * first comma or digit without a Matcher.
     */
    static boolean mayOpenWithCrumb(String p) {
        if (p.isEmpty() || !crumbLetter(p.charAt(0))) {
            return false;
        }
        int spaces = 0;
        for (int i = 1, n = Math.min(p.length(), 2 * 151 + 1); i < n; i++) {
            char c = p.charAt(i);
            if (c == ':') {
                return true;
            }
            if (c == ' ') {
                // the site's words take at most three spaces, the section's two: a sentence of prose
                // is ruled out at its sixth word instead of at its first comma
                if (++spaces > 5) {
                    return false;
                }
            } else if (c != '.' && c != '/' && !crumbLetter(c)) {
                return false;
            }
        }
        return false;
    }

    /** {@code \p{L}}, or half of a supplementary character (which may be one). */
    private static boolean crumbLetter(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        }
        return Character.isLetter(c) || Character.isSurrogate(c);
    }

    /**
     * The standfirst of web copy: a headline, one or two sentences under it, and then the byline or the
     * date line, above the story ({@code Bundestag beschließt Reform} / {@code Die Koalition hat sich
     * geeinigt. Die Opposition kündigt eine Klage an.} / {@code Von Lisa Hartmann} / {@code 07.03.2024}).
     * Ending in a full stop, the sentences read as the lead; the credit under them says the story starts
     * below. The index of that paragraph in {@code kept} when the head is so (at most a crumb or kicker
     * line above the headline, and the sentences the only prose yet), else -1. A paragraph that opens with
     * an agency's dateline is the lead, whatever follows it ({@code Phnom Penh, December 6 (AKP) -- ...}
     * above {@code By Chea Vannak}): taken for a deck, the story lost its lead and its dateline.
     */
    static int deckAbove(List<String> kept, int prose, OutletTable outlets) {
        int n = kept.size();
        if (prose == 1 && n >= 3 && n <= 4 && personLine(kept.get(n - 1))) {
            n--; // the writer's name alone between the sentences and the stamp (De Tijd: deck / name / date)
        }
        if (prose != 1 || n < 2 || n > 3) {
            return -1;
        }
        String deck = kept.get(n - 1);
        String title = kept.get(n - 2);
        return Prose.bodyLike(deck) && Prose.wordsUpTo(deck, 46) <= 45 && Prose.headlineLike(title)
                && !Prose.bodyLike(title) && !agencyHead(deck, outlets) ? n - 1 : -1;
    }

    /**
     * Two to four capitalised words and nothing else, a particle ({@code van}, {@code de}) allowed between
     * them ({@code Marc Peeters}, {@code Jan van der Berg}): a writer's name on its own line under a deck.
     */
    static boolean personLine(String p) {
        if (p.length() > 50 || p.isEmpty()) {
            return false;
        }
        String[] w = p.split(" ");
        if (w.length < 2 || w.length > 5 || !Character.isUpperCase(w[0].charAt(0)) || !Character.isUpperCase(w[w.length - 1].charAt(0))) {
            return false;
        }
        int names = 0;
        for (String x : w) {
            if (x.isEmpty()) {
                return false;
            }
            if (Character.isUpperCase(x.charAt(0))) {
                names++;
            } else if (!PARTICLES.contains(x)) {
                return false;
            }
            for (int i = 1; i < x.length(); i++) {
                char ch = x.charAt(i);
                if (!Character.isLetter(ch) && ch != '-' && ch != '\'' && ch != '’') {
                    return false;
                }
            }
        }
        return names >= 2 && names <= 4;
    }

    private static final java.util.Set<String> PARTICLES = java.util.Set.of("van", "de", "der", "den", "von", "da", "do",
            "dos", "del", "di", "du", "la", "le", "ter", "ten");

    /**
     * Whether the paragraph opens with a wire dateline's mark: a known agency in round brackets within its
     * first 80 characters ({@code Taipei, Dec. 6 (CNA)}), or a double dash there ({@code SEOUL --}).
     */
    static boolean agencyHead(String p, OutletTable outlets) {
        int dash = p.indexOf(" -- ");
        if (dash > 0 && dash < 80) {
            return true;
        }
        int close = p.indexOf(')');
        int open = close < 0 || close > 80 ? -1 : p.lastIndexOf('(', close);
        return open > 0 && outlets.isKnown(p.substring(open + 1, close));
    }

    /** Whether prose follows paragraph {@code i}: without it, the sentences under the headline are the story. */
    private static boolean hasProseAfter(List<String> kept, int i) {
        for (int k = i + 1; k < kept.size(); k++) {
            if (Prose.bodyLike(kept.get(k))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A line that is only the name from a byline already stripped: the author box under the story
     * repeats it (syn-dev-15, "by Olena Marchuk March 6, 2024 ..." above, "Olena Marchuk" below).
     */
    private static void dropBylineNames(List<String> kept, List<Removed> removed) {
        List<String> names = new ArrayList<>();
        for (Removed r : removed) {
            // "Posted on March 12, 2024 by Jenny Hart | 14 Comments": a blog's date line names the author too
            boolean stamp = r.reason().equals("timestamp") && r.text().contains(" by ");
            if (r.reason().equals("byline") || stamp) {
                Matcher m = BYLINE_NAME.matcher(r.text());
                if (stamp ? m.find() : m.lookingAt()) {
                    // "by Olena Marchuk March 6, ...": the name may be any leading run of its capitalised words
                    String[] w = m.group(1).split(" ");
                    for (int k = 2; k <= w.length; k++) {
                        names.add(String.join(" ", java.util.Arrays.copyOf(w, k)));
                    }
                }
            }
        }
        if (names.isEmpty()) {
            return;
        }
        for (int i = kept.size() - 1; i >= 0; i--) {
            if (names.contains(kept.get(i))) {
                removed.add(new Removed(kept.remove(i), "byline"));
            }
        }
        int last = kept.size() - 1;
        if (last >= 2 && authorBio(kept.get(last), names)) {
            removed.add(new Removed(kept.remove(last), "byline"));
        }
    }

    /**
     * The author box under a story: its last paragraph opens with the full name of the byline above and
     * goes on in lower case, whatever it says of the writer ({@code Anna Berg covers transport for the Oslo
     * Post.}, {@code Dana White, a former harbour master, chairs the Coastal Trust.}). A story's own last
     * paragraph does not open with its author's name.
     */
    static boolean authorBio(String p, List<String> names) {
        if (Prose.wordsUpTo(p, 81) > 80) {
            return false;
        }
        for (String name : names) {
            if (p.length() > name.length() + 2 && p.startsWith(name) && name.indexOf(' ') > 0) {
                char sep = p.charAt(name.length());
                char next = p.charAt(name.length() + 1);
                if (sep == ',' || sep == ' ' && Character.isLowerCase(next)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The heading of a press release's back matter: the issuer's profile ({@code About Northfield Water
     * Board}), the notes and contacts for the press ({@code Notes to editors}, {@code Media Contact:}).
     */
    static final Pattern BACK_MATTER = Pattern.compile(
            "(?:[Aa]bout (?:the )?|ABOUT )\\p{Lu}[\\p{L}\\d&.,'’ -]{1,60}"
            + "|(?:À propos (?:de la |de l['’]|du |des |de |d['’])|Sobre (?:la |el |los |las |a |o |as |os )?|Acerca de(?: la| el)? "
            + "|Über (?:die |den |das )?|Informazioni su )\\p{L}[\\p{L}\\d&.,'’ -]{1,60}"
            + "|(?i:notes? (?:to|for) editors?|(?:media|press|investor) (?:contacts?|enquiries|inquiries)|for (?:more|further) information,? (?:please )?contact"
            + "|contacts?|pressekontakt|medienkontakt|kontakt|contact presse|contacts? presse|relations? presse|contacto(?: de prensa)?"
            + "|contacto para medios|contatto stampa|contatti stampa|ufficio stampa|perskontakt|kontakt dla mediów|contato(?: para imprensa)?)"
            + "(?:\\s?:.{0,80})?");
    /**
     * A heading of {@link #BACK_MATTER}, alone on its line or with the contact after a colon
     * ({@code Contact presse : Marie Dubois – 02 98 00 00 00}), never a sentence.
     */
    static boolean backMatterHeading(String p) {
        int colon = p.indexOf(':');
        String heading = colon < 0 ? p : p.substring(0, colon).strip();
        return !heading.isEmpty() && heading.length() <= 80 && !Prose.endsSentence(heading)
                && (colon < 0 || Prose.wordsUpTo(heading, 4) <= 3) && BACK_MATTER.matcher(p).matches();
    }

    /** Back matter may be this long; a longer run under such a heading is a section of the story. */
    private static final int MAX_BACK_MATTER = 12;

    /**
     * A press release ends with back matter under a heading of its own, after the story: the issuer's
     * profile, notes to editors, contact names, phone numbers and addresses (see {@link #BACK_MATTER}). The
     * heading and all below it go, once two prose paragraphs stand above it; the profile is prose and
     * the contacts are short lines, so no rule for a line alone would take them.
     */
    static void cutBackMatter(List<String> kept, List<Removed> removed) {
        int prose = 0;
        int counted = 0; // the paragraphs from the first whose prose is counted
        for (int i = Math.max(2, kept.size() - MAX_BACK_MATTER - 1); i < kept.size(); i++) {
            String p = kept.get(i);
            if (p.length() <= 120 && "NnAaMmPpIiFfCcÀSsÜKkUu".indexOf(p.charAt(0)) >= 0 && backMatterHeading(p)) {
                // the prose above is counted only under a heading: most stories have none, and their
                // paragraphs' words need not be read for it
                for (; counted < i && prose < 2; counted++) {
                    if (Prose.bodyLike(kept.get(counted))) {
                        prose++;
                    }
                }
                if (prose >= 2) {
                    for (String x : kept.subList(i, kept.size())) {
                        removed.add(new Removed(x, "back-matter"));
                    }
                    kept.subList(i, kept.size()).clear();
                    return;
                }
            }
        }
    }

    /** "XY…XY…" (a title glued to itself, syn-dev-05): the half, or null. */
    static String gluedTwice(String p) {
        int n = p.length();
        if (n < 20 || n > 600) {
            return null; // titles only
        }
        if (n % 2 == 0 && p.substring(0, n / 2).equals(p.substring(n / 2))) {
            return p.substring(0, n / 2);
        }
        if (n % 2 == 1 && p.charAt(n / 2) == ' ' && p.substring(0, n / 2).equals(p.substring(n / 2 + 1))) {
            return p.substring(0, n / 2);
        }
        return null;
    }

    /**
     * A line above the story that is the byline the page's metadata names, then a date: a post's meta
     * line ("Helen Marsh Nov 30, 2026", "Helen Marsh · Nov 30, 2026"), which blog and newsletter
     * templates set under the title inside the post's own box, where the picker keeps it. Only the
     * name the metadata gives is read as a name.
     */
    static boolean signedStamp(String p, String byline) {
        if (byline == null || byline.isEmpty() || p.length() <= byline.length() + 3 || !p.startsWith(byline)) {
            return false;
        }
        return Timestamps.isTimestamp(p.substring(byline.length()).strip());
    }

    /**
     * The end of the story: stray one-letter lines, sign-offs glued to the last sentence, and a trailing
     * run of headline-like lines after the last prose paragraph (a related list without a marker, as on
     * the TASS site, syn-dev-07).
     */
    private static void stripTail(List<String> kept, List<String> related, List<Removed> removed, Compiled c,
                                  boolean unmarkedRun) {
        for (int guard = 0; guard < 6 && !kept.isEmpty(); guard++) {
            int last = kept.size() - 1;
            String p = kept.get(last);
            if (p.length() <= 2 || RULE_LINE.matcher(p).matches()) {
                // a stray letter, or a rule line left at the end once the footer under it went (AP's "___"
                // above "Associated Press writer ... contributed"); inside a story it may separate sections
                removed.add(new Removed(p, "navigation"));
                kept.remove(last);
                continue;
            }
            if (Timestamps.isTimestamp(p)) {
                removed.add(new Removed(p, "timestamp"));
                kept.remove(last);
                continue;
            }
            if (lastWireCredit(p, c.outlets)) {
                removed.add(new Removed(p, "credit"));
                kept.remove(last);
                continue;
            }
            if (guard > 0 && p.length() <= 40 && p.charAt(0) == '(' && p.endsWith(")") && c.outlets.isKnown(p.substring(1, p.length() - 1))) {
                // the agency's code left when the editor codes glued to it went: "(AGI)Na1/Mav"
                removed.add(new Removed(p, "credit"));
                kept.remove(last);
                continue;
            }
            String stripped = stripSuffix(p, c, removed, unmarkedRun);
            if (stripped == null) {
                break;
            }
            if (stripped.isEmpty()) {
                kept.remove(last);
            } else {
                kept.set(last, stripped);
            }
        }
        if (!unmarkedRun) {
            return;
        }
        // a trailing run of headline-like lines after prose: looked for from the end, since the story
        // usually ends in prose and then no other paragraph need be read
        int lastProse = -1;
        int prose = 0;
        for (int i = kept.size() - 1; i >= 0 && prose < 3; i--) {
            if (Prose.bodyLike(kept.get(i)) && Prose.wordsUpTo(kept.get(i), 8) >= 8) {
                if (lastProse < 0 && kept.size() - 1 - i < 2) {
                    return; // fewer than two lines after the last prose paragraph
                }
                lastProse = Math.max(lastProse, i);
                prose++;
            }
        }
        int run = kept.size() - 1 - lastProse;
        if (lastProse >= 0 && prose >= 3 && run >= 2) {
            boolean all = true;
            for (int i = lastProse + 1; i < kept.size(); i++) {
                all &= relatedHeadline(kept.get(i));
            }
            if (all) {
                for (int i = lastProse + 1; i < kept.size(); i++) {
                    related.add(kept.get(i));
                    removed.add(new Removed(kept.get(i), "related-links"));
                }
                kept.subList(lastProse + 1, kept.size()).clear();
            }
        }
    }

    private static boolean relatedHeadline(String p) {
        if (!Prose.headlineLike(p) || Prose.wordsUpTo(p, 4) < 4 || !Character.isUpperCase(p.codePointAt(0))) {
            return false;
        }
        String[] words = p.split(" ");
        int numeric = 0;
        for (String w : words) {
            if (!w.isEmpty() && Character.isDigit(w.charAt(0))) {
                numeric++;
            }
        }
        return numeric * 10 < words.length * 3;
    }

    /**
     * The line a repost closes with, crediting the wire it drew on after a paper or writer the outlet table
     * need not know ({@code 20 Minutes avec AFP}, {@code V.A. avec AFP}, {@code Redaktion mit dpa}): at most
     * five words opening with a capital or a figure, a credit join, and a known wire with nothing after it
     * (a sentence ends in a stop: {@code Sie sprach mit AFP.}). Kept as the body's last paragraph, and no source.
     */
    static boolean lastWireCredit(String p, OutletTable outlets) {
        if (p.length() > 60 || p.length() < 8 || Character.isLowerCase(p.codePointAt(0)) || !Character.isLetterOrDigit(p.codePointAt(0))
                || !Character.isLetter(p.charAt(p.length() - 1))) {
            return false;
        }
        int[] join = OutletTable.creditJoin(p);
        return join != null && Prose.wordsUpTo(p.substring(0, join[0]), 6) <= 5 && outlets.isKnown(p.substring(join[1]).strip());
    }

    /** The paragraph without one sign-off at its end; "" when it was all sign-off; null when none matched. */
    private static String stripSuffix(String p, Compiled c, List<Removed> removed, boolean text) {
        Needles.Text tailText = null; // the end of the paragraph folded, made for the first rule with needles
        for (int i = 0; i < c.suffixes.size(); i++) {
            Rules.Rule r = c.suffixes.get(i);
            String literal = c.suffixLiteral[i];
            if (literal != null && !p.regionMatches(true, p.length() - literal.length(), literal, 0, literal.length())
                    || !Compiled.canEnd(c.suffixLast[i], p)) {
                continue; // cannot end the paragraph: spares a case-folding scan of the whole tail
            }
            Needles.Prepared needles = c.suffixNeedles[i];
            if (needles != null) {
                if (tailText == null) {
                    tailText = new Needles.Text(p.substring(Math.max(0, p.length() - c.suffixNeedleReach)));
                }
                if (!tailText.containsAny(needles)) {
                    continue; // no phrase every match holds lies within the rule's reach of the end
                }
            }
            int at = literal != null && c.suffixPlain[i] ? literalSuffixStart(p, literal, r.pattern()) : -2;
            if (at == -2) {
                Matcher m = tail(r.pattern().matcher(Deadline.chars(p)), p, c.suffixMax[i]);
                at = -1;
                while (m.find()) {
                    if (m.end() == p.length()) {
                        at = m.start();
                        break;
                    }
                }
            }
            if (at >= 0) {
                removed.add(new Removed(p.substring(at).strip(), r.reason()));
                return p.substring(0, at).strip();
            }
        }
        Matcher m = mayEndInParens(p) ? tail(PAREN_SIGN_OFF.matcher(p), p, SIGN_OFF_REACH) : null;
        if (m != null && m.find() && agencyWithDesks(m.group("who"), c.outlets) && m.start() > 0) {
            removed.add(new Removed(p.substring(m.start()).strip(), "sign-off"));
            return p.substring(0, m.start()).strip();
        }
        int from = dashSignOffFrom(p);
        m = from < 0 ? null : DASH_SIGN_OFF.matcher(p).region(from, p.length()).useAnchoringBounds(false);
        if (m != null && m.find() && m.start() > 0 && namesOutletsOnly(m.group("who"), c.outlets)) {
            removed.add(new Removed(p.substring(m.start()).strip(), "sign-off"));
            return p.substring(0, m.start()).strip();
        }
        int credit = gluedAgencyCredit(p, c.outlets, text);
        if (credit > 0) {
            removed.add(new Removed(p.substring(credit), "sign-off"));
            return p.substring(0, credit).strip();
        }
        return null;
    }

    /**
     * Where an outlet's sign-off rule {@code \s*\Q...\E} matches at the end of a paragraph that ends
     * with its literal ({@code ... the ministry said. Reuter}): the white space before the literal, walked
     * back within the reach a search would have. {@code find()} from the start of that reach gave the
     * same place, after trying the pattern at every position of the last paragraph (wire copy ends
     * most stories with such a word). The one attempt made here confirms the case folding the check of
     * the literal only approximates; -2 when it fails, and the caller searches as before.
     */
    static int literalSuffixStart(String p, String literal, Pattern pattern) {
        int floor = Math.max(0, p.length() - SIGN_OFF_REACH);
        int at = p.length() - literal.length();
        for (int k = 1; k < literal.length() && at - k >= floor; k++) {
            if (p.regionMatches(true, at - k, literal, 0, literal.length())) {
                return -2; // "ReuteReuter", "NNNN": a search's earlier match may end inside the last one
            }
        }
        while (at > floor && Prose.isRegexSpace(p.charAt(at - 1))) {
            at--;
        }
        return at >= floor && pattern.matcher(p).region(at, p.length()).matches() ? at : -2;
    }

    /**
     * Where an agency's credit line starts when it is glued after the last sentence ({@code ... he added.
     * PTI ABC DEF}, {@code ... la ministra. EFE abc/def}): wire copy wrapped without blank lines runs its
     * last line into the paragraph above it. Only the shapes of {@link #agencyCredit} with a known agency,
     * after a full stop, and no sentence of its own (it has no full stop); -1 otherwise.
     */
    static int gluedAgencyCredit(String p, OutletTable outlets) {
        return gluedAgencyCredit(p, outlets, false);
    }

    /**
     * {@link #gluedAgencyCredit(String, OutletTable)}, and with {@code codeAlone} (text, not a page's block:
     * a page's body keeps the code, as its publisher's own text does) a known agency's code alone.
     */
    static int gluedAgencyCredit(String p, OutletTable outlets, boolean codeAlone) {
        int n = p.length();
        int dot = p.lastIndexOf(". ", n - 1);
        if (dot < 0 || n - dot > 60 || !Character.isUpperCase(p.charAt(n - 1)) && !Character.isLowerCase(p.charAt(n - 1))) {
            return -1; // the credit ends in a letter of its initials
        }
        String tail = p.substring(dot + 2);
        // or the agency's code alone, as Czech and Slovak wires close a story: "... v roce 2028. ČTK"
        boolean code = codeAlone && tail.length() <= 12 && tail.indexOf(' ') < 0 && outlets.find(tail).map(o -> tail.equals(o.code())).orElse(false);
        return code || agencyCredit(tail, outlets) ? dot + 2 : -1;
    }

    /**
     * Whether a bracketed sign-off names a known agency, alone ({@code (dpa)}) or before the codes of its
     * regional desks or of another agency after slashes ({@code (dpa/lni)}, {@code (ATS/NXP)}, {@code
     * (AFP/dpa)}), as regional papers close the agency copy they repost: with the desk's code the credit
     * stayed in the last sentence and the story had no source.
     */
    static boolean agencyWithDesks(String who, OutletTable outlets) {
        int slash = who.indexOf('/');
        if (slash < 0) {
            return outlets.isKnown(who);
        }
        String[] parts = who.split("/", -1);
        if (!outlets.isKnown(parts[0].strip())) {
            return false;
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (!DESK_CODE.matcher(part).matches() && !outlets.isKnown(part)) {
                return false;
            }
        }
        return true;
    }

    /** A desk's code after an agency's: two to four letters ({@code lni}, {@code lby}, {@code NXP}). */
    private static final Pattern DESK_CODE = Pattern.compile("\\p{L}{2,4}");

    /**
     * Whether {@link #PAREN_SIGN_OFF} can match: its closing parenthesis is the paragraph's last one,
     * and only white space, full stops and a line end follow it. Spares a search of the whole last paragraph
     * (its leading {@code \s*} makes the rule's span unbounded, so {@link #tail} cannot narrow it).
     */
    static boolean mayEndInParens(String p) {
        int close = p.lastIndexOf(')');
        if (close < 0) {
            return false;
        }
        for (int i = close + 1; i < p.length(); i++) {
            if (p.charAt(i) != '.' && !spaceOrLineEnd(p.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** A {@code \s} character, or a line terminator before which {@code $} also matches. */
    private static boolean spaceOrLineEnd(char c) {
        return Prose.isRegexSpace(c) || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    /**
     * Where a {@link #DASH_SIGN_OFF} match can start, or -1 when there is none. From its first dash to the end
     * (before trailing white space or a final line end) the pattern takes only dashes, letters,
     * {@code ' ’ . ,} and {@code \s}, and its dashes, the name (at most 61 code points) and the space around
     * them lie within the last 140 characters; so a match starts at the first dash after the last other
     * character, or in the white space right before it, and nowhere before. Why: {@code find} tried the
     * pattern at every position of every paragraph with a dash near its end (" - " is the usual clause dash
     * of a wire story); most such paragraphs have a digit, a quote mark or a bracket after their last dash
     * and need no search, and the others one from that place only.
     */
    static int dashSignOffFrom(String p) {
        int end = p.length();
        while (end > 0 && spaceOrLineEnd(p.charAt(end - 1))) {
            end--;
        }
        int dash = -1;
        for (int i = end - 1; i >= Math.max(0, end - 140); i--) {
            char ch = p.charAt(i);
            if (ch == '-' || ch == '–' || ch == '—') {
                dash = i;
            } else if (ch < 128) {
                int lower = ch | 0x20;
                if (!(lower >= 'a' && lower <= 'z' || ch == ' ' || ch == '.' || ch == ',' || ch == '\''
                        || Prose.isRegexSpace(ch))) {
                    break;
                }
            } else if (!(Character.isLetter(ch) || Character.isSurrogate(ch) || ch == '’')) {
                break;
            }
        }
        if (dash < 0) {
            return -1;
        }
        int from = dash;
        while (from > 0 && Prose.isRegexSpace(p.charAt(from - 1))) {
            from--;
        }
        return from;
    }

    /** How far from the end a sign-off can start: the longest rule (a "Reporting by" credit) spans about 350 characters. */
    private static final int SIGN_OFF_REACH = 4096;

    /**
     * Limits a sign-off search to the paragraph's last {@link #SIGN_OFF_REACH} characters, or to the
     * longest span of the rule ({@link RegexFacts#maxLength()}) when that is shorter: a match that ends
     * the paragraph cannot start further back. Scanning a 50 MB one-line input from its start up to six
     * times per rule made this stage the slowest on long lines (robust/AdversarialBench), and the whole
     * last paragraph once per rule was a hot spot of a batch profile. Lookbehinds still see the text
     * before the window; {@code ^} still means the paragraph's start.
     */
    private static Matcher tail(Matcher m, String p, int ruleMax) {
        int reach = Math.min(SIGN_OFF_REACH, ruleMax);
        if (p.length() > reach) {
            m.region(p.length() - reach, p.length()).useTransparentBounds(true).useAnchoringBounds(false);
        }
        return m;
    }

    private static boolean namesOutletsOnly(String who, OutletTable outlets) {
        String[] parts = who.split(",");
        for (String part : parts) {
            if (!outlets.isKnown(part.strip())) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** The rules compiled for matching; built once per rule set. */
    static final class Compiled {
        final List<Rules.Rule> lines;
        final List<Rules.Rule> prefixes;
        final List<Rules.Rule> suffixes;
        /**
         * Per suffix rule: the literal an outlet's sign-off rule ({@code \\s*\\Q...\\E}, ignoring case)
         * must end the paragraph with, else null. About twenty such rules each ran a case-folding
         * {@code find()} over the last paragraph (a top regex hot spot of a batch profile); a match can
         * only end the paragraph when its last characters equal the literal, which
         * {@code regionMatches(true, ...)} checks for free. That check accepts every pair the regex's
         * case folding accepts (upper- then lower-casing both sides), so it never skips a match.
         */
        final String[] suffixLiteral;
        /**
         * Per prefix rule: the literal an outlet's crumb rule ({@code \Q...\E\s*}, ignoring case) must
         * open the paragraph with, else null; checked with {@code regionMatches} before a Matcher is
         * made for it (a Matcher per crumb and paragraph was the top line of a batch profile).
         */
        final String[] prefixLiteral;
        /** The marker rules as whole-line patterns (see the constructor), each compiled when first tried. */
        final List<Rules.Rule> markers = new ArrayList<>();
        /**
         * Per line, prefix and marker rule: the paragraph openings its regex cannot start with
         * ({@link DeadStarts}), made when the rule first gets that far once the {@link LineScan} is built
         * (a batch: a one-file parse would learn little and pay for the learning).
         */
        private final DeadStarts[] lineDead;
        private final DeadStarts[] prefixDead;
        private final DeadStarts[] markerDead;
        final OutletTable outlets;
        /** Per line rule: the only paragraph length it can match when it is a quoted literal, else -1. */
        private final int[] lineLength;
        /**
         * Per line rule: what every match looks like ({@link RegexFacts}): its longest and shortest span, the
         * characters it can start and end with and, for a rule that can start with anything, the text or
         * the characters it must contain. A paragraph is tried against a rule only when it passes these
         * checks, so a body paragraph meets a Matcher or two instead of ~100 rules: a 300-character
         * paragraph is longer than most rules can span, most others open with a literal word, and the
         * caption rules ({@code [^\n]{0,400}... AP Photo}) need the paragraph to end as they do. The
         * rules are still tried in their order, so which rule wins is unchanged. (An alternation of all
         * the rules, tried first as a filter, was the top hot spot of a batch profile: 35% of the text
         * pipeline, ~10 microseconds a paragraph.)
         */
        private final int[] lineMax;
        private final int[] lineMin;
        private final String[] lineFirst;
        private final String[] lineLast;
        /** {@link #lineLast} as a mask of its ASCII characters (two longs; null: any character). */
        private final long[][] lineLastAscii;
        private final RegexFacts.Run[] lineRun;
        /** Per line rule: the pair hashes of {@link #lineRun}'s text folded ({@link Needles.Text#pairs}). */
        private final int[][] lineRunPairs;
        /**
         * Per line rule: {@link #lineRun}'s text folded, when it is matched ignoring case and holds no
         * surrogate; null otherwise. The folded paragraph holds it whenever {@link RegexFacts#containsRun}
         * finds it (characters equal ignoring case fold alike), so a search of the folded text, made
         * once per paragraph, stands in for one indexOf per form of its anchor character.
         */
        private final String[] lineRunFolded;
        private final RegexFacts.Run[] linePrefix;
        private final char[][] lineRequired;
        /**
         * Per line rule: whether it is for text only, not for a page's blocks. In pasted text a
         * paragraph is whatever the segmenter glued together, so rules let their key phrase sit after
         * a long run of anything ({@code [^\n]{0,400}... AP Photo}, {@code ...all rights reserved...})
         * or take a bare number for a stray counter. A page's markup has already cut its blocks and
         * dropped its captions and footers with their elements: such a rule there deletes a paragraph
         * that merely ends with a credit, or a table cell or year standing alone.
         */
        private final boolean[] textOnly;
        /**
         * The line rules a paragraph can match, by its first character: entry c (below 128) lists the
         * rules that can start with c or with anything, entry 128 those for any other first character,
         * in rule order. A paragraph then visits ~15 rules instead of ~190, which matters for files
         * of very many short lines (the segmenter asks about every line: "word\n" x 800,000 in
         * robust/AdversarialBench).
         */
        private final java.util.concurrent.atomic.AtomicReferenceArray<int[]> lineRulesByFirst =
                new java.util.concurrent.atomic.AtomicReferenceArray<>(129); // each entry made when first asked
        private final int[] allLineRules;
        /** Per line rule: its {@link Needles} ({@link Needles.Prepared#NONE}: none), each made on first use ({@link #lineNeedles}). */
        private final java.util.concurrent.atomic.AtomicReferenceArray<Needles.Prepared> lineNeedles;
        /** Per prefix rule: the characters it can start with (null: any) and those it must contain. */
        private final String[] prefixFirst;
        /**
         * {@link #prefixFirst}'s ASCII characters as a mask (two longs; null: any character). Every paragraph
         * is asked of every prefix rule, and a rule that opens with a class ({@code [A-Za-z]?\d{5,40}...}) has
         * 62 first characters, which {@code indexOf} read through for each paragraph that opens otherwise.
         */
        private final long[][] prefixFirstAscii;
        private final char[][] prefixRequired;
        /** Per suffix rule: its longest span, so how far from the end a match can start; the characters it can end with. */
        private final int[] suffixMax;
        private final String[] suffixLast;
        /**
         * Per suffix rule: whether its literal ({@link #suffixLiteral}) is found by {@link #literalSuffixStart}
         * instead of a search: it neither opens nor ends with white space, so the white space before it
         * is the pattern's {@code \s*}.
         */
        final boolean[] suffixPlain;
        /**
         * Per suffix rule that is no literal and whose last character is not known: its {@link Needles}
         * (null: none). A rule written as a list of
         * phrases ({@code ... (?:RIPRODUZIONE RISERVATA|© ?\p{Lu}|Copyright \d{4}|...)[^\n]{0,100}}) can end
         * with anything, so its last character rules out no paragraph, and its search of the paragraph's end
         * cost more than every other suffix rule together; a tail without one of the phrases cannot match.
         */
        final Needles.Prepared[] suffixNeedles;
        /** How much of a paragraph's end the rules with needles can reach (at most the search's reach). */
        final int suffixNeedleReach;
        /** Per marker: the characters it can start with (null: any). */
        private final List<String> markerFirst = new ArrayList<>();
        /** Per marker: the rule as written, whose {@link Needles} every match of the marker holds. */
        private final List<Rules.Rule> markerSources = new ArrayList<>();
        /**
         * Per marker: the longest paragraph it can match without a colon ({@link RegexFacts#UNBOUNDED}:
         * any). Past the marker's own longest span, its wrapping allows five characters ({@code \s?},
         * up to three of {@code [:.…>»-]}, {@code \s?}); the headline after it only behind a colon.
         */
        private final List<Integer> markerMaxWithoutColon = new ArrayList<>();
        /**
         * The largest bounded {@link #markerMaxWithoutColon}: {@link #marker} asks only whether a colon stands
         * before a marker's bound, so it looks for one no further than this (a 300-char line was searched to
         * its end for a colon a marker's headline needs within its first ~40 chars).
         */
        private final int colonReach;

        /** Where the rules' pre-checks and needles come from. */
        private final FactSource index;

        /** The rules with the pre-checks of the built-in {@link RuleIndex}. */
        Compiled(Rules rules) {
            this(rules, RuleIndex.builtIn(), null);
        }

        /** The set's rules and outlet table, with the pre-checks of the built-in {@link RuleIndex}. */
        Compiled(RuleSet set) {
            this(set.rules(), RuleIndex.builtIn(), set.outlets());
        }

        /** The rules with the pre-checks {@code index} gives for each pattern. */
        Compiled(Rules rules, FactSource index) {
            this(rules, index, null);
        }

        /** ... and the outlet table {@code outlets} (null: the one of {@code rules}). */
        private Compiled(Rules rules, FactSource index, OutletTable outlets) {
            this.index = index;
            lines = rules.rules(Rules.Kind.LINE);
            lineDead = new DeadStarts[lines.size()];
            lineLength = new int[lines.size()];
            lineMax = new int[lines.size()];
            lineMin = new int[lines.size()];
            lineFirst = new String[lines.size()];
            lineLast = new String[lines.size()];
            lineRun = new RegexFacts.Run[lines.size()];
            lineRunPairs = new int[lines.size()][];
            lineRunFolded = new String[lines.size()];
            linePrefix = new RegexFacts.Run[lines.size()];
            lineRequired = new char[lines.size()][];
            for (int i = 0; i < lineLength.length; i++) {
                Rules.Rule r = lines.get(i);
                lineLength[i] = literalLength(r.regex(), r.flags());
                if (lineLength[i] >= 0) {
                    // a quoted literal: its length decides, and only its first character is needed to list
                    // it (reading all ~190 rules' sources at start-up cost ~5 ms of a one-file parse)
                    lineFirst[i] = lineLength[i] == 0 ? null : RegexFacts.firstOfLiteral(r.regex().charAt(2), (r.flags() & Pattern.CASE_INSENSITIVE) != 0);
                    continue;
                }
                RegexFacts facts = index.facts(r.regex(), r.flags());
                lineMax[i] = facts.maxLength();
                lineMin[i] = facts.minLength();
                // the classes' characters rule paragraphs out; the run and the required characters are
                // still asked of a rule that can start with anything but a class's characters
                lineFirst[i] = facts.firstWithClasses();
                lineLast[i] = facts.lastWithClasses();
                lineRun[i] = facts.first() == null ? facts.run() : null;
                lineRunPairs[i] = lineRun[i] == null ? null : Needles.Text.pairs(Needles.fold(lineRun[i].text()));
                lineRunFolded[i] = lineRun[i] == null || !lineRun[i].caseless() || hasSurrogate(lineRun[i].text()) ? null
                        : Needles.fold(lineRun[i].text());
                linePrefix[i] = facts.prefix();
                lineRequired[i] = facts.first() == null && lineRun[i] == null ? facts.requiredArray() : null;
            }
            lineLastAscii = new long[lines.size()][];
            for (int i = 0; i < lineLastAscii.length; i++) {
                if (lineLength[i] < 0) {
                    lineLastAscii[i] = asciiMask(lineLast[i]);
                }
            }
            textOnly = new boolean[lines.size()];
            for (int i = 0; i < textOnly.length; i++) {
                textOnly[i] = textOnly(lines.get(i).regex());
            }
            allLineRules = new int[lines.size()];
            lineNeedles = new java.util.concurrent.atomic.AtomicReferenceArray<>(lines.size());
            for (int i = 0; i < allLineRules.length; i++) {
                allLineRules[i] = i;
            }

            prefixes = rules.rules(Rules.Kind.PREFIX);
            prefixDead = new DeadStarts[prefixes.size()];
            suffixes = rules.rules(Rules.Kind.SUFFIX);
            prefixLiteral = new String[prefixes.size()];
            prefixFirst = new String[prefixes.size()];
            prefixFirstAscii = new long[prefixes.size()][];
            prefixRequired = new char[prefixes.size()][];
            for (int i = 0; i < prefixLiteral.length; i++) {
                Rules.Rule r = prefixes.get(i);
                String re = r.regex();
                prefixLiteral[i] = re.endsWith("\\E\\s*") ? quotedLiteral(re.substring(0, re.length() - 3), r.flags()) : null;
                RegexFacts facts = index.facts(re, r.flags());
                prefixFirst[i] = facts.firstWithClasses();
                prefixFirstAscii[i] = asciiMask(prefixFirst[i]);
                prefixRequired[i] = facts.requiredArray();
            }
            suffixLiteral = new String[suffixes.size()];
            suffixPlain = new boolean[suffixes.size()];
            suffixMax = new int[suffixes.size()];
            suffixLast = new String[suffixes.size()];
            suffixNeedles = new Needles.Prepared[suffixes.size()];
            int needleReach = 0;
            for (int i = 0; i < suffixLiteral.length; i++) {
                Rules.Rule r = suffixes.get(i);
                suffixLiteral[i] = suffixLiteral(r.regex(), r.flags());
                if (suffixLiteral[i] != null) {
                    suffixMax[i] = RegexFacts.UNBOUNDED; // the literal check decides; its \s* is unbounded
                    suffixPlain[i] = plainLiteral(suffixLiteral[i]);
                    continue;
                }
                RegexFacts facts = index.facts(r.regex(), r.flags());
                suffixMax[i] = facts.maxLength();
                suffixLast[i] = facts.minLength() > 0 ? facts.last() : null;
                String[] needles = suffixLast[i] != null ? null : index.needles(r.regex(), r.flags());
                if (needles != null && needles.length > 0) { // a rule that can end with anything
                    suffixNeedles[i] = new Needles.Prepared(needles);
                    needleReach = Math.max(needleReach, Math.min(SIGN_OFF_REACH, suffixMax[i]));
                }
            }
            suffixNeedleReach = needleReach;
            for (Rules.Rule r : rules.rules(Rules.Kind.MARKER)) {
                // the marker alone (with trailing punctuation), or the marker, a colon and one headline
                Rules.Rule marker = new Rules.Rule(r.reason(), Rules.Kind.MARKER, new StringBuilder("(?:").append(r.regex())
                        .append(")\\s?[:.…>»-]{0,3}\\s?(?:(?<=:\\s?)(?<mkrest>.+))?").toString(), r.flags());
                markers.add(marker);
                markerSources.add(r);
                markerFirst.add(index.facts(marker.regex(), marker.flags()).first());
                int max = index.facts(r.regex(), r.flags()).maxLength();
                markerMaxWithoutColon.add(max >= RegexFacts.UNBOUNDED - 5 ? RegexFacts.UNBOUNDED : max + 5);
            }
            int reach = 0;
            for (int max : markerMaxWithoutColon) {
                if (max < RegexFacts.UNBOUNDED) {
                    reach = Math.max(reach, max);
                }
            }
            this.colonReach = reach;
            this.markerDead = new DeadStarts[markers.size()];
            this.outlets = outlets != null ? outlets : rules == Rules.builtIn() ? OutletTable.builtIn() : OutletTable.of(rules);
        }

        /** A long open prefix ({@code [^\n]{0,N}}, N at least {@link #OPEN_PREFIX}) or a bare number ({@code \d{m,n}}). */
        static boolean textOnly(String regex) {
            // what each shape cannot do without, first: most of the ~190 rules have neither, and they
            // are all asked at start-up
            if (!regex.contains("[^\\n]{0,") && !regex.startsWith("\\d{")) {
                return false;
            }
            Matcher m = RuleShapes.OPEN_PREFIX_RULE.matcher(regex);
            return m.lookingAt() && Integer.parseInt(m.group(1)) >= OPEN_PREFIX || RuleShapes.BARE_NUMBER_RULE.matcher(regex).matches();
        }

        /** How many characters of anything before its key phrase make a rule's prefix long. */
        static final int OPEN_PREFIX = 40;

        /** The shapes of {@link #textOnly}, compiled when a rule may have one. */
        private static final class RuleShapes {
            static final Pattern OPEN_PREFIX_RULE = Pattern.compile("(?:\\(\\?[a-zA-Z]+\\))?\\[\\^\\\\n\\]\\{0,(\\d{1,4})\\}");
            static final Pattern BARE_NUMBER_RULE = Pattern.compile("\\\\d\\{\\d{1,2},\\d{1,2}\\}");
        }

        static final class BuiltIn {
            static final Compiled INSTANCE = new Compiled(Rules.builtIn());
        }

        String lineReason(String p) {
            return lineReason(p, false);
        }

        /**
         * The reason of the first line rule the whole paragraph matches, or null.
         *
         * @param segmented the paragraph is a block of a page: the rules in {@link #textOnly} are skipped
         */
        String lineReason(String p, boolean segmented) {
            int n = p.length();
            if (n > MAX_LINE) {
                return null;
            }
            LineScan scan = lineScan;
            if (scan == null) {
                scan = countTowardsScan();
            }
            if (scan != null) {
                return lineReason(p, segmented, scan, null);
            }
            int[] candidates = n == 0 ? allLineRules : rulesStartingWith(Math.min(p.charAt(0), 128));
            // an ASCII first character already chose the candidates (canStart holds for each); an ASCII
            // last one is looked up in a bit mask, not searched for in the rule's string of characters
            boolean asciiStart = n > 0 && p.charAt(0) < 128;
            char end = n == 0 ? 0 : p.charAt(n - 1);
            boolean asciiEnd = n > 0 && end < 128;
            Needles.Text folded = null;
            Needles.Prepared needles;
            for (int i : candidates) {
                if (segmented && textOnly[i]) {
                    continue;
                }
                if (lineLength[i] >= 0 ? lineLength[i] != n
                        : n > lineMax[i] || n < lineMin[i] || !asciiStart && !canStart(lineFirst[i], p)
                        || (asciiEnd ? (lineLastAscii[i] != null && (lineLastAscii[i][end >>> 6] & 1L << end) == 0)
                                : !canEnd(lineLast[i], p))
                        || linePrefix[i] != null && !RegexFacts.startsWithRun(p, linePrefix[i])) {
                    continue;
                }
                if (lineRun[i] != null || lineRequired[i] != null) {
                    // the pair bits first: indexOf is a plain loop in C1-compiled code
                    if (folded == null) {
                        folded = new Needles.Text(p);
                    }
                    if (lineRun[i] != null && !(folded.mayContain(lineRunPairs[i]) && (lineRunFolded[i] != null
                            ? folded.contains(lineRunFolded[i]) : RegexFacts.containsRun(p, lineRun[i])))
                            || lineRequired[i] != null && !(folded.mayContainAll(lineRequired[i]) && containsAll(p, lineRequired[i]))) {
                        continue;
                    }
                }
                if (!(needles = lineNeedles(i)).isEmpty()) {
                    if (folded == null) {
                        folded = new Needles.Text(p);
                    }
                    if (!folded.containsAny(needles)) {
                        continue;
                    }
                }
                String reason = reasonIfMatches(i, p);
                if (reason != null) {
                    return reason;
                }
            }
            return null;
        }

        /** The reason of line rule i when the whole paragraph matches it (a long byline is no byline); else null. */
        private String reasonIfMatches(int i, String p) {
            Rules.Rule r = lines.get(i);
            if (lineScan != null && DeadStarts.rulesOut(lineDead, i, r.pattern(), true, p)) {
                return null;
            }
            if (r.pattern().matcher(Deadline.chars(p)).matches()) {
                if (r.reason().equals("byline") && Prose.wordsUpTo(p, 17) > 16 && !p.toLowerCase(Locale.ROOT).contains(" is a")) {
                    return null;
                }
                return r.reason();
            }
            return null;
        }

        /** {@link DeadStarts#rulesOut(DeadStarts[], int, Pattern, boolean, String)} of prefix rule {@code i} at the start of {@code p}, once the scan is built. */
        boolean prefixDeadStart(int i, String p) {
            return lineScan != null && DeadStarts.rulesOut(prefixDead, i, prefixes.get(i).pattern(), false, p);
        }

        /**
         * The automaton's pass over a paragraph the stage is about to judge, or null before the
         * {@link LineScan} is built (or for a paragraph longer than any line rule): the stage makes it
         * before the prefix rules, whose required characters it answers, and hands it on to
         * {@link #lineReason(String, boolean, NeedleAutomaton.Scan)}, which would make it anyway for
         * nearly every paragraph.
         */
        NeedleAutomaton.Scan scanOf(String p) {
            LineScan scan = lineScan;
            return scan == null || p.length() > MAX_LINE ? null : scan.automaton.scan(p);
        }

        /** {@link #lineReason(String, boolean)} with the automaton's pass over {@code p} already made ({@link #scanOf}), or null. */
        String lineReason(String p, boolean segmented, NeedleAutomaton.Scan found) {
            LineScan scan = lineScan;
            if (found == null || scan == null || p.length() > MAX_LINE) {
                return lineReason(p, segmented);
            }
            return lineReason(p, segmented, scan, found);
        }

        /**
         * {@link #lineReason(String, boolean)} once the {@link LineScan} is built: the same rules tried
         * in the same order with the same tests, but the candidates come from bit sets, one bit per rule:
         * those that can start with the paragraph's first character, span its length and end with its
         * last character, ANDed a word of 64 rules at a time; once the automaton has run, also those
         * whose needles and run it met. Each rule left is tested as before (the sets only drop rules
         * those tests would drop). Why: a paragraph met ~38 candidates by its first character, each
         * tested in turn (length, last character, then the scan's bits), half of them surviving to the
         * scan's bits; that loop was a fifth of the stage in a batch of wire stories.
         */
        private String lineReason(String p, boolean segmented, LineScan scan, NeedleAutomaton.Scan scanned) {
            int n = p.length();
            boolean asciiStart = n > 0 && p.charAt(0) < 128;
            char end = n == 0 ? 0 : p.charAt(n - 1);
            boolean asciiEnd = n > 0 && end < 128;
            int words = scan.words;
            long[] firstSets = scan.byFirst;
            int firstRow = (n == 0 ? 129 : Math.min(p.charAt(0), 128)) * words;
            long[] lengthSets = scan.byLength;
            int lengthRow = n * words;
            long[] lastSets = scan.byLast;
            int lastRow = (asciiEnd ? end : 128) * words;
            NeedleAutomaton.Scan found = scanned;
            String foldedText = null;
            for (int w = 0; w < words; w++) {
                long bits = firstSets[firstRow + w] & lengthSets[lengthRow + w] & lastSets[lastRow + w];
                if (found != null) {
                    bits &= scan.met(found, w);
                }
                while (bits != 0) {
                    int i = (w << 6) + Long.numberOfTrailingZeros(bits);
                    bits &= bits - 1;
                    if (segmented && textOnly[i]) {
                        continue;
                    }
                    if (lineLength[i] < 0 && (!asciiStart && !canStart(lineFirst[i], p) || !asciiEnd && !canEnd(lineLast[i], p)
                            || linePrefix[i] != null && !RegexFacts.startsWithRun(p, linePrefix[i]))) {
                        continue;
                    }
                    // one pass of the automaton answers for every rule; a "maybe" is confirmed on the
                    // paragraph folded, a case-sensitive run on the paragraph itself
                    if (lineRun[i] != null || lineRequired[i] != null || scan.needleBit[i]) {
                        if (found == null) {
                            found = scan.automaton.scan(p);
                            bits &= scan.met(found, w);
                        }
                        if (lineRun[i] != null) {
                            if (scan.runBit[i]) {
                                int b = scan.runBase + i;
                                if (!found.has(b)) {
                                    continue;
                                }
                                if (lineRunFolded[i] != null && !scan.automaton.exact(b)) {
                                    if (foldedText == null) {
                                        foldedText = Needles.fold(p);
                                    }
                                    if (!foldedText.contains(lineRunFolded[i])) {
                                        continue;
                                    }
                                }
                            }
                            if ((lineRunFolded[i] == null || !scan.runBit[i]) && !RegexFacts.containsRun(p, lineRun[i])) {
                                continue;
                            }
                        } else if (lineRequired[i] != null
                                && !(NeedleAutomaton.mayHold(found, scan.requiredClasses[i]) && containsAll(p, lineRequired[i]))) {
                            continue;
                        }
                        if (scan.needleBit[i]) {
                            if (!found.has(i)) {
                                continue;
                            }
                            if (!scan.automaton.exact(i)) {
                                if (foldedText == null) {
                                    foldedText = Needles.fold(p);
                                }
                                if (!containsAny(foldedText, lineNeedles(i).texts)) {
                                    continue;
                                }
                            }
                        }
                    }
                    if (scan.shortNeedles[i]) {
                        if (foldedText == null) {
                            foldedText = Needles.fold(p);
                        }
                        if (!containsAny(foldedText, lineNeedles(i).texts)) {
                            continue;
                        }
                    }
                    String reason = reasonIfMatches(i, p);
                    if (reason != null) {
                        return reason;
                    }
                }
            }
            return null;
        }

        /**
         * Every line rule's needles and folded run in one {@link NeedleAutomaton}: bit i for rule i's
         * needles ({@code needleBit[i]}: it has some), bit {@link #runBase} + i for its run
         * ({@code runBit[i]}: its run is in the automaton, which a run holding a surrogate is not, as
         * {@link Needles.Text} does not fold those as the regex does); and the rules' cheap tests as
         * bit sets, {@link #words} longs a row, bit i for rule i.
         */
        static final class LineScan {
            final NeedleAutomaton automaton;
            final boolean[] needleBit;
            /** The rules with needles that are tested on the line itself, not in the automaton ({@link #SHORT_RULE}). */
            final boolean[] shortNeedles;
            final boolean[] runBit;
            /** Per rule with required characters: their classes ({@link NeedleAutomaton#classesOf}). */
            final long[] requiredClasses;
            /** Longs per set of rules. */
            final int words;
            /** The automaton's bit of rule i's run is runBase + i: the runs' words follow the needles'. */
            final int runBase;
            /**
             * Rows by first character: 0-127 the rules {@link #rulesStartingWith} lists for an ASCII one,
             * 128 those it lists for any other, 129 every rule (the empty paragraph).
             */
            final long[] byFirst;
            /** Rows by paragraph length, 0 to {@link #MAX_LINE}: the rules that can span exactly that many chars. */
            final long[] byLength;
            /** Rows by last character: 0-127 the rules that can end with that ASCII one, 128 every rule. */
            final long[] byLast;
            /** The rules with needles in the automaton, and those with a run in it. */
            final long[] needleSet;
            final long[] runSet;
            /** Per prefix rule: the classes of its required characters ({@link NeedleAutomaton#classesOf}), 0 when none. */
            final long[] prefixRequiredClasses;
            /** The automaton's bit of marker k is markerBase + k: the markers' words follow the runs'. */
            final int markerBase;
            /** Per marker: its folded needles, in the automaton under its bit; null when it has none (always tried). */
            final String[][] markerNeedles;

            LineScan(NeedleAutomaton automaton, boolean[] needleBit, boolean[] shortNeedles, boolean[] runBit, long[] requiredClasses,
                     int words, long[] byFirst, long[] byLength, long[] byLast, long[] prefixRequiredClasses, String[][] markerNeedles) {
                this.automaton = automaton;
                this.shortNeedles = shortNeedles;
                this.markerBase = 2 * (words << 6);
                this.markerNeedles = markerNeedles;
                this.prefixRequiredClasses = prefixRequiredClasses;
                this.needleBit = needleBit;
                this.runBit = runBit;
                this.requiredClasses = requiredClasses;
                this.words = words;
                this.runBase = words << 6;
                this.byFirst = byFirst;
                this.byLength = byLength;
                this.byLast = byLast;
                this.needleSet = new long[words];
                this.runSet = new long[words];
                for (int i = 0; i < needleBit.length; i++) {
                    if (needleBit[i]) {
                        needleSet[i >>> 6] |= 1L << i;
                    }
                    if (runBit[i]) {
                        runSet[i >>> 6] |= 1L << i;
                    }
                }
            }

            /**
             * Word w of the rules a scanned paragraph can still match by the automaton's answer: those
             * without needles in it or with a needle met, and without a run in it or with the run met
             * (a bit not set means the text is surely absent, exact or not).
             */
            long met(NeedleAutomaton.Scan found, int w) {
                long[] bits = found.bits;
                long needles = w < bits.length ? bits[w] : 0;
                long runs = words + w < bits.length ? bits[words + w] : 0;
                return (~needleSet[w] | needles) & (~runSet[w] | runs);
            }
        }

        /** The longest paragraph a line rule is tried on: chrome lines are short; body paragraphs skip the rules. */
        static final int MAX_LINE = 700;

        /**
         * A line rule that matches no line longer than this has its needles tested on the line itself
         * (folded once, a few chars), not put in the {@link LineScan}'s automaton. Why: such rules are
         * codes and labels ({@code (HD|BY|WC|...|IN|RE|AN)} of a database export's field lines,
         * {@code (id|code)\s?:\s?\d{0,12}}, {@code advertisement|sponsored|ad}) whose needles are two
         * or three letters that every sentence holds ("in", "an", "re", "co"): in the pass over every
         * paragraph up to {@link #MAX_LINE} chars they ended a match at about one char in seventeen (two
         * thirds of all the matches it found in wire stories), each a branch and an update of the found
         * bits, while the rule's length test had already ruled out every paragraph longer than a label.
         */
        static final int SHORT_RULE = 20;

        /**
         * How many paragraphs {@link #lineReason} answers with the rule-at-a-time needle tests before
         * it builds the {@link LineScan}: its build reads every rule's needles and fills a table of
         * states times characters (a few milliseconds in a JVM that has just started), which a one-file
         * parse of a few dozen paragraphs would not earn back; a batch asks about millions.
         */
        static final int SCAN_AFTER = 400;

        /** {@link #SCAN_AFTER}, or what a test sets (never: the rule-at-a-time tests only). */
        int scanAfter = SCAN_AFTER;
        volatile LineScan lineScan;
        /** Paragraphs asked about before {@link #lineScan} was built (a plain count: threads may lose a few). */
        private int asked;

        /** Counts one paragraph; past {@link #SCAN_AFTER}, builds the scan (once) and gives it. */
        private LineScan countTowardsScan() {
            if (++asked < scanAfter) {
                return null;
            }
            synchronized (this) {
                if (lineScan == null) {
                    lineScan = buildScan();
                }
                return lineScan;
            }
        }

        /** The {@link LineScan} of these rules. */
        LineScan buildScan() {
            int n = lines.size();
            int words = (n + 63) >>> 6;
            NeedleAutomaton.Builder b = new NeedleAutomaton.Builder();
            boolean[] needleBit = new boolean[n];
            boolean[] runBit = new boolean[n];
            char[][] required = new char[n][];
            boolean[] shortNeedles = new boolean[n];
            for (int i = 0; i < n; i++) {
                Needles.Prepared needles = lineNeedles(i);
                if ((lineLength[i] >= 0 ? lineLength[i] : lineMax[i]) <= SHORT_RULE) {
                    shortNeedles[i] = !needles.isEmpty(); // see SHORT_RULE
                } else {
                    for (String t : needles.texts) {
                        b.add(t, i);
                    }
                    needleBit[i] = !needles.isEmpty();
                }
                if (lineRun[i] != null && !lineRun[i].text().isEmpty() && !hasSurrogate(lineRun[i].text())) {
                    b.add(Needles.fold(lineRun[i].text()), (words << 6) + i);
                    runBit[i] = true;
                }
                if (lineRequired[i] != null) {
                    required[i] = new char[lineRequired[i].length];
                    for (int k = 0; k < required[i].length; k++) {
                        required[i][k] = Needles.fold(lineRequired[i][k]);
                        b.alphabet(required[i][k]);
                    }
                }
            }
            char[][] prefixFolded = new char[prefixRequired.length][];
            for (int i = 0; i < prefixFolded.length; i++) {
                if (prefixRequired[i] != null) {
                    prefixFolded[i] = new char[prefixRequired[i].length];
                    for (int k = 0; k < prefixFolded[i].length; k++) {
                        prefixFolded[i][k] = Needles.fold(prefixRequired[i][k]);
                        b.alphabet(prefixFolded[i][k]);
                    }
                }
            }
            String[][] markerNeedles = new String[markers.size()][];
            for (int k = 0; k < markerNeedles.length; k++) {
                Rules.Rule r = markerSources.get(k);
                String[] texts = index.needles(r.regex(), r.flags());
                if (texts != null && texts.length > 0) {
                    markerNeedles[k] = texts;
                    for (String t : texts) {
                        b.add(t, 2 * (words << 6) + k);
                    }
                }
            }
            NeedleAutomaton automaton = b.build();
            long[] prefixClasses = new long[prefixFolded.length];
            for (int i = 0; i < prefixClasses.length; i++) {
                prefixClasses[i] = prefixFolded[i] == null ? 0 : automaton.classesOf(prefixFolded[i]);
            }
            long[] requiredClasses = new long[n];
            for (int i = 0; i < n; i++) {
                requiredClasses[i] = required[i] == null ? 0 : automaton.classesOf(required[i]);
            }
            long[] byFirst = new long[130 * words];
            for (int c = 0; c <= 128; c++) {
                for (int i : rulesStartingWith(c)) {
                    byFirst[c * words + (i >>> 6)] |= 1L << i;
                }
            }
            long[] byLength = new long[(MAX_LINE + 1) * words];
            long[] byLast = new long[129 * words];
            for (int i = 0; i < n; i++) {
                byFirst[129 * words + (i >>> 6)] |= 1L << i;
                byLast[128 * words + (i >>> 6)] |= 1L << i;
                for (int len = 0; len <= MAX_LINE; len++) {
                    if (lineLength[i] >= 0 ? lineLength[i] == len : len <= lineMax[i] && len >= lineMin[i]) {
                        byLength[len * words + (i >>> 6)] |= 1L << i;
                    }
                }
                for (char c = 0; c < 128; c++) {
                    // a literal's last character is never tested (its length decides); others by their mask
                    if (lineLength[i] >= 0 || lineLastAscii[i] == null || (lineLastAscii[i][c >>> 6] & 1L << c) != 0) {
                        byLast[c * words + (i >>> 6)] |= 1L << i;
                    }
                }
            }
            return new LineScan(automaton, needleBit, shortNeedles, runBit, requiredClasses, words, byFirst, byLength, byLast,
                    prefixClasses, markerNeedles);
        }

        private static boolean containsAny(String folded, String[] needles) {
            for (String t : needles) {
                if (folded.contains(t)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The {@link Needles} of line rule i, read the first time a paragraph passes the checks above
         * (most rules never get that far in a run, and a one-file parse should not read them all); an
         * empty array when the rule has none.
         */
        private Needles.Prepared lineNeedles(int i) {
            Needles.Prepared needles = lineNeedles.get(i);
            if (needles == null) {
                // from the index or the source, not the compiled pattern: a rule whose needles the
                // paragraph lacks is never compiled
                Rules.Rule r = lines.get(i);
                String[] texts = index.needles(r.regex(), r.flags());
                needles = texts == null ? Needles.Prepared.NONE : new Needles.Prepared(texts);
                lineNeedles.set(i, needles);
            }
            return needles;
        }

        /** The entry of {@link #lineRulesByFirst} for c (128: any non-ASCII character), made on first use. */
        private int[] rulesStartingWith(int c) {
            int[] rules = lineRulesByFirst.get(c);
            if (rules == null) {
                int[] list = new int[lines.size()];
                int k = 0;
                for (int i = 0; i < lines.size(); i++) {
                    if (lineFirst[i] == null || c < 128 && lineFirst[i].indexOf(c) >= 0 || c == 128 && hasNonAscii(lineFirst[i])) {
                        list[k++] = i;
                    }
                }
                rules = java.util.Arrays.copyOf(list, k);
                lineRulesByFirst.set(c, rules);
            }
            return rules;
        }

        private static boolean hasSurrogate(String text) {
            for (int i = 0; i < text.length(); i++) {
                if (Character.isSurrogate(text.charAt(i))) {
                    return true;
                }
            }
            return false;
        }

        private static boolean hasNonAscii(String chars) {
            for (int i = 0; i < chars.length(); i++) {
                if (chars.charAt(i) >= 128) {
                    return true;
                }
            }
            return false;
        }

        /** {@link #canStart} for prefix rule i: false when the non-empty {@code text} cannot open its match. */
        boolean prefixCanStart(int i, String text) {
            long[] ascii = prefixFirstAscii[i];
            if (ascii == null || text.isEmpty()) {
                return true;
            }
            char c = text.charAt(0);
            return c < 128 ? (ascii[c >>> 6] & 1L << c) != 0 : prefixFirst[i].indexOf(c) >= 0;
        }

        /** The ASCII characters of {@code chars} as two longs; null when {@code chars} is (any character). */
        private static long[] asciiMask(String chars) {
            if (chars == null) {
                return null;
            }
            long[] mask = new long[2];
            for (int k = 0; k < chars.length(); k++) {
                char c = chars.charAt(k);
                if (c < 128) {
                    mask[c >>> 6] |= 1L << c;
                }
            }
            return mask;
        }

        /** False when a non-empty text cannot start a match, its first char not among {@code first}. */
        static boolean canStart(String first, String text) {
            return first == null || text.isEmpty() || first.indexOf(text.charAt(0)) >= 0;
        }

        /** False when a non-empty text cannot end a match, its last char not among {@code last}. */
        static boolean canEnd(String last, String text) {
            return last == null || text.isEmpty() || last.indexOf(text.charAt(text.length() - 1)) >= 0;
        }

        static boolean containsAll(String text, char[] required) {
            return required == null || RegexFacts.containsAll(text, required);
        }

        /**
         * The length a whole-line match of a {@code Pattern.quote}d literal must have, or -1 when the
         * pattern is anything else. Case-insensitive matching pairs characters one to one within the
         * Basic Multilingual Plane, so a literal of BMP characters only matches a paragraph of its own
         * length. Most line rules are such literals (outlet chrome and sign-offs, ~50 of ~140): the
         * check spares a Matcher per rule and paragraph, the top hot spot of a batch profile (24%).
         */
        static int literalLength(Pattern pattern) {
            return literalLength(pattern.pattern(), pattern.flags());
        }

        static int literalLength(String re, int flags) {
            if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0
                    || !re.startsWith("\\Q") || !re.endsWith("\\E") || re.length() < 4) {
                return -1;
            }
            String body = re.substring(2, re.length() - 2);
            if (body.contains("\\E")) {
                return -1;
            }
            for (int i = 0; i < body.length(); i++) {
                if (Character.isSurrogate(body.charAt(i))) {
                    return -1;
                }
            }
            return body.length();
        }

        /**
         * The literal of an outlet sign-off suffix rule, {@code \s*\Q...\E} compiled ignoring case
         * (see {@code Rules.literal}), or null for any other pattern. BMP characters only: case folding
         * then pairs characters one to one, so the literal's length is the match's.
         */
        static boolean plainLiteral(String literal) {
            if (literal.isEmpty() || Prose.isRegexSpace(literal.charAt(0))
                    || Prose.isRegexSpace(literal.charAt(literal.length() - 1))) {
                return false;
            }
            return true;
        }

        static String suffixLiteral(String re, int flags) {
            return re.startsWith("\\s*") ? quotedLiteral(re.substring(3), flags) : null;
        }

        /** The literal of a regex that is one {@code \Q...\E} of BMP characters, at most ignoring case; else null. */
        static String quotedLiteral(String quoted, int flags) {
            if ((flags & ~(Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)) != 0) {
                return null;
            }
            if (!quoted.startsWith("\\Q") || !quoted.endsWith("\\E") || quoted.length() < 5) {
                return null;
            }
            String body = quoted.substring(2, quoted.length() - 2);
            for (int i = 0; i < body.length(); i++) {
                if (Character.isSurrogate(body.charAt(i))) {
                    return null;
                }
            }
            return body.contains("\\E") ? null : body;
        }

        /** The index of the first colon of {@code p} before {@code reach}, or -1. */
        static int colonBefore(String p, int reach) {
            for (int i = 0, n = Math.min(p.length(), reach); i < n; i++) {
                if (p.charAt(i) == ':') {
                    return i;
                }
            }
            return -1;
        }

        Matcher marker(String p) {
            return marker(p, null);
        }

        /**
         * {@link #marker(String)}, with the automaton's pass over {@code p} ({@link #scanOf}) when it was
         * made (else null): a marker whose needles the pass did not meet is not tried. Why: a marker
         * opens with one of many phrases, which rules out little by the first character alone; a short
         * line that starts like one ("Shr 81 cts vs 57 cts", "Avg shrs ...": every row of an earnings
         * table) met a Matcher and a failed match per marker.
         */
        Matcher marker(String p, NeedleAutomaton.Scan found) {
            if (p.length() > 300) {
                return null;
            }
            LineScan scan = found == null ? null : lineScan;
            String folded = null;
            int colon = -2; // not looked for yet
            for (int i = 0; i < markers.size(); i++) {
                if (!canStart(markerFirst.get(i), p)) {
                    continue;
                }
                if (scan != null && scan.markerNeedles[i] != null) {
                    int b = scan.markerBase + i;
                    if (!found.has(b)) {
                        continue;
                    }
                    if (!scan.automaton.exact(b)) {
                        if (folded == null) {
                            folded = Needles.fold(p);
                        }
                        if (!containsAny(folded, scan.markerNeedles[i])) {
                            continue;
                        }
                    }
                }
                int max = markerMaxWithoutColon.get(i);
                if (p.length() > max) {
                    if (colon == -2) {
                        colon = colonBefore(p, colonReach); // a colon past every bound counts as none
                    }
                    if (colon < 0 || colon >= max) {
                        // longer than the marker and its punctuation, and no headline after a colon: the
                        // headline starts after the colon and at most five chars after the marker, so its
                        // colon stands before the marker's longest plus five ("The minister said: ..."
                        // starts like "take a look" but its colon comes too late)
                        continue;
                    }
                }
                if (lineScan != null && DeadStarts.rulesOut(markerDead, i, markers.get(i).pattern(), true, p)) {
                    continue;
                }
                Matcher x = markers.get(i).pattern().matcher(Deadline.chars(p));
                if (x.matches()) {
                    return x;
                }
            }
            return null;
        }
    }
}
