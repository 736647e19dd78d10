package io.articlex.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * A buffered UTF-8 writer that only ever hands <em>whole lines</em> to the stream beneath, each batch
 * in one {@code write} call. A plain {@code BufferedWriter} flushes when its buffer fills, which can
 * cut a JSON line in two; if the process is then interrupted (Ctrl-C, a killed batch) the consumer
 * sees half an object. Here the text after the last newline stays buffered until its line ends.
 *
 * <p>When the stream fails (the reader closed the pipe: {@code articlex parse *.txt | head -1}), the
 * writer calls {@code onBroken} once and drops everything after: the command line uses that to stop
 * quietly instead of parsing inputs nobody reads.
 *
 * <p>A batch hands it most lines as UTF-8 bytes made on its workers ({@link #writeLine(byte[])}): through
 * the {@code PrintWriter} each line was copied into the pending text, copied out again, scanned and
 * encoded, all on the one thread that also feeds the workers. Text and byte lines keep their order:
 * the bytes wait behind any text written before them.
 */
public final class LineWriter extends Writer {

    /** Lines are handed down once this much text is waiting. */
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream stream;
    private final Runnable onBroken;
    private final StringBuilder pending = new StringBuilder(FLUSH_AT + 1024);
    /** Lines given as bytes, and text written before them: always before {@link #pending} in the output. */
    private byte[] bytes = new byte[0];
    private int byteCount;
    private boolean broken;
    private IOException failure;

    public LineWriter(OutputStream stream, Runnable onBroken) {
        this.stream = stream;
        this.onBroken = onBroken == null ? () -> { } : onBroken;
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
        synchronized (lock) {
            if (broken) {
                return;
            }
            pending.append(cbuf, off, len);
            if (pending.length() >= FLUSH_AT) {
                writeLines(false);
            }
        }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
        synchronized (lock) {
            if (broken) {
                return;
            }
            pending.append(str, off, off + len);
            if (pending.length() >= FLUSH_AT) {
                writeLines(false);
            }
        }
    }

    /**
     * Writes one line given as UTF-8 bytes, and a newline after it; throws as {@link #write} does when
     * the stream fails (and drops it when the stream failed before).
     */
    public void writeLine(byte[] utf8) throws IOException {
        synchronized (lock) {
            if (broken) {
                return;
            }
            if (pending.length() > 0) {
                moveText(pending.length());
            }
            ensure(utf8.length + 1);
            System.arraycopy(utf8, 0, bytes, byteCount, utf8.length);
            byteCount += utf8.length;
            bytes[byteCount++] = '\n';
            if (byteCount >= FLUSH_AT) {
                writeLines(false);
            }
        }
    }

    /** The first {@code end} characters of the pending text, encoded, after the pending bytes. */
    private void moveText(int end) {
        byte[] text = pending.substring(0, end).getBytes(StandardCharsets.UTF_8);
        pending.delete(0, end);
        ensure(text.length);
        System.arraycopy(text, 0, bytes, byteCount, text.length);
        byteCount += text.length;
    }

    private void ensure(int more) {
        if (byteCount + more > bytes.length) {
            bytes = java.util.Arrays.copyOf(bytes, Math.max(byteCount + more, Math.max(FLUSH_AT + 1024, bytes.length * 2)));
        }
    }

    /** Writes the complete lines; an unfinished last line waits for its newline. */
    @Override
    public void flush() throws IOException {
        synchronized (lock) {
            if (broken) {
                return;
            }
            writeLines(false);
            try {
                stream.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    /** Writes everything, an unfinished line too: nothing more is coming. */
    @Override
    public void close() throws IOException {
        synchronized (lock) {
            if (!broken) {
                writeLines(true);
                try {
                    stream.flush();
                } catch (IOException e) {
                    fail(e);
                }
            }
        }
    }

    private void writeLines(boolean all) throws IOException {
        int end = all ? pending.length() : pending.lastIndexOf("\n") + 1;
        if (byteCount == 0) {
            if (end <= 0) {
                return;
            }
            byte[] text = pending.substring(0, end).getBytes(StandardCharsets.UTF_8);
            pending.delete(0, end);
            try {
                stream.write(text);
            } catch (IOException e) {
                fail(e);
            }
            return;
        }
        if (end > 0) {
            moveText(end);
        }
        int n = byteCount;
        if (!all) {
            while (n > 0 && bytes[n - 1] != '\n') {
                n--;
            }
        }
        if (n == 0) {
            return;
        }
        try {
            stream.write(bytes, 0, n);
        } catch (IOException e) {
            fail(e);
        }
        System.arraycopy(bytes, n, bytes, 0, byteCount - n);
        byteCount -= n;
    }

    /** A {@code PrintWriter} over a line writer, which a batch can ask for the writer to hand it bytes. */
    public static final class Printer extends java.io.PrintWriter {
        private final LineWriter lines;

        public Printer(LineWriter lines) {
            super(lines, false);
            this.lines = lines;
        }

        public LineWriter lines() {
            return lines;
        }
    }

    /** The error that broke the stream (a closed pipe, a full disk), or null while all writes succeeded. */
    public IOException failure() {
        synchronized (lock) {
            return failure;
        }
    }

    private void fail(IOException e) throws IOException {
        broken = true;
        failure = e;
        pending.setLength(0);
        byteCount = 0;
        onBroken.run();
        throw e;
    }
}
