package io.articlex.html;

import java.util.HashSet;
import java.util.List;

/**
 * Chooses between the picker's result and the {@link ParagraphScores} candidate by comparing what
 * each keeps, the way trafilatura weighs its own extraction against its fallbacks: the picker's
 * result stands unless the other is clearly better by what the page itself shows.
 *
 * <ul>
 *   <li>The picker kept nothing that reads like body text (a short post whose only sentence-like line
 *   is its date line): the scores' pick, when it has body text.</li>
 *   <li>The page states its whole body (JSON-LD {@code articleBody}) and only one of the two covers it:
 *   that one.</li>
 *   <li>The scores' pick takes in all of the picker's and keeps much more body text besides, with few
 *   links: the picker stopped at one box of the article (a nested quotation or an inner wrapper
 *   holding most of the text, beside the article's own link lists that cost its true wrapper too
 *   much).</li>
 * </ul>
 *
 * <p>The reverse, a narrower scores' pick replacing a wider picker's one, is not done: on the
 * development pages a narrower pick dropped body paragraphs as often as it dropped furniture.
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
    static boolean prefer(List<Block> first, List<Block> second, BodyEvidence evidence) {
        if (second.isEmpty()) {
            return false;
        }
        double w1 = weight(first);
        double w2 = weight(second);
        if (w1 <= 0) {
            return w2 > 0;
        }
        if (evidence.present()) {
            boolean c1 = evidence.coveredBy(first);
            boolean c2 = evidence.coveredBy(second);
            if (c1 != c2) {
                return c2;
            }
        }
        return links(second) <= MAX_LINKS && w2 > MORE * w1 && new HashSet<>(second).containsAll(first);
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
