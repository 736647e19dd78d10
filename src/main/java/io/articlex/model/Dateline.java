package io.articlex.model;

/**
 * The dateline that opens a wire story, e.g. {@code "TEHRAN, Jun.11 (ISNA)-"}.
 *
 * @param text     the dateline exactly as it stood in the text (after whitespace normalisation)
 * @param location the place as written ({@code "PORTLAND, Ore."}), or null for an agency-only head
 * @param date     the date as written ({@code "Feb 26"}), or null
 * @param agency   the agency code as written ({@code "IP"}, {@code "Reuters"}), or null
 */
public record Dateline(String text, String location, String date, String agency) {
}
