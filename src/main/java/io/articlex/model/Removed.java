package io.articlex.model;

/**
 * A span stripped from the body, kept so a user can see what was removed and why.
 *
 * @param text   the span as it stood in the normalised input
 * @param reason a short, stable reason code ("navigation", "related-links", "sign-off", ...)
 */
public record Removed(String text, String reason) {
}
