package io.articlex.html;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries, in document order.
 *
 * @param owner     the innermost block-level element the text sits in
 * @param text      the text, white space collapsed
 * @param linkChars how many of its non-space characters are link text
 * @param leadingLinkChars how many characters at its start are link text, before the first unlinked one
 * @param kind      what the owner is (paragraph, heading, list item ...)
 * @param chrome    true when most of its text sits in page chrome or a caption (nav, aside, footer,
 *                  header, figure, figcaption), which never holds body text
 * @param card      the summary under a linked headline in a teaser card ({@link TeaserCards})
 */
record Block(Element owner, String text, int linkChars, int leadingLinkChars, Kind kind, boolean chrome, boolean card) {

    Block(Element owner, String text, int linkChars, int leadingLinkChars, Kind kind, boolean chrome) {
        this(owner, text, linkChars, leadingLinkChars, kind, chrome, false);
    }

    /** This block as if it were no teaser card's summary. */
    Block uncarded() {
        return new Block(owner, text, linkChars, leadingLinkChars, kind, chrome, false);
    }

    /** This block as the summary of a teaser card ({@link TeaserCards}). */
    Block asCard() {
        return new Block(owner, text, linkChars, leadingLinkChars, kind, chrome, true);
    }

    enum Kind { PARAGRAPH, HEADING, TITLE_HEADING, LIST_ITEM, QUOTE, PRE, CELL, OTHER }

    int length() {
        return text.length();
    }

    /** Shortest text of a {@link #linkedHeadline}: a label ("More") is none. */
    static final int MIN_HEADLINE = 15;

    /**
     * Of a headline's length and all link text but for a tenth of its non-space characters at most: the
     * title of another story, linked to its own page (a teaser card's or the next story's in a stream).
     * A section of the article heads itself with plain text.
     */
    boolean linkedHeadline() {
        if (text.length() < MIN_HEADLINE) {
            return false;
        }
        int visible = 0;
        for (int k = 0; k < text.length(); k++) {
            if (!Character.isWhitespace(text.charAt(k))) {
                visible++;
            }
        }
        return linkChars >= 0.9 * visible;
    }

    /**
     * A teaser: a linked headline of some length opening a block that goes on with a summary, as in
     * the "more stories" lists beside and under articles. Body paragraphs link words inside sentences,
     * rarely a whole opening line.
     */
    boolean teaser() {
        return card || leadingLinkChars >= 30 && leadingLinkChars < text.length() && leadingLinkChars >= 0.15 * text.length()
                && !runsOn();
    }

    /**
     * The opening link's sentence goes on after it: the next word is in lower case or follows a comma
     * or semicolon ("<a>Want to compost your scraps</a>, but have no garden?"). A teaser's headline
     * ends where its summary starts, with a new sentence.
     */
    boolean runsOn() {
        int i = leadingLinkChars;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        if (i >= text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return c == ',' || c == ';' || Character.isLowerCase(c);
    }

    double linkDensity() {
        return text.isEmpty() ? 0 : (double) linkChars / text.length();
    }
}
