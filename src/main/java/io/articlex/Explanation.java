package io.articlex;

import io.articlex.model.Article;

/**
 * An article together with the text its stages worked on, so a person can see what was stripped
 * from where ({@code articlex parse --explain}).
 *
 * @param text    the input as the stages saw it: decoded and normalised text; for a web page, the
 *                extracted blocks separated by blank lines
 * @param article the parse result, the same as {@link Parser#parse(byte[])} gives
 */
public record Explanation(String text, Article article) {
}
