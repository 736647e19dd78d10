package io.articlex.batch;

import java.util.Map;
import java.util.TreeMap;

/**
 * Inputs passed over, counted by reason: files a directory walk did not read ({@code *.json files},
 * {@code files not matching --glob}) and WARC records that hold no page,
 * for the closing summary and the progress line. Counted by the thread that walks, read by the one
 * that reports.
 */
public final class Skipped {

    private final Map<String, Long> byReason = new TreeMap<>();
    private long total;

    synchronized void add(String reason) {
        byReason.merge(reason, 1L, Long::sum);
        total++;
    }

    public synchronized long total() {
        return total;
    }

    /** "695 *.json files, 2 files without an extension, not text": most frequent first. */
    public synchronized String describe() {
        StringBuilder b = new StringBuilder();
        byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append(b.isEmpty() ? "" : ", ").append(e.getValue()).append(' ').append(e.getKey()));
        return b.toString();
    }
}
