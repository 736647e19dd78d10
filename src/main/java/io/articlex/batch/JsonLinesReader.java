package io.articlex.batch;

import io.articlex.input.InputFiles;

import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The lines of a JSON Lines input as {@link Input.Record}s, read one at a time (never the whole file).
 * Blank lines are not records and are skipped; line numbers still count them, so a record's number is
 * its line in the file. A read error ends the input with one failed record.
 *
 * <p>Reads are bounded: a line longer than {@code maxBytes} ({@code --max-bytes}) is never held; it
 * becomes one failed record and reading goes on at the next newline, so a stream with no newline
 * at all ({@code /dev/zero}) costs a bounded buffer, not the heap. A UTF-8 byte-order mark at the
 * start is skipped. A line that is not valid UTF-8 is decoded with U+FFFD for the bad bytes and its
 * record says so, for a warning like the one a file gets.
 */
final class JsonLinesReader extends Lookahead<Input> implements Closeable {

    private final String source;
    private final InputStream in;
    private final long maxBytes;
    private final String tooLarge;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int limit;
    private final Line line = new Line();
    private long lineNo;
    private boolean done;
    /** The rest of an over-long line is still to be skipped. */
    private boolean skipping;

    JsonLinesReader(String source, InputStream in, long maxBytes) {
        this(source, in, maxBytes, Long.MAX_VALUE);
    }

    /** As above, a record over {@code memoryBytes} (what a worker's heap share can parse) refused as well. */
    JsonLinesReader(String source, InputStream in, long maxBytes, long memoryBytes) {
        this.source = source;
        this.in = in;
        this.maxBytes = Math.min(maxBytes, memoryBytes);
        this.tooLarge = memoryBytes < maxBytes ? "record " + InputFiles.tooLargeForMemory(memoryBytes).getMessage()
                : "record too large: more than " + maxBytes + " bytes (raise the limit with --max-bytes)";
    }

    @Override
    protected Input advance() {
        while (!done) {
            try {
                if (lineNo == 0 && fill() && limit - pos >= 3
                        && buf[pos] == (byte) 0xEF && buf[pos + 1] == (byte) 0xBB && buf[pos + 2] == (byte) 0xBF) {
                    pos += 3;
                }
                boolean tooLong = readLine();
                if (done && line.size() == 0 && !tooLong) {
                    close();
                    return null;
                }
                lineNo++;
                if (tooLong) {
                    return new Input.Failed(source + ":" + lineNo, tooLarge);
                }
                if (!line.isBlank()) {
                    return record();
                }
            } catch (IOException e) {
                done = true;
                return new Input.Failed(source + ":" + (lineNo + 1), Problems.cannotRead(e));
            }
        }
        return null;
    }

    /** Makes bytes available in {@link #buf}; false at the end of the stream. */
    private boolean fill() throws IOException {
        while (pos >= limit) {
            int n = in.read(buf, 0, buf.length);
            if (n < 0) {
                return false;
            }
            pos = 0;
            limit = n;
        }
        return true;
    }

    /**
     * Reads up to the next newline into {@link #line}; true when the line was longer than the limit
     * (its bytes then dropped as they came). Sets {@link #done} at the end of the stream.
     */
    private boolean readLine() throws IOException {
        line.reset();
        while (fill()) {
            int nl = pos;
            int high = 0;
            while (nl < limit && buf[nl] != '\n') {
                high |= buf[nl];
                nl++;
            }
            boolean ends = nl < limit;
            if (skipping) {
                skipping = !ends;
            } else if (line.size() + (long) (nl - pos) > maxBytes) {
                // Reported now, the rest skipped on the next call: a stream with no newline at all
                // (/dev/zero on standard input) gets its error record at once instead of never.
                line.reset();
                skipping = !ends;
                pos = ends ? nl + 1 : limit;
                return true;
            } else {
                line.ascii &= high >= 0; // a byte from 0x80 up is negative
                line.write(buf, pos, nl - pos);
                if (ends) {
                    pos = nl + 1;
                    return false;
                }
            }
            pos = ends ? nl + 1 : limit;
        }
        done = true;
        return false;
    }

    private Input record() {
        // String's own decoding (one pass and, for the usual all-ASCII line of escaped JSON, one copy)
        // puts U+FFFD for every byte sequence that is not UTF-8: without one in the result the line was
        // valid and this is the strict decoder's text. A CharsetDecoder and a CharBuffer per record,
        // then a copy into the String, were 2% of a JSON Lines batch, on the thread that feeds the workers.
        if (line.ascii) {
            // ASCII bytes are their own UTF-8 decoding: copied as Latin-1, with nothing to scan for
            return new Input.Record(source, lineNo, line.latin1());
        }
        String text = line.utf8();
        if (text.indexOf('\uFFFD') < 0) {
            return new Input.Record(source, lineNo, text);
        }
        try {
            String json = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(line.bytes()).toString();
            return new Input.Record(source, lineNo, json);
        } catch (CharacterCodingException e) {
            return new Input.Record(source, lineNo, StandardCharsets.UTF_8.decode(line.bytes()).toString(), true);
        }
    }

    @Override
    public void close() throws IOException {
        done = true;
        in.close();
    }

    /** The bytes of the current line, looked at in place. */
    private static final class Line extends ByteArrayOutputStream {
        Line() {
            super(8192);
        }

        /** No byte of the line so far is past ASCII (the newline search looks at each). */
        boolean ascii = true;

        @Override
        public void reset() {
            super.reset();
            ascii = true;
        }

        /** The line as chars, for a line of ASCII bytes only. */
        String latin1() {
            return new String(buf, 0, count, StandardCharsets.ISO_8859_1);
        }

        ByteBuffer bytes() {
            return ByteBuffer.wrap(buf, 0, count);
        }

        /** The line decoded with U+FFFD for bytes that are not UTF-8. */
        String utf8() {
            return new String(buf, 0, count, StandardCharsets.UTF_8);
        }

        boolean isBlank() {
            for (int i = 0; i < count; i++) {
                byte x = buf[i];
                if (x != ' ' && x != '\t' && x != '\r') {
                    return false;
                }
            }
            return true;
        }
    }
}
