package io.articlex.dateline;

import io.articlex.model.Removed;

import java.util.List;
import java.util.Map;

/**
 * A news database's export whose fields sit each on one line with the field's two- or three-letter code
 * before its value ({@code HD Oil steadies as traders weigh output plans} / {@code WC 312 words} / {@code PD 7
 * December 2026} / {@code SN Reuters News} / {@code CY (c) 2026 Reuters Limited} / {@code LP} / the story /
 * {@code NS gcat : Political/General News} / {@code AN Document ...}): the head's first line that was not a
 * field had been taken for the title, the headline field went as navigation, and the index fields after the
 * story stayed in the body. Where the code stands alone on its line with the value under it, the boilerplate
 * stage already takes the code and the head reads as usual.
 *
 * <p>Only a head that opens with the headline field and runs on with at least two more, line under line, is
 * read this way: a headline that happens to open with {@code HD} or {@code IN} is no field.
 */
final class FieldCodes {

    private FieldCodes() {
    }

    /** Each code and the reason its line is removed for; the headline field gives the title. */
    private static final Map<String, String> CODES = Map.ofEntries(
            Map.entry("HD", "headline"), Map.entry("BY", "byline"), Map.entry("CR", "credit"),
            Map.entry("SN", "credit"), Map.entry("PD", "timestamp"), Map.entry("ET", "timestamp"),
            Map.entry("CY", "copyright"), Map.entry("WC", "metadata"), Map.entry("SC", "metadata"),
            Map.entry("ED", "metadata"), Map.entry("PG", "metadata"), Map.entry("LA", "metadata"),
            Map.entry("SE", "metadata"), Map.entry("CO", "metadata"), Map.entry("IN", "metadata"),
            Map.entry("NS", "metadata"), Map.entry("RE", "metadata"), Map.entry("IPC", "metadata"),
            Map.entry("IPD", "metadata"), Map.entry("PUB", "metadata"), Map.entry("AN", "metadata"),
            Map.entry("ART", "metadata"), Map.entry("CLM", "metadata"), Map.entry("RF", "metadata"));

    /** The most field lines a head runs to. */
    private static final int HEAD = 16;

    /**
     * Takes the export's fields out of the paragraphs (those of the head, and the run of them that closes
     * the text) into {@code removed}, and returns the headline field's value; null, with nothing taken, when
     * the text is no such export.
     */
    static String take(List<String> paras, List<Removed> removed) {
        if (paras.isEmpty() || !"HD".equals(code(paras.get(0)))) {
            return null;
        }
        int head = 1;
        while (head < Math.min(paras.size(), HEAD) && code(paras.get(head)) != null) {
            head++;
        }
        if (head < 3) {
            return null;
        }
        String title = paras.get(0).substring(3).strip();
        for (int i = 0; i < head; i++) {
            String p = paras.remove(0);
            removed.add(new Removed(p, CODES.get(code(p))));
        }
        int end = paras.size();
        while (end > 0 && code(paras.get(end - 1)) != null) {
            end--;
        }
        while (paras.size() > end) {
            String p = paras.remove(end);
            removed.add(new Removed(p, CODES.get(code(p))));
        }
        return title;
    }

    /** The field code a line opens with, followed by a space and a value; null when it opens with none. */
    static String code(String p) {
        int space = p.indexOf(' ');
        if (space < 2 || space > 3 || space + 1 >= p.length() || !Character.isUpperCase(p.charAt(0))) {
            return null;
        }
        String c = p.substring(0, space);
        return CODES.containsKey(c) ? c : null;
    }
}
