package io.articlex.limits;

import java.time.Duration;

/**
 * The time budget of the input being parsed on this thread ({@code --timeout}). A parse cannot be
 * stopped from outside without leaving its thread stuck, so the long-running parts ask the deadline
 * themselves: regular expressions of the rules read their text through {@link #chars}, which checks
 * the clock every few thousand characters read (a pattern that backtracks catastrophically reads
 * billions), and the HTML parser and the pipeline check between elements and stages. When the budget
 * is spent they throw {@link Exceeded}, which unwinds the parse and frees the thread.
 *
 * <p>Without a deadline on the thread (the library used directly, {@code --timeout 0}) every check is
 * a no-op and {@link #chars} returns the string itself.
 */
public final class Deadline implements AutoCloseable {

    private static final ThreadLocal<Deadline> CURRENT = new ThreadLocal<>();

    /** Characters read between two looks at the clock. */
    private static final int CHECK_EVERY = 4096;

    private final long endNanos;
    private final Duration budget;
    private final Deadline outer;

    private Deadline(Duration budget, Deadline outer) {
        this.budget = budget;
        this.endNanos = budget == null ? 0 : System.nanoTime() + budget.toNanos();
        this.outer = outer;
    }

    /** The budget is spent. Carries no stack trace: it is control flow, thrown from deep in a match. */
    public static final class Exceeded extends RuntimeException {
        private final Duration budget;

        Exceeded(Duration budget) {
            super("took longer than " + describe(budget), null, false, false);
            this.budget = budget;
        }

        public Duration budget() {
            return budget;
        }
    }

    /**
     * Starts a budget for the work on this thread until {@link #close()}; a zero or negative budget
     * means none (checks pass).
     */
    public static Deadline start(Duration budget) {
        Deadline d = new Deadline(budget.isZero() || budget.isNegative() ? null : budget, CURRENT.get());
        CURRENT.set(d);
        return d;
    }

    @Override
    public void close() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    /** Throws {@link Exceeded} when the budget of the work on this thread is spent. */
    public static void check() {
        Deadline d = CURRENT.get();
        if (d != null) {
            d.checkNow();
        }
    }

    /** The deadline of this thread, or null; for loops that check often and look it up once. */
    public static Deadline current() {
        Deadline d = CURRENT.get();
        return d == null || d.budget == null ? null : d;
    }

    /** Throws {@link Exceeded} when this budget is spent. */
    public void checkNow() {
        if (budget != null && System.nanoTime() - endNanos > 0) {
            throw new Exceeded(budget);
        }
    }

    /**
     * The text for a regular expression to run on: the string itself when no budget applies, else a
     * view that checks the budget as the matcher reads it.
     */
    public static CharSequence chars(String s) {
        Deadline d = current();
        return d == null ? s : new Timed(s, d);
    }

    /** "30 s", "1.5 s", "200 ms". */
    public static String describe(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A string read through the deadline. */
    private static final class Timed implements CharSequence {
        private final String s;
        private final Deadline deadline;
        private int reads;

        Timed(String s, Deadline deadline) {
            this.s = s;
            this.deadline = deadline;
        }

        @Override
        public char charAt(int index) {
            if (++reads == CHECK_EVERY) {
                reads = 0;
                deadline.checkNow();
            }
            return s.charAt(index);
        }

        @Override
        public int length() {
            return s.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return new Timed(s.substring(start, end), deadline);
        }

        @Override
        public String toString() {
            return s;
        }
    }
}
