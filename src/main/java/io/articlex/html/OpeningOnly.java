package io.articlex.html;

import io.articlex.model.Removed;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The head stage as a saved page needs it. A page's paragraphs arrive already cut from the page's
 * furniture, with the title known from the metadata, so the head stage's search for where a pasted
 * text's story starts (which treats headline-like lines above the first prose as title and page head)
 * would only cut body text: an opening line without a full stop, a short first paragraph, a list at
 * the top of a how-to. On html-dev it removed the lede of 6 pages and cost 0.006 body F1. Here the head
 * stage sees only the opening of the body, where a dateline or a repeated title sits: the first
 * paragraph alone, or the first two when that finds a dateline standing on its own line
 * ("WASHINGTON (AP) —" in a paragraph of its own); the rest of the body is passed through.
 */
public record OpeningOnly(Stage head) implements Stage {

    /** A first paragraph this short may be a dateline standing alone. */
    private static final int SHORT = 80;

    /** A name of two to four capitalised words, with the particles of surnames between them. */
    private static final String NAME = "\\p{Lu}[\\p{L}\\p{M}'\u2019.-]{0,20}(?:\\s(?:(?:de|da|do|van|von|der|den|del|la|le|di|du|al|el|ten|ter)\\s)?"
            + "\\p{Lu}[\\p{L}\\p{M}'\u2019.-]{0,20}){1,3}";
    /**
     * A byline row: a by-word, one or two names, then nothing or a separator and the rest of the row
     * (a post, a date, an update's time): "By Sanne de Vries \u00b7 Dec. 1, 2026, 5:32 p.m. \u00b7 Updated
     * 7:05 p.m.", "Door Sanne de Vries \u00b7 1 dec. 2026, 17:32", "Von Jonas Weber | 01.12.2026". A sentence
     * that opens with "By" goes on with a lower-case word or a single capitalised one ("By Friday, ...").
     */
    private static final Pattern BYLINE_ROW = Pattern.compile("(?:(?:[Pp]osted|[Ww]ritten)\\s+)?(?:[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR"
            + "|[Dd]oor|DOOR|[Pp]rzez|PRZEZ|di)\\s+" + NAME + "(?:\\s(?:and|und|et|y|e|en|i)\\s" + NAME + ")?"
            + "(?:\\s?(?:,|\\s[|\u2022\u00b7\u2013\u2014-])\\s?\\S.{0,100})?");
    /** Longest first paragraph read as a byline row. */
    private static final int BYLINE_ROW_MAX = 140;

    @Override
    public Draft apply(Draft draft) {
        List<String> paras = draft.paragraphs();
        if (paras.isEmpty()) {
            return head.apply(draft);
        }
        if (paras.size() > 1 && paras.get(0).length() <= BYLINE_ROW_MAX && BYLINE_ROW.matcher(paras.get(0)).matches()) {
            draft = withoutBylineRow(draft);
            paras = draft.paragraphs();
        }
        Draft one = run(draft, 1);
        if (one.dateline() == null && paras.size() > 1 && paras.get(0).length() <= SHORT) {
            Draft two = run(draft, 2);
            if (two.dateline() != null) {
                return two;
            }
        }
        return one;
    }

    /**
     * The draft without its first paragraph, a byline row ({@link #BYLINE_ROW}), which names the byline
     * when the page's metadata gave none. A page whose byline row sits inside the article's container,
     * under a class the picker reads as the article's ({@code article-meta}, {@code story-byline}),
     * opens its body with it; the head stage, seeing the first paragraph alone, has no body start for
     * it to stand above, and one whose date has a time ("5:32 p.m.") ends as a sentence does.
     */
    private static Draft withoutBylineRow(Draft draft) {
        List<String> paras = draft.paragraphs();
        Draft out = draft.withParagraphs(paras.subList(1, paras.size())).withRemoved(List.of(new Removed(paras.get(0), "byline")));
        String names = draft.meta().byline() == null ? Bylines.clean(paras.get(0)) : null;
        return names == null ? out : out.withMeta(draft.meta().withByline(names));
    }

    private Draft run(Draft draft, int n) {
        List<String> paras = draft.paragraphs();
        Draft out = head.apply(draft.withParagraphs(paras.subList(0, n)));
        List<String> all = new ArrayList<>(out.paragraphs());
        all.addAll(paras.subList(n, paras.size()));
        return out.withParagraphs(all);
    }
}
