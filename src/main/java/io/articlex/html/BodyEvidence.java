package io.articlex.html;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of a page's own statement of its body (JSON-LD {@code articleBody}), used to tell which
 * blocks are article text. A block agrees when nearly all its words occur in that body. Word sets, not
 * sequences: articleBody often glues paragraphs together without spaces ("moons.The find"), so only
 * words that survive gluing are compared, and a block's agreement is a share, not an exact match.
 */
final class BodyEvidence {

    static final BodyEvidence NONE = new BodyEvidence(Set.of(), 0);

    /** Shorter statements are summaries or teasers (paywalls), not the body. */
    static final int MIN_WORDS = 60;
    /** Share of a block's words that must occur in the statement. */
    static final double AGREEMENT = 0.8;

    private final Set<String> words;
    private final int size;

    private BodyEvidence(Set<String> words, int size) {
        this.words = words;
        this.size = size;
    }

    static BodyEvidence of(String articleBody) {
        if (articleBody == null) {
            return NONE;
        }
        Set<String> w = new HashSet<>();
        int[] n = {0};
        forEachWord(articleBody, t -> {
            w.add(t);
            n[0]++;
        });
        return n[0] < MIN_WORDS ? NONE : new BodyEvidence(w, n[0]);
    }

    boolean present() {
        return size > 0;
    }

    /** Share of the statement's words the agreeing blocks must hold for it to count as the whole body. */
    static final double COVERAGE = 0.9;

    /**
     * True when the blocks that agree with the statement hold nearly as many words as it has: the
     * statement is the whole body, not a teaser cut short by a paywall.
     */
    boolean coveredBy(java.util.List<Block> blocks) {
        int[] n = {0};
        for (Block b : blocks) {
            if (agrees(b.text())) {
                forEachWord(b.text(), t -> n[0]++);
            }
        }
        return n[0] >= COVERAGE * size;
    }

    /** True when the block's words (at least three) nearly all occur in the statement. */
    boolean agrees(String text) {
        if (!present()) {
            return false;
        }
        int[] seen = {0, 0};
        forEachWord(text, t -> {
            seen[0]++;
            if (words.contains(t)) {
                seen[1]++;
            }
        });
        return seen[0] >= 3 && seen[1] >= AGREEMENT * seen[0];
    }

    private static void forEachWord(String s, java.util.function.Consumer<String> sink) {
        int n = s.length();
        int start = -1;
        for (int i = 0; i <= n; i++) {
            boolean word = i < n && Character.isLetterOrDigit(s.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                // Glued sentences ("moons.The") split at the dot, so both halves are words of their own.
                sink.accept(s.substring(start, i).toLowerCase(Locale.ROOT));
                start = -1;
            }
        }
    }
}
