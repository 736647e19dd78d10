package io.articlex.batch;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Inputs passed over, counted by reason: files a directory walk did not read ({@code *.json files},
 * {@code files not matching --glob}) and WARC records that hold no page,
 * for the closing summary and the progress line. Counted by the thread that walks, read by the one
 * that reports.
 *
 * <p>Each reason comes in its two forms, for one input and for several, so that the summary reads
 * "1 *.md file" and "2 *.json files" rather than "1 *.md files".
 */
public final class Skipped {

    /** Counts by the plural form, which is the reason's key. */
    private final Map<String, Long> byReason = new TreeMap<>();
    /** The singular form of each plural seen. */
    private final Map<String, String> singular = new HashMap<>();
    private long total;

    /**
     * @param one  the reason as said of one input ({@code "*.md file"})
     * @param many the same for several ({@code "*.md files"})
     */
    synchronized void add(String one, String many) {
        byReason.merge(many, 1L, Long::sum);
        singular.putIfAbsent(many, one);
        total++;
    }

    public synchronized long total() {
        return total;
    }

    /** "695 *.json files, 2 files without an extension, not text, 1 *.md file": most frequent first. */
    public synchronized String describe() {
        StringBuilder b = new StringBuilder();
        byReason.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> b.append(b.isEmpty() ? "" : ", ").append(e.getValue()).append(' ')
                        .append(e.getValue() == 1 ? singular.get(e.getKey()) : e.getKey()));
        return b.toString();
    }

    /**
     * The closing notice: "skipped 1 input that is not an article: 1 *.md file", "skipped 3 inputs
     * that are not articles: ...", or, when the user chose the files ({@code --glob}), "skipped 3
     * inputs: ..." without the hint.
     */
    public synchronized String notice(boolean chosenByGlob) {
        boolean one = total == 1;
        String what = chosenByGlob ? (one ? " input: " : " inputs: ")
                : (one ? " input that is not an article: " : " inputs that are not articles: ");
        return "skipped " + total + what + describe() + (chosenByGlob ? "" : "; --glob chooses other files");
    }
}
