package io.articlex;

import io.articlex.assembly.Pipeline;
import io.articlex.assembly.Presets;
import io.articlex.pipeline.Stage;
import io.articlex.quotes.QuoteStage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Side-by-side benchmark for issue 3's speed bar: parses the same texts with the full pipeline and with
 * the pipeline less its quote stage, alternating rounds in one JVM, and prints the ratio of the median
 * thread CPU times (wall time on a shared machine measures the neighbours). Not a
 * test (timings do not belong in assertions); run it by hand after {@code mvn -q -B test-compile}:
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) io.articlex.QuoteBenchmark ../shared/corpus/quotes-dev ...</pre>
 */
public final class QuoteBenchmark {

    private QuoteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (String dir : args) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    inputs.add(Files.readAllBytes(p));
                }
            }
        }
        Presets all = Presets.builtIn();
        // both parsers from the same kind of presets: custom presets segment with the built-in chrome
        // test, the built-in presets with the boilerplate stage's, so the two passes differ in the quote
        // stage alone
        Parser with = new Parser(Presets.custom(all.text(), all.page()));
        List<Stage> less = new ArrayList<>();
        for (Stage st : all.text().stages()) {
            if (!(st instanceof QuoteStage)) {
                less.add(st);
            }
        }
        Parser without = new Parser(Presets.custom(new Pipeline(less), all.page()));
        int warm = Warmup.untilCompiled(Integer.getInteger("warmup", 5), Integer.getInteger("maxWarmup", 60),
                () -> pass(with, inputs), () -> pass(without, inputs));
        int rounds = Integer.getInteger("rounds", 21);
        long[] tWith = new long[rounds];
        long[] tWithout = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // the order alternates: a pass pays for the garbage the one before it left
            if (i % 2 == 0) {
                tWithout[i] = pass(without, inputs);
                tWith[i] = pass(with, inputs);
            } else {
                tWith[i] = pass(with, inputs);
                tWithout[i] = pass(without, inputs);
            }
        }
        // medians: the machine is shared, a single slow round must not decide the figure; the lower
        // quartiles too, which other processes' interference (it only adds) disturbs less
        Arrays.sort(tWith);
        Arrays.sort(tWithout);
        double mWith = tWith[rounds / 2] / 1e6;
        double mWithout = tWithout[rounds / 2] / 1e6;
        double qWith = tWith[rounds / 4] / 1e6;
        double qWithout = tWithout[rounds / 4] / 1e6;
        System.out.printf(Locale.ROOT, "%d inputs x %d rounds after %d of warm-up (median thread CPU): without quotes %.1f ms/pass, with quotes %.1f ms/pass, ratio %.3f%n",
                inputs.size(), rounds, warm, mWithout, mWith, mWith / mWithout);
        System.out.printf(Locale.ROOT, "quote stage share of parse CPU: %.1f%% (median), %.1f%% (lower quartiles %.1f / %.1f ms/pass)%n",
                100 * (mWith - mWithout) / mWith, 100 * (qWith - qWithout) / qWith, qWithout, qWith);
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** CPU time of this thread for one pass: the machine is shared, wall time counts other people's work. */
    private static long pass(Parser p, List<byte[]> inputs) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        int sink = 0;
        for (byte[] b : inputs) {
            sink += p.parse(b).quotes().size();
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
