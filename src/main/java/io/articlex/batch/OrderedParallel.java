package io.articlex.batch;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over a stream of items on N threads and hands the results to a sink in the order of
 * the items. At most {@code window} items are in flight (submitted and not yet written): that is the
 * whole memory of a batch, whatever its size, and it is what keeps a slow item from letting the fast
 * ones pile up. The calling thread produces the items and writes the results; workers only compute.
 *
 * <p>With one thread, or when the stream turns out to hold a single item, everything runs on the
 * calling thread and no pool is started.
 */
public final class OrderedParallel {

    /** Receives results in order; returns false to stop the run (the reader went away). */
    @FunctionalInterface
    public interface Sink<R> {
        boolean accept(R result) throws Exception;
    }

    private OrderedParallel() {
    }

    /**
     * @return true when every item was written, false when the sink asked to stop
     */
    public static <T, R> boolean run(Iterator<T> items, Function<T, R> work, int threads, int window,
                                     Sink<R> sink) throws Exception {
        if (!items.hasNext()) {
            return true;
        }
        T first = items.next();
        if (threads <= 1 || !items.hasNext()) {
            if (!sink.accept(work.apply(first))) {
                return false;
            }
            while (items.hasNext()) {
                if (!sink.accept(work.apply(items.next()))) {
                    return false;
                }
            }
            return true;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, daemonThreads());
        try {
            ArrayDeque<Future<R>> inFlight = new ArrayDeque<>(window);
            inFlight.add(pool.submit(() -> work.apply(first)));
            while (items.hasNext()) {
                T item = items.next();
                inFlight.add(pool.submit(() -> work.apply(item)));
                if (inFlight.size() >= window && !drainHalf(inFlight, sink)) {
                    return false;
                }
            }
            while (!inFlight.isEmpty()) {
                if (!sink.accept(get(inFlight.poll()))) {
                    return false;
                }
            }
            return true;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Writes the older half of a full window. It first waits for the item in the middle, not the
     * oldest: waiting on the oldest woke the writing thread once per item, and on a machine with as
     * many cores as workers each wake-up took a core from a worker (a hand-off per short article
     * cost more than writing its line). Items finish roughly in order, so when the middle one is
     * done the ones before it almost always are, and the writer sleeps once per half window.
     */
    private static <R> boolean drainHalf(ArrayDeque<Future<R>> inFlight, Sink<R> sink) throws Exception {
        int half = Math.max(1, inFlight.size() / 2);
        Iterator<Future<R>> it = inFlight.iterator();
        for (int i = 0; i < half - 1; i++) {
            it.next();
        }
        Future<R> middle = it.next();
        try {
            middle.get();
        } catch (ExecutionException e) {
            // Thrown again, in order, when its turn to be written comes.
        }
        for (int i = 0; i < half; i++) {
            if (!sink.accept(get(inFlight.poll()))) {
                return false;
            }
        }
        return true;
    }

    private static <R> R get(Future<R> f) throws Exception {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof Exception ex) {
                throw ex;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Daemon threads: a run that stops early (closed stdout) must never be held open by its workers. */
    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "articlex-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
