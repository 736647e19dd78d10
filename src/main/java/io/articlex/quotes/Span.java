package io.articlex.quotes;

/**
 * One stretch of a paragraph between quotation marks.
 *
 * @param open      index of the opening mark
 * @param textStart index of the first character after the opening mark
 * @param textEnd   index just past the quoted text (the closing mark, or where an unclosed quote stops)
 * @param end       index just past the closing mark ({@code textEnd} when unclosed)
 * @param closed    whether a closing mark was found in the paragraph
 * @param single    whether the marks are single quotes (British primary style)
 */
record Span(int open, int textStart, int textEnd, int end, boolean closed, boolean single) {

    Span withText(int newTextEnd, int newEnd) {
        return new Span(open, textStart, newTextEnd, newEnd, closed, single);
    }
}
