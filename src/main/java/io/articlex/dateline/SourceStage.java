package io.articlex.dateline;

import io.articlex.model.Removed;
import io.articlex.model.Source;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;
import io.articlex.rules.OutletTable;
import io.articlex.rules.RuleSet;
import io.articlex.rules.Rules;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Names the outlet credited with the article, expanded through the {@link OutletTable}. In order of trust:
 * the dateline's agency; an outlet named in a stripped credit at the foot or head of the story (sign-off
 * {@code Reuter}, {@code Source: Xinhua}, byline {@code By Al-Ahed News}, an author box "... is a reporter
 * at the Kyiv Independent"); an outlet named in stripped page chrome (the masthead {@code TEHRAN TIMES ...},
 * {@code Yonhap News Agency}); the page's site name. Captions, related links and comment widgets are not
 * credits: a photo by another agency or a link to another outlet's story says nothing about this one.
 * Outlets merely mentioned in the body ("told Tasnim") are never used. With none of these, null.
 */
public final class SourceStage implements Stage {

    private static final Set<String> CREDITS = Set.of("sign-off", "repost", "byline", "copyright", "editorial");
    private static final Set<String> CHROME = Set.of("navigation", "header", "credit", "share", "metadata", "timestamp",
            "disclaimer");

    /** The rules in force, whose outlet table every stage on them shares. */
    private final RuleSet ruleSet;

    public SourceStage() {
        this(RuleSet.builtIn());
    }

    /** A stage on the given rules (null for the built-ins, loaded when first needed). */
    public SourceStage(Rules rules) {
        this(RuleSet.of(rules));
    }

    /** A stage on a rule set shared with the other stages. */
    public static SourceStage on(RuleSet ruleSet) {
        return new SourceStage(ruleSet);
    }

    private SourceStage(RuleSet ruleSet) {
        this.ruleSet = ruleSet;
    }

    @Override
    public Draft apply(Draft draft) {
        Draft d = credit(draft);
        return d.source() == null ? d : stripSelfCredits(d);
    }

    /**
     * ", Iran press reported." glued to a paragraph of an Iran Press story (wire-patterns.md, Iran Press
     * row) is the outlet crediting itself: boilerplate. The same words naming another outlet are body.
     */
    private Draft stripSelfCredits(Draft d) {
        List<String> paras = new java.util.ArrayList<>(d.paragraphs());
        List<Removed> removed = new java.util.ArrayList<>();
        OutletTable outlets = ruleSet.outlets();
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i);
            if (!endsNear(p, " reported.")) {
                continue; // the pattern ends with " reported." at the end: most paragraphs are refused without a scan
            }
            java.util.regex.Matcher m = SELF_CREDIT.matcher(p.length() > 300 ? p.substring(p.length() - 300) : p);
            if (m.find()) {
                Optional<OutletTable.Outlet> o = outlets.find(m.group("who"));
                if (o.isPresent() && o.get().name().equals(d.source().name())) {
                    int cut = p.length() - (m.end() - m.start());
                    removed.add(new Removed(p.substring(cut).strip(), "credit"));
                    paras.set(i, p.substring(0, cut).strip() + ".");
                }
            }
        }
        return removed.isEmpty() ? d : d.withParagraphs(paras).withRemoved(removed);
    }

    /**
     * The publication a news database's export names in its source field ({@code SN Lakeside Herald}, which
     * {@link FieldCodes} took out as a credit): the outlet credited, though the table does not know it. Null
     * when there is no such field.
     */
    static String sourceField(List<Removed> removed) {
        for (Removed r : removed) {
            if (r.reason().equals("credit") && r.text().startsWith("SN ") && r.text().length() > 3) {
                return r.text().substring(3).strip();
            }
        }
        return null;
    }

    static final java.util.regex.Pattern SELF_CREDIT = java.util.regex.Pattern.compile(
            ", (?:the )?(?<who>\\p{Lu}[\\p{L}.-]{1,30}(?: [\\p{L}.-]{1,30}){0,3}) reported\\.$");

    private Draft credit(Draft draft) {
        OutletTable outlets = ruleSet.outlets();
        String code = draft.dateline() == null ? null : draft.dateline().agency();
        if (code != null) {
            String written = code;
            Optional<OutletTable.Outlet> o = outlets.find(code);
            if (o.isEmpty()) {
                for (String part : DatelineParser.DASH_OR_SLASH.get().split(code)) {
                    o = outlets.find(part);
                    if (o.isPresent()) {
                        break;
                    }
                }
            }
            return draft.withSource(o.map(x -> new Source(x.name(), written)).orElse(new Source(written, written)));
        }
        Optional<OutletTable.Mention> m = mentioned(draft.removed(), CREDITS, outlets);
        if (m.isEmpty()) {
            m = mentioned(draft.removed(), CHROME, outlets);
        }
        if (m.isPresent()) {
            OutletTable.Outlet o = m.get().outlet();
            String written = m.get().written();
            boolean isCode = o.code() != null && o.code().toLowerCase(Locale.ROOT).equals(written.toLowerCase(Locale.ROOT));
            return draft.withSource(new Source(o.name(), isCode ? written : null));
        }
        String paper = paperOfCredit(draft.removed(), outlets);
        if (paper == null) {
            paper = sourceField(draft.removed());
        }
        if (paper != null) {
            return draft.withSource(new Source(paper, null));
        }
        Optional<OutletTable.Outlet> credited = creditInLead(draft.paragraphs(), outlets);
        if (credited.isPresent()) {
            return draft.withSource(new Source(credited.get().name(), credited.get().code()));
        }
        if (draft.meta().siteName() != null) {
            return draft.withSource(new Source(draft.meta().siteName(), null));
        }
        return draft;
    }

    /**
     * The paper an aggregator credits under the headline, its city in brackets ({@code The Citizen (Dar es
     * Salaam)}), when the table does not know it: the outlet's name as the text writes it. Null when no
     * credit line of that shape was removed.
     */
    static String paperOfCredit(List<Removed> removed, OutletTable outlets) {
        for (Removed r : removed) {
            if (r.reason().equals("credit") && HeadStage.outletAndCity(r.text(), outlets)) {
                return r.text().substring(0, r.text().indexOf(" (")).strip();
            }
        }
        return null;
    }

    /**
     * The outlet that credits itself at the end of the lead, the way reposts without a dateline do:
     * "..., APA reports.", "... a Ukrinform correspondent reports.", "... translated by IFP." Only a known
     * outlet counts, and only in the first paragraph: "as reported by Mehr" names someone else's story.
     */
    static Optional<OutletTable.Outlet> creditInLead(List<String> paragraphs, OutletTable outlets) {
        if (paragraphs.isEmpty()) {
            return Optional.empty();
        }
        String lead = paragraphs.get(0);
        if (!endsNear(lead, " report") && !lead.contains("translated by ") && !lead.contains(" reports with reference to ")
                && !lead.contains(" reports, citing ") && !lead.contains(" reports citing ")) {
            // LEAD_CREDIT ends in " report(s)." or the source Ukrinform names after it ("..., Ukrinform reports
            // with reference to the General Staff."), or follows "translated by "
            return Optional.empty();
        }
        java.util.regex.Matcher m = LEAD_CREDIT.matcher(lead.length() > 2000 ? lead.substring(lead.length() - 2000) : lead);
        if (m.find()) {
            String who = m.group("who") != null ? m.group("who") : m.group("who2");
            return outlets.find(who.strip());
        }
        return Optional.empty();
    }

    static final java.util.regex.Pattern LEAD_CREDIT = java.util.regex.Pattern.compile(
            "(?:(?:,|\\.) (?:an? |the )?(?<who>[\\p{Lu}][\\p{L}.-]{1,30}(?: [\\p{Lu}][\\p{L}.-]{1,30}){0,3})(?: correspondent)? reports?"
            + "(?:,? (?:with reference to|citing|referring to) [^.\\n]{1,100})?"
            + "|translated by (?:the )?(?<who2>[\\p{Lu}][\\p{L}.-]{1,30}(?: [\\p{Lu}][\\p{L}.-]{1,30}){0,3}))\\.$");

    /**
     * Whether {@code literal} starts within the last {@code literal.length() + 6} characters: where a
     * pattern that ends with the literal, at most a few characters ({@code s}, a full stop) and {@code $}
     * (which allows a final line break) must have it.
     */
    static boolean endsNear(String p, String literal) {
        return p.indexOf(literal, Math.max(0, p.length() - literal.length() - 6)) >= 0;
    }

    /**
     * Editors' initials run together with slashes, three groups or more in capitals ({@code RT/QCB/LN}, as
     * ANGOP closes a story): initials that spell a known code ({@code RT}) name no outlet.
     */
    static boolean initialsChain(String text) {
        int n = text.length();
        if (n < 8 || n > 19 || text.indexOf('/') < 0) {
            return false;
        }
        int groups = 1;
        int run = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '/') {
                if (run < 2 || run > 4) {
                    return false;
                }
                groups++;
                run = 0;
            } else if (c >= 'A' && c <= 'Z') {
                run++;
            } else {
                return false;
            }
        }
        return run >= 2 && run <= 4 && groups >= 3;
    }

    private static Optional<OutletTable.Mention> mentioned(List<Removed> removed, Set<String> reasons,
                                                           OutletTable outlets) {
        for (Removed r : removed) {
            if (reasons.contains(r.reason()) && !initialsChain(r.text())) {
                Optional<OutletTable.Mention> m = outlets.mentionIn(r.text());
                if (m.isPresent()) {
                    return m;
                }
            }
        }
        return Optional.empty();
    }
}
