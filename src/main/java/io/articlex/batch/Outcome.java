package io.articlex.batch;

import java.nio.charset.StandardCharsets;

/**
 * What one input became.
 *
 * @param name  the input's name as printed in its line's {@code file} member
 * @param line  the output line (an article, or an error record), without a newline
 * @param error the error sentence when the input failed, else null
 * @param bytes how many bytes of article text were read, for the throughput figures
 * @param cause the exception behind an internal error, printed with {@code -x}; else null
 * @param utf8  the line as UTF-8 bytes when the writer made it so (compact JSON), else null; such an
 *              outcome holds no String line, and {@link #line()} decodes the bytes (outputs that store
 *              bytes never ask: making the String and encoding it again cost more than the JSON itself)
 */
public record Outcome(String name, String line, String error, long bytes, Throwable cause, byte[] utf8) {

    /** An outcome with its line as a String. */
    public Outcome(String name, String line, String error, long bytes, Throwable cause) {
        this(name, line, error, bytes, cause, null);
    }

    /** The output line, without a newline; decoded from {@link #utf8()} when that is all there is. */
    @Override
    public String line() {
        return line != null || utf8 == null ? line : new String(utf8, StandardCharsets.UTF_8);
    }

    /** An outcome with no exception behind it. */
    public Outcome(String name, String line, String error, long bytes) {
        this(name, line, error, bytes, null);
    }

    public boolean failed() {
        return error != null;
    }
}
