package io.articlex.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * gzip-compressed inputs ({@code story.txt.gz}, {@code dump.jsonl.gz}, a compressed stream on standard
 * input), told by the two magic bytes every gzip member starts with ({@code 1f 8b}), not by the name: no
 * text or page starts with them, as 0x8b cannot follow 0x1f in UTF-8 text, and a renamed file is still
 * read. Decompressed bytes count against the same {@code --max-bytes} limit as any input, so a small
 * file that inflates to gigabytes (a decompression bomb) is refused once it passes the limit, having
 * held no more than the limit in memory.
 */
public final class Gzip {

    private Gzip() {
    }

    /** Whether the bytes start like a gzip member. */
    public static boolean isGzip(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0xff) == 0x1f && (bytes[1] & 0xff) == 0x8b;
    }

    /** The decompressed bytes of gzip data (all members), or the bytes as they are when not gzip. */
    public static byte[] inflateIfGzip(byte[] bytes, long maxBytes) throws InputError {
        if (!isGzip(bytes)) {
            return bytes;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length * 4);
        byte[] chunk = new byte[65536];
        long total = 0;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes), 65536)) {
            int n;
            while ((n = in.read(chunk)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InputError(InputError.Kind.TOO_LARGE, "decompresses to more than " + maxBytes
                            + " bytes (a decompression bomb?); raise the limit with --max-bytes");
                }
                out.write(chunk, 0, n);
            }
        } catch (InputError e) {
            throw e;
        } catch (IOException e) {
            throw corrupt(e);
        }
        return out.toByteArray();
    }

    /** A stream that decompresses what it reads when it starts like gzip, or reads it as it is. */
    public static InputStream inflatingIfGzip(InputStream in) throws IOException {
        BufferedInputStream b = new BufferedInputStream(in, 65536);
        b.mark(2);
        int first = b.read();
        int second = b.read();
        b.reset();
        return first == 0x1f && second == 0x8b ? new GZIPInputStream(b, 65536) : b;
    }

    /** The sentence for gzip data that cannot be decompressed. */
    private static InputError corrupt(IOException e) {
        String why = e instanceof EOFException ? "it ends early (truncated)"
                : e instanceof ZipException && e.getMessage() != null ? e.getMessage() : "cannot decompress";
        return new InputError(InputError.Kind.UNREADABLE, "corrupt gzip data: " + why);
    }
}
