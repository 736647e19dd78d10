package io.articlex.batch;

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
    private int sinceCheck;

    public StreamOutput(PrintWriter out) {
        this.out = out;
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
