package io.articlex.boilerplate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * For one rule's regex, the openings of two ASCII characters that no match can start with, learned as
 * paragraphs meet it: the first time a paragraph opening with a pair is tried, the regex is run on the
 * pair alone; when it fails there without reaching the end of those two characters
 * ({@link Matcher#hitEnd}), it fails on every text that opens with them, since every way it tried
 * was decided by them. Later paragraphs with that opening skip the regex.
 *
 * <p>Why: after the cheap checks of first and last characters, length, runs and phrases, a few rules
 * still ran on most short lines and failed at their second character: {@code \p{Lu}{2,6}\d{3,5}...}
 * (a wire code line) on every capitalised line of up to 55 characters ("The ...", "Shr 1.20 ..."),
 * the image-file prefix {@code [A-Za-z]?\d{5,40}...} on every paragraph with a full stop, a list of
 * field labels on every line that opens with one of their letters. A Matcher and a failed match were
 * ~130 ns each, a few thousand times for a few hundred stories; a look-up here is two array reads.
 * The dateline parser keeps such tables for the outlet table's own dateline shapes too.
 *
 * <p>Shared by the threads of a batch without locks: a slot is written whole (an int) and only ever
 * gains the answer for its pair; a write that loses a race with another leaves that pair unknown, to
 * be learned again, never marked dead when it is not.
 */
public final class DeadStarts {

    /** Two bits per pair of ASCII characters: known, and dead. */
    private final int[] slots = new int[128 * 128 / 16];
    private final Pattern pattern;
    /** Whether the rule must match the whole paragraph ({@code matches()}) or open it ({@code lookingAt()}). */
    private final boolean whole;

    public DeadStarts(Pattern pattern, boolean whole) {
        this.pattern = pattern;
        this.whole = whole;
    }

    /** True when no match of the regex (whole, or at the start) can open {@code p}: its opening pair is dead. */
    public boolean rulesOut(String p) {
        if (p.length() < 2) {
            return false;
        }
        char a = p.charAt(0);
        char b = p.charAt(1);
        if (a >= 128 || b >= 128) {
            return false;
        }
        int pair = a << 7 | b;
        int word = slots[pair >>> 4];
        int shift = (pair & 15) << 1;
        int v = word >>> shift & 3;
        if (v != 0) {
            return v == 3;
        }
        boolean dead = dead(pattern, p.substring(0, 2), whole);
        slots[pair >>> 4] = word | (dead ? 3 : 1) << shift;
        return dead;
    }

    /**
     * Whether rule {@code i}'s regex (whole, or at the start) cannot match {@code p} by its opening pair,
     * the rule's table in {@code tables} made first if it has none. A thread that races another here may
     * make a second table: either learns the same answers.
     */
    public static boolean rulesOut(DeadStarts[] tables, int i, Pattern pattern, boolean whole, String p) {
        DeadStarts d = tables[i];
        if (d == null) {
            d = new DeadStarts(pattern, whole);
            tables[i] = d;
        }
        return d.rulesOut(p);
    }

    /** Whether the regex fails on {@code opening} without reading to its end: then on every text that opens with it. */
    static boolean dead(Pattern pattern, String opening, boolean whole) {
        Matcher m = pattern.matcher(opening);
        return !(whole ? m.matches() : m.lookingAt()) && !m.hitEnd();
    }
}
