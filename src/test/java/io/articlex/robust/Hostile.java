package io.articlex.robust;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Inputs made to hurt a parser, each of a requested size in bytes, and an ordinary article text of the
 * same size to compare against. Shared by the adversarial tests (small sizes, checking outcomes) and
 * {@link AdversarialBench} (large sizes, measuring time). All text is written for this project.
 */
public final class Hostile {

    private Hostile() {
    }

    /** An invented wire story: head, dateline, quotes, a sign-off; about 1.2 KB. */
    static String story(int i) {
        return "Ministers agree new rules for river shipping " + i + "\n\n"
                + "ROTTERDAM, March " + (i % 28 + 1) + " (Reuters) - Transport ministers from five countries agreed on Tuesday\n"
                + "to share the cost of dredging the lower river, after a dry summer left barges\n"
                + "stranded for weeks and pushed freight rates to a record.\n\n"
                + "\u201cWe cannot let another season like this one pass without acting,\u201d Dutch minister\n"
                + "Anna de Vries told reporters after the meeting, adding that the plan would cost " + i + " million euros.\n\n"
                + "The agreement still needs approval from national parliaments. Shippers welcomed it but said\n"
                + "\"the money comes two years too late\" for firms that had already cut routes.\n\n"
                + "Prices for grain shipped by barge rose 12 percent in August, the port authority said.\n\n"
                + "(Reporting by Jan Smit; Editing by Mark Hall)\n\n";
    }

    /** Ordinary articles, one after the other, cut to {@code bytes}. */
    public static String ordinary(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 2048);
        for (int i = 0; sb.length() < bytes; i++) {
            sb.append(story(i));
        }
        return cut(sb, bytes);
    }

    /** An ordinary saved page of about {@code bytes}: the stories as paragraphs of an article element. */
    public static String ordinaryPage(int bytes) {
        StringBuilder sb = new StringBuilder(bytes + 2048);
        sb.append("<!DOCTYPE html><html><head><title>River shipping</title></head><body><article>");
        for (int i = 0; sb.length() < bytes - 40; i++) {
            for (String para : story(i).split("\n\n")) {
                sb.append("<p>").append(para.replace('\n', ' ')).append("</p>\n");
            }
        }
        sb.append("</article></body></html>");
        return sb.toString();
    }

    /** True for the cases that are web pages, compared with {@link #ordinaryPage}. */
    public static boolean isPage(String text) {
        return text.startsWith("<!DOCTYPE");
    }

    /** The inputs of the suite by name, each of about {@code bytes} bytes of UTF-8. */
    public static Map<String, IntFunction<String>> cases() {
        Map<String, IntFunction<String>> m = new LinkedHashMap<>();
        m.put("one long line", n -> ordinary(n).replace('\n', ' '));
        m.put("straight quotes only", n -> "\"".repeat(n));
        m.put("curly quotes only", n -> "\u201c".repeat(n / 3));
        m.put("quote then words", n -> repeat("\" a b c ", n));
        m.put("open quotes with cue words", n -> repeat("\u201cWe will act he said ", n));
        m.put("blank lines", n -> "\n".repeat(n));
        m.put("blank lines with spaces", n -> repeat(" \n\t\n", n));
        m.put("short lines", n -> repeat("word\n", n));
        m.put("capitalised words", n -> repeat("Capital ", n));
        m.put("capitalised words then cue", n -> repeat("The Minister Of State And The People ", n - 10) + " said \"x y z\"");
        m.put("commas", n -> repeat("a, ", n));
        m.put("parentheses", n -> "(".repeat(n / 2) + ")".repeat(n / 2));
        m.put("dateline prefix repeated", n -> repeat("LONDON, Jan 5 (Reuters) - ", n));
        m.put("agency codes", n -> repeat("TEHRAN (IP) ", n));
        m.put("letters without spaces", n -> "a".repeat(n));
        m.put("spaces", n -> " ".repeat(n));
        m.put("dashes", n -> repeat("- -- \u2014 ", n));
        m.put("colons", n -> repeat("Read more: ", n));
        m.put("copyright", n -> repeat("(c) Copyright ", n));
        m.put("urls", n -> repeat("https://example.com/a/b?c=d&", n));
        m.put("digits", n -> "1".repeat(n));
        m.put("control and zero-width", n -> repeat("\u200b\u00ad\u0003a", n));
        m.put("deeply nested html", n -> {
            String open = "<div>";
            String close = "</div>";
            int depth = (n - 60) / (open.length() + close.length());
            return "<!DOCTYPE html><html><body>" + open.repeat(depth) + "Text." + close.repeat(depth) + "</body></html>";
        });
        m.put("unclosed html tags", n -> "<!DOCTYPE html><html><body>" + repeat("<p><b><i>word ", n - 30));
        m.put("html attributes", n -> "<!DOCTYPE html><html><body><p " + repeat("a=\"b\" ", n - 40) + ">x</p></body></html>");
        return m;
    }

    static String repeat(String unit, int bytes) {
        int size = unit.getBytes(StandardCharsets.UTF_8).length;
        return unit.repeat(Math.max(1, bytes / size));
    }

    private static String cut(StringBuilder sb, int bytes) {
        // Cutting by chars: the ordinary text is nearly all ASCII, close enough to the byte size.
        return sb.length() > bytes ? sb.substring(0, bytes) : sb.toString();
    }
}
