package io.articlex.output;

import io.articlex.model.Article;
import io.articlex.model.Dateline;
import io.articlex.model.Person;
import io.articlex.model.Quote;
import io.articlex.model.Removed;
import io.articlex.model.Source;

import java.util.Arrays;
import java.util.List;

/**
 * The compact line of {@link ArticleJson}, written by hand into a char array reused per thread. The
 * schema is fixed (every key, in order, always written), so a general generator's work per value
 * (context checks, separators decided at run time, a {@code StringWriter} that synchronises on every
 * append) is all overhead; in a batch of short stories run by C1-compiled code it was about a twentieth
 * of the CPU. Escaping is Jackson's default, which the line format has always had: {@code "} and
 * {@code \} backslashed, {@code \b \t \n \f \r} as such, other controls below U+0020 as {@code \}{@code u00XX}
 * (upper-case hex), everything else as is (lone surrogates included, as the generator writes them).
 * {@code CompactJsonTest} compares every BMP character and whole articles with the generator's output.
 *
 * <p>{@link #utf8} writes the same line straight into UTF-8 bytes, for outputs that store bytes (a file,
 * standard output). Made as a String and then encoded, each line was copied three more times after
 * the escaping loop (the chars compressed into a String, the String scanned for non-ASCII bytes and
 * copied out by {@code getBytes}), all plain loops in C1-compiled code: with a short story's line of
 * ~2 KB that was over a third of what writing it cost. The byte writer escapes and encodes in the one
 * loop; its bytes are those of {@code write(...).getBytes(UTF_8)}, an unpaired surrogate included (the
 * encoder's {@code ?}).
 */
final class CompactJson {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** One writer per thread: its buffers grow to the longest line written and stay. */
    private static final ThreadLocal<CompactJson> PER_THREAD = new ThreadLocal<>() {
        // a subclass, not withInitial(CompactJson::new): a method reference's call site is linked at
        // run time, in every one-file parse
        @Override
        protected CompactJson initialValue() {
            return new CompactJson();
        }
    };

    private char[] out = new char[8192];
    private int len;
    private char[] in = new char[2048];
    /** This line goes into {@link #bytes} as UTF-8 instead of into {@link #out}. */
    private boolean utf8;
    private byte[] bytes = new byte[8192];

    private CompactJson() {
    }

    /** The line of {@link #write} as UTF-8 bytes, without making it a String first. */
    static byte[] utf8(String file, String url, Article a) {
        CompactJson w = PER_THREAD.get();
        w.len = 0;
        w.utf8 = true;
        try {
            w.article(file, url, a);
        } finally {
            w.utf8 = false;
        }
        byte[] line = Arrays.copyOf(w.bytes, w.len);
        if (w.bytes.length > 1 << 20) {
            w.bytes = new byte[8192];
        }
        if (w.in.length > 1 << 20) {
            w.in = new char[2048];
        }
        return line;
    }

    static String write(String file, String url, Article a) {
        CompactJson w = PER_THREAD.get();
        w.len = 0;
        w.article(file, url, a);
        String line = new String(w.out, 0, w.len);
        if (w.out.length > 1 << 20) {
            w.out = new char[8192]; // one huge article does not pin its buffer for the rest of the run
        }
        if (w.in.length > 1 << 20) {
            w.in = new char[2048];
        }
        return line;
    }

    private void article(String file, String url, Article a) {
        raw("{\"file\":");
        string(file);
        raw(",\"title\":");
        string(a.title());
        raw(",\"dateline\":");
        Dateline d = a.dateline();
        if (d == null) {
            raw("null");
        } else {
            raw("{\"text\":");
            string(d.text());
            raw(",\"location\":");
            string(d.location());
            raw(",\"date\":");
            string(d.date());
            raw(",\"agency\":");
            string(d.agency());
            raw("}");
        }
        raw(",\"source\":");
        Source s = a.source();
        if (s == null) {
            raw("null");
        } else {
            raw("{\"name\":");
            string(s.name());
            raw(",\"code\":");
            string(s.code());
            raw("}");
        }
        raw(",\"paragraphs\":");
        strings(a.paragraphs());
        raw(",\"quotes\":[");
        List<Quote> quotes = a.quotes();
        for (int i = 0; i < quotes.size(); i++) {
            Quote q = quotes.get(i);
            raw(i == 0 ? "{\"text\":" : ",{\"text\":");
            string(q.text());
            raw(",\"speaker\":");
            string(q.speaker());
            raw(",\"mention\":");
            string(q.mention());
            raw(",\"cue\":");
            string(q.cue());
            raw(",\"paragraph\":");
            raw(Integer.toString(q.paragraph()));
            raw(q.closed() ? ",\"closed\":true" : ",\"closed\":false");
            raw(q.partial() ? ",\"partial\":true}" : ",\"partial\":false}");
        }
        raw("],\"related\":");
        strings(a.related());
        raw(",\"removed\":[");
        List<Removed> removed = a.removed();
        for (int i = 0; i < removed.size(); i++) {
            Removed r = removed.get(i);
            raw(i == 0 ? "{\"text\":" : ",{\"text\":");
            string(r.text());
            raw(",\"reason\":");
            string(r.reason());
            raw("}");
        }
        raw("],\"warnings\":");
        strings(a.warnings());
        raw(",\"people\":");
        people(a.people());
        raw(",\"sources\":");
        people(a.sources());
        raw(",\"byline\":");
        string(a.byline());
        raw(",\"published\":");
        string(a.published());
        raw(",\"language\":");
        string(a.language());
        raw(",\"url\":");
        string(url);
        raw("}");
    }

    private void people(List<Person> people) {
        raw("[");
        for (int i = 0; i < people.size(); i++) {
            Person p = people.get(i);
            raw(i == 0 ? "{\"name\":" : ",{\"name\":");
            string(p.name());
            raw(",\"roles\":");
            strings(p.roles());
            raw(",\"quotes\":");
            raw(Integer.toString(p.quotes()));
            raw("}");
        }
        raw("]");
    }

    private void strings(List<String> values) {
        raw("[");
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                raw(",");
            }
            string(values.get(i));
        }
        raw("]");
    }

    /** Text that needs no escaping (keys, punctuation, numbers). */
    @SuppressWarnings("deprecation") // String.getBytes(int, int, byte[], int): every raw text is ASCII
    private void raw(String s) {
        int n = s.length();
        if (utf8) {
            ensureBytes(n);
            s.getBytes(0, n, bytes, len);
            len += n;
            return;
        }
        ensure(n);
        s.getChars(0, n, out, len);
        len += n;
    }

    /**
     * A string value, quoted and escaped; null as {@code null}. The value is copied out in one call and
     * walked as an array: {@code String.charAt} on a text that is not Latin-1 checks its index in a call.
     */
    private void string(String s) {
        if (s == null) {
            raw("null");
            return;
        }
        if (utf8 && latin1Utf8(s)) {
            return;
        }
        int n = s.length();
        if (in.length < n) {
            in = new char[Math.max(n, in.length * 2)];
        }
        char[] src = in;
        s.getChars(0, n, src, 0);
        if (utf8) {
            stringUtf8(src, n);
            return;
        }
        ensure(n + 2);
        char[] dst = out;
        int o = len;
        dst[o++] = '"';
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (c >= 0x20 && c != '"' && c != '\\') {
                dst[o++] = c;
                continue;
            }
            // at most six characters for this one, and the rest unescaped, plus the closing quote
            len = o;
            ensure(6 + (n - i) + 1);
            dst = out;
            switch (c) {
                case '"', '\\' -> {
                    dst[o++] = '\\';
                    dst[o++] = c;
                }
                case '\b' -> {
                    dst[o++] = '\\';
                    dst[o++] = 'b';
                }
                case '\t' -> {
                    dst[o++] = '\\';
                    dst[o++] = 't';
                }
                case '\n' -> {
                    dst[o++] = '\\';
                    dst[o++] = 'n';
                }
                case '\f' -> {
                    dst[o++] = '\\';
                    dst[o++] = 'f';
                }
                case '\r' -> {
                    dst[o++] = '\\';
                    dst[o++] = 'r';
                }
                default -> {
                    dst[o++] = '\\';
                    dst[o++] = 'u';
                    dst[o++] = '0';
                    dst[o++] = '0';
                    dst[o++] = HEX[c >> 4];
                    dst[o++] = HEX[c & 0xF];
                }
            }
        }
        dst[o++] = '"';
        len = o;
    }

    /**
     * {@link #string}'s value as UTF-8: printable ASCII copied, the same escapes, any other character
     * encoded as {@code String.getBytes(UTF_8)} would (a surrogate pair as one 4-byte sequence, an
     * unpaired surrogate as {@code ?}; the characters either side of a value are quotes, so a pair
     * never spans two values).
     */
    private void stringUtf8(char[] src, int n) {
        ensureBytes(n + 2);
        byte[] dst = bytes;
        int o = len;
        dst[o++] = '"';
        for (int i = 0; i < n; i++) {
            char c = src[i];
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
                dst[o++] = (byte) c;
                continue;
            }
            // at most six bytes for this one, three for each character left, and the closing quote
            len = o;
            ensureBytes(6 + 3 * (n - i) + 1);
            dst = bytes;
            if (c >= 0x80) {
                if (c < 0x800) {
                    dst[o++] = (byte) (0xC0 | c >> 6);
                    dst[o++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    dst[o++] = (byte) (0xE0 | c >> 12);
                    dst[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                    dst[o++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(src[i + 1])) {
                    int cp = Character.toCodePoint(c, src[++i]);
                    dst[o++] = (byte) (0xF0 | cp >> 18);
                    dst[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    dst[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    dst[o++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    dst[o++] = '?';
                }
                continue;
            }
            o = escape(dst, o, c);
        }
        dst[o++] = '"';
        len = o;
    }

    /**
     * {@link #stringUtf8} of a value whose chars are all Latin-1, read from its bytes; false, with
     * nothing written, for any other value. Why: copying a Latin-1 String into the char array was a
     * loop per char ({@code StringLatin1.inflate} in the C1 code a batch runs), and nearly every value
     * of a story is Latin-1; {@code getBytes(ISO_8859_1)} of one is a plain copy.
     * A char past U+00FF comes out of it as {@code ?}, so a {@code ?} byte is checked against the
     * value's char: the first that is not one ends the attempt before any char after it is read.
     */
    private boolean latin1Utf8(String s) {
        byte[] src = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int n = src.length;
        int start = len;
        ensureBytes(n + 2);
        byte[] dst = bytes;
        int o = len;
        dst[o++] = '"';
        for (int i = 0; i < n; i++) {
            int c = src[i] & 0xFF;
            if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\' && c != '?') {
                dst[o++] = (byte) c;
                continue;
            }
            if (c == '?') {
                if (s.charAt(i) != '?') {
                    len = start;
                    return false;
                }
                dst[o++] = '?';
                continue;
            }
            // at most six bytes for this one, two for each character left, and the closing quote
            len = o;
            ensureBytes(6 + 2 * (n - i) + 1);
            dst = bytes;
            if (c >= 0x80) {
                dst[o++] = (byte) (0xC0 | c >> 6);
                dst[o++] = (byte) (0x80 | c & 0x3F);
                continue;
            }
            o = escape(dst, o, c);
        }
        dst[o++] = '"';
        len = o;
        return true;
    }

    /**
     * Writes the escape of {@code c} (a quote mark, a backslash or a control char) at {@code o} of
     * {@code dst}, which has room for six bytes; returns where it ends.
     */
    private static int escape(byte[] dst, int o, int c) {
        dst[o++] = '\\';
        switch (c) {
            case '"', '\\' -> dst[o++] = (byte) c;
            case '\b' -> dst[o++] = 'b';
            case '\t' -> dst[o++] = 't';
            case '\n' -> dst[o++] = 'n';
            case '\f' -> dst[o++] = 'f';
            case '\r' -> dst[o++] = 'r';
            default -> {
                dst[o++] = 'u';
                dst[o++] = '0';
                dst[o++] = '0';
                dst[o++] = (byte) HEX[c >> 4];
                dst[o++] = (byte) HEX[c & 0xF];
            }
        }
        return o;
    }

    private void ensureBytes(int more) {
        if (len + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(len + more, bytes.length * 2));
        }
    }

    private void ensure(int more) {
        if (len + more > out.length) {
            char[] bigger = new char[Math.max(len + more, out.length * 2)];
            System.arraycopy(out, 0, bigger, 0, len);
            out = bigger;
        }
    }
}
