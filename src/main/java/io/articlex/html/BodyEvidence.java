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

    static final BodyEvidence NONE = new BodyEvidence(Set.of(), 0, "");

    /** Shorter statements are summaries or teasers (paywalls), not the body. */
    static final int MIN_WORDS = 60;
    /** Share of a block's words that must occur in the statement. */
    static final double AGREEMENT = 0.8;

    private final Set<String> words;
    private final int size;
    /** The statement as given, for {@link #paragraphs}; empty when there is none. */
    private final String text;

    private BodyEvidence(Set<String> words, int size, String text) {
        this.words = words;
        this.size = size;
        this.text = text;
    }

    static BodyEvidence of(String articleBody) {
        if (articleBody == null || truncated(articleBody)) {
            return NONE;
        }
        Set<String> w = new HashSet<>();
        int[] n = {0};
        forEachWord(articleBody, t -> {
            w.add(t);
            n[0]++;
        });
        return n[0] < MIN_WORDS ? NONE : new BodyEvidence(w, n[0], articleBody);
    }

    boolean present() {
        return size > 0;
    }

    /** Share of the statement's words the agreeing blocks must hold for it to count as the whole body. */
    static final double COVERAGE = 0.9;

    /**
     * True when the blocks that agree with the statement hold nearly as many words as it has, and it
     * has most of the words the blocks have: the statement is the whole body, not a teaser cut short
     * by a paywall or an excerpt of the first paragraphs.
     */
    boolean coveredBy(java.util.List<Block> blocks) {
        int[] n = wordsAgreeing(blocks);
        return n[0] >= COVERAGE * size && size >= WHOLE * n[1];
    }

    /** The words of the blocks that agree with the statement, and the words of all the blocks. */
    private int[] wordsAgreeing(java.util.List<Block> blocks) {
        int[] n = {0, 0};
        for (Block b : blocks) {
            boolean agrees = agrees(b.text());
            forEachWord(b.text(), t -> {
                n[1]++;
                if (agrees) {
                    n[0]++;
                }
            });
        }
        return n;
    }

    /** Share of the statement's words the agreeing blocks must fall below for the pick to have missed it. */
    static final double MISSED = 0.2;

    /**
     * True when the picked blocks are not the body the page states: those that agree with the
     * statement hold under {@link #MISSED} of its words, and they are under half of the pick. A page
     * whose article a script draws after loading leaves only its frame in the saved markup (a
     * "Loading..." box, the footer's cookie notice), which the picker then takes, while its JSON-LD
     * holds the whole text. A page that shows the first paragraphs of a longer statement (a paywall's
     * teaser) agrees with it all along and keeps what it shows.
     */
    boolean missedBy(java.util.List<Block> blocks) {
        if (!present()) {
            return false;
        }
        int[] n = wordsAgreeing(blocks);
        return n[0] < MISSED * size && n[0] * 2 < n[1] + 1;
    }

    /**
     * The statement's paragraphs: its lines, or the blocks of the markup some publishers put in it
     * ({@code <p>...</p>}), white space collapsed.
     */
    java.util.List<String> paragraphs() {
        java.util.List<String> out = new java.util.ArrayList<>();
        if (text.indexOf('<') >= 0 && (text.contains("</") || text.contains("<br"))) {
            org.jsoup.nodes.Element body = org.jsoup.Jsoup.parseBodyFragment(text).body();
            for (Block b : BlockCollector.collect(body)) {
                out.add(b.text());
            }
            return out;
        }
        for (String line : text.split("[\\r\\n\\u2028\\u2029]+")) {
            String t = line.replaceAll("[\\s\\u00a0]+", " ").strip();
            if (!t.isEmpty()) {
                out.add(t);
            }
        }
        return out;
    }

    /**
     * Share of the candidate's words the statement must have to be the whole body: a statement that
     * is a summary or the first paragraphs only (a feed's excerpt) would delete the rest.
     */
    static final double WHOLE = 0.4;

    /** A statement cut short by its publisher ends in an ellipsis ("...", "\u2026", "[...]"). */
    static boolean truncated(String body) {
        String t = body.strip();
        while (!t.isEmpty() && "])".indexOf(t.charAt(t.length() - 1)) >= 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t.endsWith("...") || t.endsWith("\u2026");
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
