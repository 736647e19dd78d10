package io.articlex.batch;

/**
 * What one input became.
 *
 * @param name  the input's name as printed in its line's {@code file} member
 * @param line  the output line (an article, or an error record), without a newline
 * @param error the error sentence when the input failed, else null
 * @param bytes how many bytes of article text were read, for the throughput figures
 * @param cause the exception behind an internal error, printed with {@code -x}; else null
 */
public record Outcome(String name, String line, String error, long bytes, Throwable cause) {

    /** An outcome with no exception behind it. */
    public Outcome(String name, String line, String error, long bytes) {
        this(name, line, error, bytes, null);
    }

    public boolean failed() {
        return error != null;
    }
}
