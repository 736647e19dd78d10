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
 * java -Xmx4g -cp target/articlex.jar:target/test-classes io.articlex.robust.AdversarialBench [SIZE_BYTES] [RUNS] [CASE]
 * </pre>
 *
 * Each case is compared with ordinary input of its own kind (text, or a saved page for the HTML
 * cases) and size, timed right after it; the median of RUNS. The bar: the worst ratio stays
 * within 3x. Exit code 1 when it does not. CASE runs only the cases whose name contains it.
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
        // Warm up the JIT on every input kind at a small size, so no case is charged for compiling.
        for (int i = 0; i < 3; i++) {
            parser.parse(Hostile.ordinary(size / 8).getBytes(StandardCharsets.UTF_8));
            parser.parse(Hostile.ordinaryPage(size / 8).getBytes(StandardCharsets.UTF_8));
            for (IntFunction<String> c : Hostile.cases().values()) {
                parser.parse(c.apply(1 << 16).getBytes(StandardCharsets.UTF_8));
            }
        }
        double base = median(parser, ordinary, runs);
        System.out.printf(Locale.ROOT, "%-32s %10s %9s %9s %7s%n", "input", "bytes", "ms", "same-size", "ratio");
        System.out.printf(Locale.ROOT, "%-32s %10d %9.1f %9.1f %7.2f%n", "ordinary articles", ordinary.length, base, base, 1.0);
        double worst = 0;
        String worstName = null;
        for (Map.Entry<String, IntFunction<String>> c : Hostile.cases().entrySet()) {
            if (only != null && !c.getKey().contains(only)) {
                continue;
            }
            String text = c.getValue().apply(size);
            byte[] input = text.getBytes(StandardCharsets.UTF_8);
            double ms = median(parser, input, runs);
            // Compare with ordinary input of the same kind and this input's own size (the generators
            // round sizes): a web page with a page, text with text, measured right after.
            String same = Hostile.isPage(text) ? Hostile.ordinaryPage(input.length) : Hostile.ordinary(input.length);
            double ref = same.length() == ordinary.length ? base : median(parser, same.getBytes(StandardCharsets.UTF_8), runs);
            double ratio = ms / ref;
            System.out.printf(Locale.ROOT, "%-32s %10d %9.1f %9.1f %7.2f%n", c.getKey(), input.length, ms, ref, ratio);
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
