package io.articlex.html;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tells a saved web page from plain text by its first bytes, not by the file name: users pipe pages
 * through standard input and save them as {@code .txt}. A page starts (after a byte-order mark,
 * white space and comments) with a doctype, {@code <html>}, {@code <head>} or {@code <body>}, or is
 * a fragment that opens with a common block tag. Text that merely starts with {@code <} (an
 * e-mail address in angle brackets, {@code <<quoted>>}) is not HTML.
 *
 * <p>A page whose server printed an error in markup before the document ({@code <br /><b>Warning</b>:
 * ...} from a failing plug-in, then {@code <!DOCTYPE html>}) is still a page: input that opens with a
 * tag and holds a doctype or {@code <html>} within {@link #LATE_WINDOW} is HTML. Read as text, such a
 * page kept its whole markup, menus and comment forms as paragraphs.
 */
public final class HtmlSniffer {

    /** How far into the input the markers are looked for. */
    private static final int WINDOW = 2048;
    /**
     * How far a doctype or {@code <html>} is looked for behind leading markup that is no document
     * start: a few server warnings of a few hundred bytes each.
     */
    static final int LATE_WINDOW = 8192;
    private static final String[] LATE_MARKERS = {"<!doctype html", "<html"};

    private static final String[] DOCUMENT_MARKERS = {"<!doctype html", "<html", "<head", "<body"};
    private static final String[] FRAGMENT_TAGS = {"<meta", "<title", "<div", "<p>", "<p ", "<article", "<section",
        "<table", "<h1", "<h2", "<ul", "<span", "<link", "<script", "<style", "<!doctype"};

    private HtmlSniffer() {
    }

    public static boolean looksLikeHtml(byte[] bytes) {
        if (!opensWithTag(bytes)) {
            return false;
        }
        int end = Math.min(bytes.length, WINDOW);
        // ISO-8859-1 maps bytes one to one, so ASCII markers are found in any ASCII-compatible charset;
        // UTF-16 pages are rare enough to be told by their BOM and a zero-stripped view.
        String head = new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        if (end >= 2 && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
                || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
            head = head.replace("\u0000", "");
        }
        head = head.toLowerCase(Locale.ROOT);
        int i = skipBomSpaceAndComments(head);
        if (i >= head.length() || head.charAt(i) != '<') {
            return false;
        }
        String rest = head.substring(i);
        for (String m : DOCUMENT_MARKERS) {
            if (rest.startsWith(m) || rest.startsWith("<?xml") && rest.contains(m)) {
                return true;
            }
        }
        for (String t : FRAGMENT_TAGS) {
            if (rest.startsWith(t)) {
                return true;
            }
        }
        return opensWithElement(rest) && hasLateDocumentStart(bytes);
    }

    /** Whether the text opens with a tag: {@code <}, a name of ASCII letters and digits, then {@code >}, {@code /} or space. */
    private static boolean opensWithElement(String s) {
        int i = 1;
        while (i < s.length() && (s.charAt(i) >= 'a' && s.charAt(i) <= 'z' || i > 1 && s.charAt(i) >= '0' && s.charAt(i) <= '9')) {
            i++;
        }
        if (i == 1 || i >= s.length()) {
            return false;
        }
        char c = s.charAt(i);
        return c == '>' || c == '/' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }

    /** Whether a doctype or {@code <html>} tag stands within the first {@link #LATE_WINDOW} bytes. */
    private static boolean hasLateDocumentStart(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, LATE_WINDOW), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        for (String m : LATE_MARKERS) {
            int at = head.indexOf(m);
            if (at >= 0 && at + m.length() < head.length()) {
                char c = head.charAt(at + m.length());
                if (c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Whether the first byte after a UTF-8 byte-order mark and white space is {@code <} (always true
     * for UTF-16 with a mark, which the full test reads). Most inputs of a text batch open with a
     * letter, and this answers for them without lower-casing the first 2 KB (4% of a batch of short
     * stories in C1-compiled code).
     */
    private static boolean opensWithTag(byte[] b) {
        if (b.length >= 2 && ((b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE || (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF)) {
            return true;
        }
        int i = b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF ? 3 : 0;
        while (i < b.length && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r' || b[i] == '\f')) {
            i++;
        }
        return i < b.length && b[i] == '<';
    }

    private static int skipBomSpaceAndComments(String s) {
        int i = 0;
        if (s.startsWith("\u00ef\u00bb\u00bf")) {
            i = 3;
        } else if (s.startsWith("\u00ff\u00fe") || s.startsWith("\u00fe\u00ff")) {
            i = 2;
        }
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
                i++;
            } else if (s.startsWith("<!--", i)) {
                int close = s.indexOf("-->", i + 4);
                if (close < 0) {
                    return s.length();
                }
                i = close + 3;
            } else {
                break;
            }
        }
        return i;
    }
}
