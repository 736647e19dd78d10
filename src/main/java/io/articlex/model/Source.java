package io.articlex.model;

/**
 * The outlet credited with the article.
 *
 * @param name the outlet's full name from the outlet table ({@code "Iran Press"}), or as the text writes it
 * @param code the short code as the text writes it ({@code "IP"}), or null when the text gives only a name
 */
public record Source(String name, String code) {
}
