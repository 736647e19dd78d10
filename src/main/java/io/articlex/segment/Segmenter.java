package io.articlex.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits normalised text into paragraphs.
 *
 * <p>Blank lines always separate paragraphs. Inside a block of consecutive lines, two layouts are told
 * apart: wire copy hard-wrapped at a fixed width, where a line starting with white space opens a new
 * paragraph and a line at column 0 continues the previous one (Reuters 1987); and a block of short
 * lines that stand alone (page chrome such as a comment widget), which stay separate so that the
 * boilerplate stage can judge each line.
 */
public final class Segmenter {

    private static final Pattern SPACES = Pattern.compile(" {2,}");
    /** A line this long is assumed to be wrapped when the next line continues its sentence. */
    private static final int WRAP_WIDTH = 50;

    private Segmenter() {
    }

    public static List<String> segment(String text) {
        List<String> paragraphs = new ArrayList<>();
        List<String> block = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            if (line.isBlank()) {
                flush(block, paragraphs);
            } else {
                block.add(line);
            }
        }
        flush(block, paragraphs);
        return paragraphs;
    }

    private static void flush(List<String> block, List<String> out) {
        if (block.isEmpty()) {
            return;
        }
        boolean indentLayout = block.size() > 1 && block.stream().skip(1).anyMatch(l -> indented(l))
                && block.stream().anyMatch(l -> !indented(l));
        StringBuilder current = null;
        String previous = null;
        for (String raw : block) {
            String line = clean(raw);
            boolean join;
            if (current == null) {
                join = false;
            } else if (indentLayout) {
                join = !indented(raw);
            } else {
                join = continues(previous, line);
            }
            if (join) {
                current.append(' ').append(line);
            } else {
                if (current != null) {
                    out.add(current.toString());
                }
                current = new StringBuilder(line);
            }
            previous = line;
        }
        if (current != null) {
            out.add(current.toString());
        }
        block.clear();
    }

    private static boolean indented(String line) {
        return !line.isEmpty() && line.charAt(0) == ' ';
    }

    private static boolean continues(String previous, String next) {
        if (previous.length() >= WRAP_WIDTH) {
            return true;
        }
        char last = previous.charAt(previous.length() - 1);
        char first = next.charAt(0);
        return Character.isLowerCase(first) && ".!?:\"”".indexOf(last) < 0;
    }

    static String clean(String line) {
        return SPACES.matcher(line.strip()).replaceAll(" ");
    }
}
