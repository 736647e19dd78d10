package io.articlex.batch;

import io.articlex.input.DeclaredCharset;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Optional;

/**
 * The articles of a WARC archive ({@code .warc}, or {@code .warc.gz} with one gzip member per record,
 * as crawlers write them): every {@code response} record whose HTTP payload is HTML or plain text
 * becomes one {@link Input.Page}, read one record at a time. Other response records (images, scripts,
 * JSON) are counted as skipped; request, metadata and warcinfo records are not articles and pass
 * silently. An archive that ends inside a record, or does not parse as WARC, ends with one failed
 * input that says where; the pages before it are kept. Read with jwarc, which handles per-record gzip,
 * chunked and compressed HTTP payloads.
 */
public final class WarcRecords extends Lookahead<Input> implements Closeable {

    private final String source;
    private final WarcReader reader;
    private final long maxBytes;
    private final Skipped skipped;
    private boolean done;

    /**
     * @param source   the archive as named (each page's {@code file})
     * @param maxBytes the most bytes one page may have ({@code --max-bytes})
     * @param skipped  where records that hold no page are counted
     */
    public WarcRecords(String source, InputStream in, long maxBytes, Skipped skipped) throws IOException {
        this.source = source;
        this.reader = new WarcReader(in);
        this.maxBytes = maxBytes;
        this.skipped = skipped;
    }

    /** Whether a name is a WARC archive's, with or without {@code .gz}. */
    public static boolean isWarc(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".warc") || n.endsWith(".warc.gz");
    }

    @Override
    protected Input advance() {
        while (!done) {
            long at = reader.position();
            try {
                Optional<WarcRecord> next = reader.next();
                if (next.isEmpty()) {
                    done = true;
                    close();
                    return null;
                }
                if (next.get() instanceof WarcResponse r) {
                    Input page = page(r);
                    if (page != null) {
                        return page;
                    }
                }
            } catch (IOException | RuntimeException e) {
                done = true;
                closeQuietly();
                return new Input.Failed(source, "WARC record at byte " + at + " cannot be read (a truncated or "
                        + "corrupt archive; the records before it were read): " + Problems.oneLine(e));
            }
        }
        return null;
    }

    /** The page of an HTML or text response, or null (counted) for any other payload. */
    private Input page(WarcResponse r) throws IOException {
        HttpResponse http;
        try {
            http = r.http();
        } catch (IOException e) {
            skipped.add("WARC response that is not HTTP", "WARC responses that are not HTTP");
            return null;
        }
        MediaType type = http.contentType();
        String base = type == null ? "" : (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
        if (!(base.equals("text/html") || base.equals("application/xhtml+xml") || base.equals("text/plain"))) {
            String what = " not HTML or text (" + (base.isEmpty() ? "no type" : base) + ")";
            skipped.add("WARC response" + what, "WARC responses" + what);
            http.body().consume();
            return null;
        }
        byte[] body;
        try (InputStream in = http.bodyDecoded().stream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        String uri = r.target();
        if (body.length > maxBytes) {
            return new Input.Failed(source, uri + ": too large: more than " + maxBytes
                    + " bytes (raise the limit with --max-bytes)");
        }
        String warning = r.truncated() == WarcTruncationReason.NOT_TRUNCATED ? null
                : "the archive marks this record truncated (" + r.truncated().name().toLowerCase(Locale.ROOT)
                + "): the page may be incomplete";
        String charset = type.parameters().get("charset");
        return new Input.Page(source, uri, r.date() == null ? null : r.date().toString(),
                DeclaredCharset.apply(body, charset), warning);
    }

    private void closeQuietly() {
        try {
            close();
        } catch (IOException e) {
            // Only read: nothing to lose.
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
