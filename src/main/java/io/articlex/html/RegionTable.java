package io.articlex.html;

import java.util.Arrays;

/**
 * Non-negative ints kept by a run of characters, looked up without cutting the run out of its string.
 *
 * <p>Why: a page names the same few hundred classes on thousands of elements ({@code btn},
 * {@code col-md-4}, {@code menu-item menu-item-type-post_type} on every entry of a menu), and
 * {@link ClassHints} read each of them again from its words: a string per word and a set look-up per
 * word and list. A look-up here reads the run twice (its hash, then one comparison) and makes no
 * string; only a run met for the first time is copied out, as the key.
 *
 * <p>Open addressing with linear probing. The table never grows: when half full it is emptied, so a
 * thread reading page after page keeps at most {@code capacity / 2} keys.
 */
final class RegionTable {

    /** What {@link #get} gives for a run not in the table. */
    static final int ABSENT = -1;

    private final String[] keys;
    private final int[] hashes;
    private final int[] values;
    private final int mask;
    private int count;

    /** @param capacity slots, a power of two */
    RegionTable(int capacity) {
        if (capacity < 2 || Integer.bitCount(capacity) != 1) {
            throw new IllegalArgumentException("capacity must be a power of two: " + capacity);
        }
        keys = new String[capacity];
        hashes = new int[capacity];
        values = new int[capacity];
        mask = capacity - 1;
    }

    /** The hash of {@code s[from, to)}: that of the string it would make. */
    static int hash(String s, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + s.charAt(i);
        }
        return h;
    }

    /** The value kept for {@code s[from, to)}, whose {@link #hash} is {@code hash}; {@link #ABSENT} if none. */
    int get(String s, int from, int to, int hash) {
        int len = to - from;
        for (int i = slot(hash); keys[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && keys[i].length() == len && s.regionMatches(from, keys[i], 0, len)) {
                return values[i];
            }
        }
        return ABSENT;
    }

    /** Keeps {@code value} (not negative) for {@code s[from, to)}, which {@link #get} has just not found. */
    void put(String s, int from, int to, int hash, int value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative value: " + value);
        }
        if (count >= keys.length / 2) {
            Arrays.fill(keys, null);
            count = 0;
        }
        int i = slot(hash);
        while (keys[i] != null) {
            i = (i + 1) & mask;
        }
        keys[i] = s.substring(from, to);
        hashes[i] = hash;
        values[i] = value;
        count++;
    }

    /** Keys kept now. */
    int size() {
        return count;
    }

    private int slot(int hash) {
        return (hash ^ (hash >>> 16)) & mask;
    }
}
