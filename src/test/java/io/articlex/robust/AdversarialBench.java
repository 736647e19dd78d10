package io.articlex.robust;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.model.Article;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;

/**
 * Times each adversarial input of {@link Hostile} against an ordinary article text of the same size,
 * side by side in one JVM, and prints the ratio (median of runs). Not a test: run it with
 *
 * <pre>
 * mvn -q -B package -DskipTests &amp;&amp; mvn -q -B test-compile
 * java -Xss8m -cp target/articlex.jar:target/test-classes io.articlex.robust.AdversarialBench [SIZE_BYTES] [RUNS]
 * </pre>
 *
 * The bar: the worst ratio stays within 3x. Exit code 1 when it does not.
 */
public final class AdversarialBench {

    private AdversarialBench() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 4 << 20;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String only = args.length > 2 ? args[2] : null;
        Parser parser = Articlex.parser();
        byte[] ordinary = Hostile.ordinary(size).getBytes(StandardCharsets.UTF_8);
        // Warm up the JIT on ordinary text, so the first case is not charged for it.
        for (int i = 0; i < 3; i++) {
            parser.parse(Hostile.ordinary(size / 4).getBytes(StandardCharsets.UTF_8));
        }
        double base = median(parser, ordinary, runs);
        System.out.printf(Locale.ROOT, "%-32s %10s %9s %7s%n", "input", "bytes", "ms", "ratio");
        System.out.printf(Locale.ROOT, "%-32s %10d %9.1f %7.2f%n", "ordinary articles", ordinary.length, base, 1.0);
        double worst = 0;
        String worstName = null;
        for (Map.Entry<String, IntFunction<String>> c : Hostile.cases().entrySet()) {
            if (only != null && !c.getKey().contains(only)) {
                continue;
            }
            byte[] input = c.getValue().apply(size).getBytes(StandardCharsets.UTF_8);
            double ms = median(parser, input, runs);
            // Compare with ordinary text of this input's own size (the generators round sizes).
            double ref = input.length == ordinary.length ? base
                    : median(parser, Hostile.ordinary(input.length).getBytes(StandardCharsets.UTF_8), runs);
            double ratio = ms / ref;
            System.out.printf(Locale.ROOT, "%-32s %10d %9.1f %7.2f%n", c.getKey(), input.length, ms, ratio);
            if (ratio > worst) {
                worst = ratio;
                worstName = c.getKey();
            }
        }
        System.out.printf(Locale.ROOT, "worst: %s at %.2fx the time of ordinary text of the same size%n", worstName, worst);
        System.exit(worst <= 3.0 ? 0 : 1);
    }

    private static double median(Parser parser, byte[] input, int runs) {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            Article a = parser.parse(input);
            t[i] = (System.nanoTime() - start) / 1e6;
            if (a == null) {
                throw new IllegalStateException();
            }
        }
        Arrays.sort(t);
        return t[runs / 2];
    }
}
