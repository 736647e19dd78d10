package io.articlex;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The golden-update switch of {@link GoldenFilesTest}: {@code -Darticlex.golden.update=true} shows, as a
 * unified diff, what would change in each expected file, and writes nothing; only with
 * {@code -Darticlex.golden.write=true} as well are the files written.
 *
 * <p>Two steps because an expected file is a claim that the output is right: a switch that rewrote
 * every file at once locked a wrong speaker into a golden file unread. The diff is what has to be read
 * against the input before the second step.
 */
final class GoldenUpdate {

    /** Lines of context around each change, as {@code diff -u} gives. */
    private static final int CONTEXT = 3;

    private GoldenUpdate() {
    }

    /** Whether the run asked to see the changes ({@code articlex.golden.update}). */
    static boolean requested() {
        return Boolean.getBoolean("articlex.golden.update");
    }

    /** Whether the run also asked to write them ({@code articlex.golden.write}); alone it does nothing. */
    static boolean writeRequested() {
        return Boolean.getBoolean("articlex.golden.write");
    }

    /**
     * Compares {@code expected} with the output that would replace it; writes the output only when
     * {@code write} is true. Returns the unified diff, empty when the file already holds the output.
     */
    static String update(Path expected, String output, boolean write) throws IOException {
        String old = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
        String diff = diff(expected.toString(), old, output);
        if (write && !diff.isEmpty()) {
            Files.writeString(expected, output, StandardCharsets.UTF_8);
        }
        return diff;
    }

    /** A unified diff of two texts by lines (longest common subsequence), empty when they are equal. */
    static String diff(String name, String before, String after) {
        if (before.equals(after)) {
            return "";
        }
        List<String> a = lines(before);
        List<String> b = lines(after);
        // lcs[i][j]: length of the longest common subsequence of a[i..] and b[j..]
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<String> ops = new ArrayList<>(); // each line prefixed with ' ', '-' or '+'
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                ops.add(" " + a.get(i++));
                j++;
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add("-" + a.get(i++)); // removals first, as diff -u shows them
            } else {
                ops.add("+" + b.get(j++));
            }
        }
        StringBuilder out = new StringBuilder("--- ").append(name).append('\n')
                .append("+++ ").append(name).append(" (new output)\n");
        int k = 0;
        while (k < ops.size()) {
            if (ops.get(k).charAt(0) == ' ') {
                k++;
                continue;
            }
            // a hunk: from CONTEXT lines before this change to CONTEXT lines after the last change that
            // is at most 2 * CONTEXT unchanged lines after the previous one
            int start = Math.max(0, k - CONTEXT);
            int end = k;
            int quiet = 0;
            for (int m = k; m < ops.size() && quiet <= 2 * CONTEXT; m++) {
                if (ops.get(m).charAt(0) == ' ') {
                    quiet++;
                } else {
                    quiet = 0;
                    end = m;
                }
            }
            int stop = Math.min(ops.size(), end + 1 + CONTEXT);
            int oldStart = 1;
            int newStart = 1;
            for (int m = 0; m < start; m++) {
                char c = ops.get(m).charAt(0);
                oldStart += c != '+' ? 1 : 0;
                newStart += c != '-' ? 1 : 0;
            }
            int oldCount = 0;
            int newCount = 0;
            for (int m = start; m < stop; m++) {
                char c = ops.get(m).charAt(0);
                oldCount += c != '+' ? 1 : 0;
                newCount += c != '-' ? 1 : 0;
            }
            out.append("@@ -").append(oldStart).append(',').append(oldCount)
                    .append(" +").append(newStart).append(',').append(newCount).append(" @@\n");
            for (int m = start; m < stop; m++) {
                out.append(ops.get(m)).append('\n');
            }
            k = stop;
        }
        return out.toString();
    }

    private static List<String> lines(String text) {
        if (text.isEmpty()) {
            return List.of();
        }
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (text.endsWith("\n")) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}
