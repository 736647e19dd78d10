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
 */
public final class LineWriter extends Writer {

    /** Lines are handed down once this much text is waiting. */
    private static final int FLUSH_AT = 1 << 16;

    private final OutputStream stream;
    private final Runnable onBroken;
    private final StringBuilder pending = new StringBuilder(FLUSH_AT + 1024);
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
        if (end <= 0) {
            return;
        }
        byte[] bytes = pending.substring(0, end).getBytes(StandardCharsets.UTF_8);
        pending.delete(0, end);
        try {
            stream.write(bytes);
        } catch (IOException e) {
            fail(e);
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
        onBroken.run();
        throw e;
    }
}
