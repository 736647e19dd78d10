package io.articlex.bench;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.batch.OrderedParallel;
import io.articlex.output.ArticleJson;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Parse throughput inside one JVM: each pass runs every article of a corpus through what a batch does
 * to it (bytes decoded, parsed, written as JSON) on the batch's own ordered executor, and the median of
 * several passes is kept, after warm-up passes that let the JIT compile the hot code.
 */
public final class Throughput {

    /**
     * The median pass. {@code cpuSeconds} is the CPU time the whole JVM spent in it (JIT and GC
     * included): on a machine shared with other work, wall time depends on the load and CPU time
     * much less, so MB per CPU-second is the figure to compare between runs on a busy machine.
     */
    public record Result(String corpus, int threads, int articles, long bytes, double seconds, double cpuSeconds) {

        public double megabytesPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }

        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private Throughput() {
    }

    /**
     * A pass covers at least this much text (a small corpus is repeated): long enough for the
     * process CPU clock, which ticks in milliseconds, and for the JIT to settle.
     */
    static final long MIN_PASS_BYTES = 4_000_000;

    public static Result measure(Corpus corpus, int threads, int warmups, int runs) throws Exception {
        Parser parser = Articlex.parser();
        int reps = (int) Math.max(1, (MIN_PASS_BYTES + corpus.bytes() - 1) / Math.max(1, corpus.bytes()));
        if (reps > 1) {
            List<byte[]> repeated = new ArrayList<>(corpus.size() * reps);
            for (int i = 0; i < reps; i++) {
                repeated.addAll(corpus.articles());
            }
            corpus = new Corpus(corpus.name(), repeated);
        }
        for (int i = 0; i < warmups; i++) {
            pass(corpus, parser, threads);
        }
        List<Double> secs = new ArrayList<>();
        List<Double> cpu = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long cpu0 = processCpuNanos();
            secs.add(pass(corpus, parser, threads));
            cpu.add((processCpuNanos() - cpu0) / 1e9);
        }
        return new Result(corpus.name(), threads, corpus.size(), corpus.bytes(), Stats.median(secs), Stats.median(cpu));
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        return -1;
    }

    private static double pass(Corpus corpus, Parser parser, int threads) throws Exception {
        long[] chars = new long[1];
        long start = System.nanoTime();
        OrderedParallel.run(corpus.articles().iterator(),
                bytes -> ArticleJson.write("bench", parser.parse(bytes), false),
                threads, Math.max(2, threads * 32), line -> {
                    chars[0] += line.length();
                    return true;
                });
        long nanos = System.nanoTime() - start;
        if (chars[0] == 0 && corpus.size() > 0) {
            throw new IllegalStateException("no output");
        }
        return nanos / 1e9;
    }
}
