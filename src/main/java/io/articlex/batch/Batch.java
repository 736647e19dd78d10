package io.articlex.batch;

import java.util.Iterator;
import java.util.function.Consumer;

/**
 * One batch run: inputs in, one line per input out, in input order, on N threads with a bounded
 * number of inputs in flight.
 */
public final class Batch {

    /** Inputs in flight per worker thread: enough to ride out one slow article, small enough to stay bounded. */
    static final int WINDOW_PER_THREAD = 32;

    /**
     * @param inputs  inputs written (to the output, or up to the point where the reader went away)
     * @param failed  of which failed
     * @param bytes   article bytes read
     * @param nanos   wall time
     * @param stopped the output's reader went away before the end
     */
    public record Summary(long inputs, long failed, long bytes, long nanos, boolean stopped) {
    }

    private Batch() {
    }

    /**
     * An outcome, its line as a String (null when the output takes the outcome's UTF-8 bytes) and as
     * the output stores it ({@link LineOutput#encode}), all made on a worker.
     */
    private record Done(Outcome outcome, String line, byte[] encoded) {
    }

    /**
     * @param each called on the writing thread after each line is written, in input order
     *             (error messages, progress)
     */
    public static Summary run(Iterator<Input> inputs, InputProcessor processor, int threads, LineOutput out,
                              Consumer<Outcome> each) throws Exception {
        long start = System.nanoTime();
        long[] counts = new long[3];
        boolean complete = OrderedParallel.run(inputs, in -> {
                    Outcome o = processor.process(in);
                    if (o.utf8() != null && out.storesUtf8()) {
                        return new Done(o, null, o.utf8());
                    }
                    String line = o.line();
                    return new Done(o, line, out.encode(line));
                }, threads, Math.max(2, threads * WINDOW_PER_THREAD), done -> {
                    Outcome o = done.outcome();
                    boolean more = out.write(done.line(), done.encoded());
                    counts[0]++;
                    if (o.failed()) {
                        counts[1]++;
                    }
                    counts[2] += o.bytes();
                    each.accept(o);
                    return more;
                });
        if (complete) {
            complete = out.commit();
        }
        return new Summary(counts[0], counts[1], counts[2], System.nanoTime() - start, !complete);
    }
}
