package io.articlex.batch;

import java.io.IOException;

/**
 * Where the output lines of a batch go. {@link #commit()} ends a complete run; {@link #close()} without
 * a commit ends a failed one (for a file: nothing is left behind).
 */
public interface LineOutput extends AutoCloseable {

    /** Writes one line; returns false when the reader has gone away and the run should stop quietly. */
    boolean write(String line) throws IOException;

    /**
     * The line as this output will store it, made on the worker thread that made the line (null when
     * the output keeps no such form): the writing thread is the one part of a batch that does not run
     * in parallel, and encoding every line there kept it busy while the workers waited on the window.
     */
    default byte[] encode(String line) {
        return null;
    }

    /**
     * This output stores a line as its UTF-8 bytes, so a line the worker made as such
     * ({@link Outcome#utf8()}) is handed over as it is, and never made a String.
     */
    default boolean storesUtf8() {
        return false;
    }

    /**
     * Writes one line, given with what {@link #encode} made of it; {@code line} is null when the line
     * came as UTF-8 bytes to an output that {@link #storesUtf8() stores them}.
     */
    default boolean write(String line, byte[] encoded) throws IOException {
        return write(line);
    }

    /** The run is complete: make the output visible. Returns false when the reader had gone away. */
    boolean commit() throws IOException;

    @Override
    void close() throws IOException;
}
