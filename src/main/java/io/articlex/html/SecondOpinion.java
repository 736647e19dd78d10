package io.articlex.html;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chooses between the picker's result and the {@link ParagraphScores} candidate by comparing what
 * each keeps, the way trafilatura weighs its own extraction against its fallbacks: the picker's
 * result stands unless the other is clearly better by what the page itself shows.
 *
 * <p>The scores' pick replaces the picker's when it takes in all of the picker's blocks and keeps much
 * more body text besides, with few links: the picker stopped at one box of the article (a nested
 * quotation or an inner wrapper holding most of the text, beside the article's own link lists that
 * cost its true wrapper too much), or kept only a sentence-like date line over a short post. An empty
 * picker's result is the extreme case. Two other tests were tried and left out because they changed
 * no page of the development sets: preferring the pick that covers the page's whole JSON-LD
 * {@code articleBody} (the picker already weighs that statement itself), and twice as much text
 * without taking the picker's in (trafilatura's rule against its fallbacks).
 *
 * <p>The reverse, a narrower scores' pick replacing a wider picker's one, is not done: on the
 * development pages a narrower pick dropped body paragraphs as often as it dropped furniture. Only a
 * small tail of the picker's result that the scores leave out is cut ({@link #trimTail}).
 */
final class SecondOpinion {

    /**
     * How much more body text the scores' pick must keep, when it takes in all of the picker's, to
     * replace it. Below about 1.1 the extra is a line or two of furniture beside the same body.
     */
    static final double MORE = 1.4;
    /** Share of link text above which the scores' pick is a link-heavy region, not an article. */
    static final double MAX_LINKS = 0.3;

    private SecondOpinion() {
    }

    /** True when the second candidate should replace the first. */
    static boolean prefer(List<Block> first, List<Block> second) {
        double w2 = weight(second);
        return w2 > 0 && links(second) <= MAX_LINKS && w2 > MORE * weight(first) && new HashSet<>(second).containsAll(first);
    }

    /**
     * Largest share of the picker's body text that a tail the scores leave out may hold to be cut.
     * Between 0.2 and 0.3 the tails cut on the development pages were boxes (a newsletter sign-up, a
     * disclaimer, an author's bio); at 0.1 a two-paragraph disclaimer under a short article stays.
     */
    static final double TAIL = 0.2;

    /**
     * Cuts the blocks the picker keeps after the scores' pick ends, when both start at the same block,
     * the scores' pick lies wholly inside the picker's, and the cut part is small. The picker's
     * container runs to its last block, so boxes that the page puts after the article inside the same
     * wrapper (a newsletter form, a disclaimer, an author's bio) come along when they read like prose;
     * the scores' sibling merge leaves out boxes that score far below the article. A large tail is
     * more likely the article's own second half, set in a box the scores did not merge.
     */
    static List<Block> trimTail(List<Block> first, List<Block> second) {
        if (second.isEmpty() || first.isEmpty() || first.get(0) != second.get(0)) {
            return first;
        }
        Map<Block, Integer> at = new IdentityHashMap<>();
        for (int i = 0; i < first.size(); i++) {
            at.put(first.get(i), i);
        }
        for (Block b : second) {
            if (!at.containsKey(b)) {
                return first;
            }
        }
        int end = at.get(second.get(second.size() - 1));
        List<Block> tail = first.subList(end + 1, first.size());
        if (tail.isEmpty() || weight(tail) > TAIL * weight(first)) {
            return first;
        }
        return first.subList(0, end + 1);
    }

    /** The body text the blocks hold, as the picker values it. */
    static double weight(List<Block> blocks) {
        double w = 0;
        for (Block b : blocks) {
            w += ContentPicker.value(b);
        }
        return w;
    }

    /** Share of the kept text that is link text. */
    static double links(List<Block> blocks) {
        long n = 0;
        long l = 0;
        for (Block b : blocks) {
            n += b.length();
            l += b.linkChars();
        }
        return n == 0 ? 0 : (double) l / n;
    }
}
