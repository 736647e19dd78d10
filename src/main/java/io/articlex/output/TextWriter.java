package io.articlex.output;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Quote;
import io.articlex.model.Source;

/**
 * Plain text for reading in a terminal: a header naming the input, title, dateline and source, the
 * paragraphs separated by blank lines, then the quotes with who said them and the related headlines.
 * Not a contract: scripts should read the JSON.
 */
final class TextWriter implements ArticleWriter {

    @Override
    public String article(String file, Article a) {
        StringBuilder b = new StringBuilder();
        b.append("== ").append(file).append('\n');
        if (a.title() != null) {
            b.append("Title:    ").append(a.title()).append('\n');
        }
        if (a.dateline() != null) {
            b.append("Dateline: ").append(describe(a.dateline())).append('\n');
        }
        if (a.source() != null) {
            b.append("Source:   ").append(describe(a.source())).append('\n');
        }
        if (a.byline() != null) {
            b.append("By:       ").append(a.byline()).append('\n');
        }
        if (a.published() != null) {
            b.append("Published: ").append(a.published()).append('\n');
        }
        for (String p : a.paragraphs()) {
            b.append('\n').append(p).append('\n');
        }
        if (!a.quotes().isEmpty()) {
            b.append("\nQuotes:\n");
            int i = 0;
            for (Quote q : a.quotes()) {
                b.append(String.format(java.util.Locale.ROOT, "%3d. ", ++i)).append(quoteLine(q)).append('\n');
            }
        }
        if (!a.related().isEmpty()) {
            b.append("\nRelated:\n");
            for (String r : a.related()) {
                b.append("   - ").append(r).append('\n');
            }
        }
        if (!a.warnings().isEmpty()) {
            b.append("\nWarnings:\n");
            for (String w : a.warnings()) {
                b.append("   - ").append(w).append('\n');
            }
        }
        return b.toString();
    }

    @Override
    public String error(String file, String message) {
        return "== " + file + "\nerror: " + message + "\n";
    }

    static String describe(Dateline d) {
        StringBuilder b = new StringBuilder(d.text());
        StringBuilder parts = new StringBuilder();
        part(parts, "location", d.location());
        part(parts, "date", d.date());
        part(parts, "agency", d.agency());
        if (parts.length() > 0) {
            b.append("  (").append(parts).append(')');
        }
        return b.toString();
    }

    static String describe(Source s) {
        return s.code() == null || s.code().equals(s.name()) ? s.name() : s.name() + " (" + s.code() + ")";
    }

    /** {@code "text" — Speaker (said; "the spokesman")}, with markers for open and partial quotes. */
    static String quoteLine(Quote q) {
        StringBuilder b = new StringBuilder();
        b.append('"').append(q.text()).append(q.closed() ? "\"" : "…").append(" — ");
        b.append(q.speaker() != null ? q.speaker() : q.mention() != null ? q.mention() : "(unattributed)");
        StringBuilder how = new StringBuilder();
        if (q.cue() != null) {
            how.append(q.cue());
        }
        if (q.mention() != null && q.speaker() != null && !q.mention().equals(q.speaker())) {
            how.append(how.length() > 0 ? "; " : "").append("as \"").append(q.mention()).append('"');
        }
        if (q.partial()) {
            how.append(how.length() > 0 ? "; " : "").append("partial");
        }
        if (!q.closed()) {
            how.append(how.length() > 0 ? "; " : "").append("never closed");
        }
        if (how.length() > 0) {
            b.append(" (").append(how).append(')');
        }
        // The JSON's own index (counted from 0, as .paragraphs[n] in jq), so a number read here finds
        // the same paragraph in the JSON, the warnings and --explain.
        b.append(" [paragraph ").append(q.paragraph()).append(']');
        return b.toString();
    }

    private static void part(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(b.length() > 0 ? ", " : "").append(name).append(' ').append(value);
        }
    }
}
