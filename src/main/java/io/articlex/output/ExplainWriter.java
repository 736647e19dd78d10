package io.articlex.output;

import io.articlex.Explanation;
import io.articlex.model.Article;
import io.articlex.model.Quote;
import io.articlex.model.Removed;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@code --explain}: the input with every stripped span marked and the rule (reason) that
 * stripped it, title and dateline marked as taken, then the decisions the stages made: dateline parts,
 * where the source was found, each quote with its speaker and cue, and the warnings. This is how a
 * user finds out why a line vanished from the body without reading the code.
 *
 * <p>Spans are located in the text by search: the pipeline records what it removed, not where. A
 * span the stages reshaped (a hard-wrapped line joined, say) is found with whitespace-flexible
 * matching; one that still cannot be found is listed after the text, never silently dropped.
 */
public final class ExplainWriter {

    /** How marks are drawn. */
    public enum Style { PLAIN, COLOUR }

    private static final String RESET = "\u001b[0m";
    private static final String STRUCK = "\u001b[9;31m";
    private static final String TAKEN = "\u001b[1;32m";
    private static final String LABEL = "\u001b[33m";

    private enum Kind { REMOVED, TAKEN }

    private record Mark(int start, int end, String label, Kind kind) {
    }

    private ExplainWriter() {
    }

    public static String render(String file, Explanation e, Style style) {
        Article a = e.article();
        String text = e.text();
        List<Mark> marks = new ArrayList<>();
        List<String> lost = new ArrayList<>();
        if (a.title() != null) {
            place(text, a.title(), "title", Kind.TAKEN, marks, lost);
        }
        if (a.dateline() != null) {
            place(text, a.dateline().text(), "dateline", Kind.TAKEN, marks, lost);
        }
        for (Removed r : a.removed()) {
            place(text, r.text(), r.reason(), Kind.REMOVED, marks, lost);
        }
        for (String r : a.related()) {
            if (a.removed().stream().noneMatch(x -> x.text().contains(r))) {
                place(text, r, "related", Kind.REMOVED, marks, lost);
            }
        }
        marks.sort(Comparator.comparingInt(Mark::start));

        StringBuilder b = new StringBuilder();
        b.append("== ").append(file).append('\n');
        b.append(style == Style.PLAIN
                ? "-- input: [-removed-]{reason}, [+taken+]{field}\n"
                : "-- input: " + STRUCK + "removed" + RESET + LABEL + "{reason}" + RESET + ", "
                        + TAKEN + "taken" + RESET + LABEL + "{field}" + RESET + "\n");
        int at = 0;
        for (Mark m : marks) {
            b.append(text, at, m.start());
            String span = text.substring(m.start(), m.end());
            if (style == Style.PLAIN) {
                b.append(m.kind() == Kind.REMOVED ? "[-" : "[+").append(span).append(m.kind() == Kind.REMOVED ? "-]" : "+]")
                        .append('{').append(m.label()).append('}');
            } else {
                b.append(m.kind() == Kind.REMOVED ? STRUCK : TAKEN).append(span).append(RESET)
                        .append(LABEL).append('{').append(m.label()).append('}').append(RESET);
            }
            at = m.end();
        }
        b.append(text, at, text.length());
        if (!text.endsWith("\n")) {
            b.append('\n');
        }
        for (String l : lost) {
            b.append(l.startsWith("{title}") && a.title() != null
                    ? "(title not in the text: taken from the page's metadata) "
                    : "(not located in the input) ").append(l).append('\n');
        }
        b.append("-- decisions\n");
        decisions(a, b);
        return b.toString();
    }

    private static void decisions(Article a, StringBuilder b) {
        b.append("title:     ").append(a.title() == null ? "none" : quote(a.title())).append('\n');
        if (a.dateline() == null) {
            b.append("dateline:  none found at the head of the body\n");
        } else {
            b.append("dateline:  ").append(quote(a.dateline().text())).append(" -> location ").append(orNone(a.dateline().location()))
                    .append(", date ").append(orNone(a.dateline().date())).append(", agency ").append(orNone(a.dateline().agency()))
                    .append('\n');
        }
        if (a.source() == null) {
            b.append("source:    none credited\n");
        } else {
            b.append("source:    ").append(TextWriter.describe(a.source())).append(", ").append(sourceEvidence(a)).append('\n');
        }
        b.append("body:      ").append(a.paragraphs().size()).append(" paragraphs, ").append(a.removed().size())
                .append(" spans removed\n");
        if (a.quotes().isEmpty()) {
            b.append("quotes:    none\n");
        } else {
            b.append("quotes:    ").append(a.quotes().size()).append('\n');
            int i = 0;
            for (Quote q : a.quotes()) {
                b.append(String.format(java.util.Locale.ROOT, "%5d. ", ++i)).append(TextWriter.quoteLine(q));
                if (q.speaker() == null && q.mention() == null) {
                    b.append(" -- no attribution found");
                } else if (q.speaker() == null) {
                    b.append(" -- mention not resolved to a name");
                } else if (q.mention() != null && !q.mention().equals(q.speaker())) {
                    b.append(" -- \"").append(q.mention()).append("\" resolved to ").append(q.speaker());
                }
                b.append(inherited(a, q));
                b.append('\n');
            }
        }
        for (String w : a.warnings()) {
            b.append("warning:   ").append(w).append('\n');
        }
    }

    /** Where the credited source shows in the output: the dateline's agency, a stripped line, or the body. */
    /**
     * Why a quote has a speaker its own paragraph does not name: the attribution was carried over from
     * the nearest earlier paragraph that holds the words for the speaker (a quote-only paragraph going on
     * after an attributed one, or the part of a quote running over paragraphs). Empty otherwise.
     */
    static String inherited(Article a, Quote q) {
        String mention = q.mention();
        if (mention == null || q.paragraph() < 0 || q.paragraph() >= a.paragraphs().size()) {
            return "";
        }
        if (a.paragraphs().get(q.paragraph()).contains(mention)) {
            return "";
        }
        for (int k = q.paragraph() - 1; k >= 0; k--) {
            if (a.paragraphs().get(k).contains(mention)) {
                return " -- paragraph " + (q.paragraph() + 1) + " names no speaker: inherited from the attribution in paragraph "
                        + (k + 1) + " (\"" + mention + "\"), nothing between names another";
            }
        }
        return "";
    }

    private static String sourceEvidence(Article a) {
        String code = a.source().code();
        String name = a.source().name();
        if (a.dateline() != null && a.dateline().agency() != null
                && (a.dateline().agency().equalsIgnoreCase(String.valueOf(code)) || a.dateline().agency().equalsIgnoreCase(name))) {
            return "from the dateline's agency";
        }
        for (Removed r : a.removed()) {
            if (code != null && containsWord(r.text(), code) || containsWord(r.text(), name)) {
                return "from a stripped " + r.reason() + " span: " + quote(r.text());
            }
        }
        if (a.byline() != null || a.published() != null || a.language() != null) {
            return "from the page's metadata";
        }
        return "from the text";
    }

    private static boolean containsWord(String hay, String word) {
        return word != null && !word.isBlank()
                && Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])").matcher(hay).find();
    }

    /** Finds {@code span} in {@code text} outside the spans already marked, exactly or up to whitespace. */
    private static void place(String text, String span, String label, Kind kind, List<Mark> marks, List<String> lost) {
        if (span == null || span.isBlank()) {
            return;
        }
        for (int from = text.indexOf(span); from >= 0; from = text.indexOf(span, from + 1)) {
            if (free(marks, from, from + span.length())) {
                marks.add(new Mark(from, from + span.length(), label, kind));
                return;
            }
        }
        String[] words = span.strip().split("\\s+");
        StringBuilder re = new StringBuilder();
        for (String w : words) {
            re.append(re.length() > 0 ? "\\s+" : "").append(Pattern.quote(w));
        }
        Matcher m = Pattern.compile(re.toString()).matcher(text);
        while (m.find()) {
            if (free(marks, m.start(), m.end())) {
                marks.add(new Mark(m.start(), m.end(), label, kind));
                return;
            }
        }
        lost.add("{" + label + "} " + quote(span));
    }

    private static boolean free(List<Mark> marks, int start, int end) {
        for (Mark m : marks) {
            if (start < m.end() && m.start() < end) {
                return false;
            }
        }
        return true;
    }

    private static String quote(String s) {
        return "\"" + s + "\"";
    }

    private static String orNone(String s) {
        return s == null ? "none" : quote(s);
    }
}
