package io.articlex.batch;

import java.io.PrintWriter;
import java.util.Locale;

/**
 * The progress line on a terminal's stderr: inputs done, inputs/s, errors and, once the total is
 * known, an ETA. Redrawn in place at most five times a second from the writing thread, so it costs
 * nothing per input; it is wiped before an error line is printed so the two never interleave.
 */
public final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final long start = System.nanoTime();
    private long lastDraw;
    private volatile long total = -1;
    private boolean drawn;

    public Progress(PrintWriter err) {
        this.err = err;
    }

    /** The number of inputs, once a background count has found it. */
    public void total(long n) {
        total = n;
    }

    public void update(long done, long errors, long skipped) {
        long now = System.nanoTime();
        if (now - lastDraw < REDRAW_NANOS) {
            return;
        }
        lastDraw = now;
        double secs = (now - start) / 1e9;
        double rate = secs > 0 ? done / secs : 0;
        StringBuilder sb = new StringBuilder("\r\033[K");
        sb.append(done);
        long t = total;
        if (t >= 0) {
            sb.append('/').append(t);
        }
        sb.append(" done, ").append(String.format(Locale.ROOT, "%.0f/s", rate))
                .append(", ").append(errors).append(errors == 1 ? " error" : " errors");
        if (skipped > 0) {
            sb.append(", ").append(skipped).append(" skipped");
        }
        if (t > 0 && rate > 0 && done <= t) {
            sb.append(", ETA ").append(clock((long) ((t - done) / rate)));
        }
        err.print(sb);
        err.flush();
        drawn = true;
    }

    /** Wipes the line (before an error message, and at the end). */
    public void clear() {
        if (drawn) {
            err.print("\r\033[K");
            err.flush();
            drawn = false;
            lastDraw = 0;
        }
    }

    static String clock(long seconds) {
        return seconds >= 3600
                ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
