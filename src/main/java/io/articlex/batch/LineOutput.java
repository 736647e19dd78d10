package io.articlex.batch;

import java.io.IOException;

/**
 * Where the output lines of a batch go. {@link #commit()} ends a complete run; {@link #close()} without
 * a commit ends a failed one (for a file: nothing is left behind).
 */
public interface LineOutput extends AutoCloseable {

    /** Writes one line; returns false when the reader has gone away and the run should stop quietly. */
    boolean write(String line) throws IOException;

    /** The run is complete: make the output visible. Returns false when the reader had gone away. */
    boolean commit() throws IOException;

    @Override
    void close() throws IOException;
}
