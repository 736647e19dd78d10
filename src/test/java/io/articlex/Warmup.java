package io.articlex;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Warm-up for the benchmarks: passes are run until the JIT compilers have nothing left to do, not a
 * fixed number of times. A full parse hands C2 the methods of every stage, and on a loaded machine the
 * compiler threads get little CPU: methods of the segmenter and the quote stage were still moving from
 * C1 to C2 code after fifteen passes over the text corpora, where three passes of warm-up had been
 * deemed enough, and the early timed rounds measured partly unoptimised code. A round of passes during
 * which no compilation time accrues ends the warm-up.
 */
public final class Warmup {

    private Warmup() {
    }

    /**
     * Runs {@code passes}, in turn, at least {@code min} rounds, then until a round compiles nothing (or
     * {@code max} rounds); returns the number of rounds run.
     */
    public static int untilCompiled(int min, int max, Runnable... passes) {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        boolean measurable = jit != null && jit.isCompilationTimeMonitoringSupported();
        long before = measurable ? jit.getTotalCompilationTime() : 0;
        int rounds = 0;
        while (rounds < max) {
            for (Runnable p : passes) {
                p.run();
            }
            rounds++;
            if (rounds < min) {
                continue;
            }
            if (!measurable) {
                break;
            }
            long now = jit.getTotalCompilationTime();
            if (now == before) {
                break;
            }
            before = now;
        }
        return rounds;
    }
}
