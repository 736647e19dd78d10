package io.articlex.model;

/**
 * One direct quotation.
 *
 * @param text      the words inside the quotation marks, marks excluded
 * @param speaker   the canonical name of who said it, when the article lets a careful reader resolve it; else null
 * @param mention   the words used for the speaker at the quote ("he", "the spokesman"); null when unattributed
 * @param cue       the attribution verb ("said", "added"), or null
 * @param paragraph index into {@link Article#paragraphs()} of the paragraph holding the quote
 * @param closed    false when the quotation mark is never closed (a quote that goes on in the next paragraph,
 *                  which reopens the mark, counts as closed: one entry per paragraph)
 * @param partial   true for a fragment quoted inside reported speech (called the move "a grave mistake")
 */
public record Quote(String text, String speaker, String mention, String cue, int paragraph, boolean closed,
                    boolean partial) {
}
