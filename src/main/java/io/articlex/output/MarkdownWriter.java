package io.articlex.output;

import io.articlex.model.Article;
import io.articlex.model.Quote;

/**
 * Markdown for notes and reports: the title as a heading, dateline and source in a line of emphasis,
 * the paragraphs, then "Quotes" and "Related" sections. Text from the article is escaped so that a
 * stray {@code *} or a leading {@code #} in the body cannot turn into markup.
 */
final class MarkdownWriter implements ArticleWriter {

    @Override
    public String article(String file, Article a) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(escape(a.title() != null ? a.title() : file)).append("\n\n");
        StringBuilder meta = new StringBuilder();
        if (a.dateline() != null) {
            meta.append(escape(a.dateline().text()));
        }
        if (a.source() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append("Source: ").append(escape(TextWriter.describe(a.source())));
        }
        if (a.byline() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append("By ").append(escape(a.byline()));
        }
        if (a.published() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append(escape(a.published()));
        }
        if (a.title() != null) {
            meta.append(meta.length() > 0 ? " · " : "").append(escape(file));
        }
        if (meta.length() > 0) {
            b.append('*').append(meta).append("*\n\n");
        }
        for (String p : a.paragraphs()) {
            b.append(escape(p)).append("\n\n");
        }
        if (!a.quotes().isEmpty()) {
            b.append("## Quotes\n\n");
            for (Quote q : a.quotes()) {
                b.append("- “").append(escape(q.text())).append(q.closed() ? "”" : "…").append(" — ");
                if (q.speaker() != null) {
                    b.append("**").append(escape(q.speaker())).append("**");
                } else if (q.mention() != null) {
                    b.append(escape(q.mention()));
                } else {
                    b.append("*unattributed*");
                }
                if (q.cue() != null) {
                    b.append(" (").append(escape(q.cue())).append(')');
                }
                b.append('\n');
            }
            b.append('\n');
        }
        if (!a.related().isEmpty()) {
            b.append("## Related\n\n");
            for (String r : a.related()) {
                b.append("- ").append(escape(r)).append('\n');
            }
            b.append('\n');
        }
        return b.toString();
    }

    @Override
    public String error(String file, String message) {
        return "# " + escape(file) + "\n\n**Error:** " + escape(message) + "\n";
    }

    /** Backslash-escapes the characters that start inline markup, and a leading block marker. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("\\`*_[]<>|".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        if (b.length() > 0 && "#+->".indexOf(b.charAt(0)) >= 0) {
            b.insert(0, '\\');
        }
        int dot = indexOfOrderedListMarker(b);
        if (dot > 0) {
            b.insert(dot, '\\');
        }
        return b.toString();
    }

    /** "1999. was a year" would become a numbered list: returns the index of that dot, else -1. */
    private static int indexOfOrderedListMarker(CharSequence s) {
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        return i > 0 && i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ')')
                && (i + 1 == s.length() || s.charAt(i + 1) == ' ') ? i : -1;
    }
}
