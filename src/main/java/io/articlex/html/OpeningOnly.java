package io.articlex.html;

import io.articlex.pipeline.Draft;
import io.articlex.pipeline.Stage;

import java.util.ArrayList;
import java.util.List;

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

    @Override
    public Draft apply(Draft draft) {
        List<String> paras = draft.paragraphs();
        if (paras.isEmpty()) {
            return head.apply(draft);
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

    private Draft run(Draft draft, int n) {
        List<String> paras = draft.paragraphs();
        Draft out = head.apply(draft.withParagraphs(paras.subList(0, n)));
        List<String> all = new ArrayList<>(out.paragraphs());
        all.addAll(paras.subList(n, paras.size()));
        return out.withParagraphs(all);
    }
}
