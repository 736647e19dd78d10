package io.articlex.batch;

import io.articlex.output.LineWriter;

import java.io.IOException;
import java.io.PrintWriter;

/**
 * Lines to standard output. A {@link PrintWriter} swallows write errors, so a closed pipe
 * ({@code articlex parse dir/ | head -1}) is noticed through {@link PrintWriter#checkError()}, asked
 * every few lines (it flushes, so not after every line), and the run then stops quietly instead of
 * parsing the rest of the archive into a pipe nobody reads.
 */
public final class StreamOutput implements LineOutput {

    private static final int CHECK_EVERY = 32;

    private final PrintWriter out;
    /** The line writer beneath {@code out}, which takes lines as UTF-8 bytes; or null. */
    private final LineWriter lines;
    private int sinceCheck;

    public StreamOutput(PrintWriter out) {
        this.out = out;
        this.lines = out instanceof LineWriter.Printer p ? p.lines() : null;
    }

    /** Lines made as UTF-8 bytes go to the line writer as they are, when there is one. */
    @Override
    public boolean storesUtf8() {
        return lines != null;
    }

    /**
     * A line made as bytes: written as the {@code PrintWriter} would write it, and a failed stream (a
     * closed pipe) stops the run quietly, as the {@code PrintWriter}'s error flag does.
     */
    @Override
    public boolean write(String line, byte[] encoded) {
        if (encoded == null || lines == null) {
            return write(line);
        }
        try {
            lines.writeLine(encoded);
            if (++sinceCheck >= CHECK_EVERY) {
                // handed down as often as the PrintWriter's check did, so a reader sees lines as soon
                sinceCheck = 0;
                lines.flush();
            }
        } catch (IOException e) {
            return false;
        }
        return true;
    }

    @Override
    public boolean write(String line) {
        out.println(line);
        if (++sinceCheck >= CHECK_EVERY) {
            sinceCheck = 0;
            return !out.checkError();
        }
        return true;
    }

    @Override
    public boolean commit() {
        return !out.checkError();
    }

    @Override
    public void close() {
        out.flush();
    }
}
