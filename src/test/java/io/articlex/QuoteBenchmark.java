package io.articlex;

import com.sun.management.HotSpotDiagnosticMXBean;
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
 * With several folders it warms up once on all of them and then prints one line per folder and one for
 * all together. The first line says which compilers and collector ran: the launcher runs batches and
 * single files on C1 alone with the serial collector ({@code -XX:TieredStopAtLevel=1 -XX:+UseSerialGC}),
 * and a share measured on C2 code is not the user's.
 */
public final class QuoteBenchmark {

    private QuoteBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        System.out.println(jitMode());
        List<List<byte[]>> sets = new ArrayList<>();
        List<byte[]> inputs = new ArrayList<>();
        for (String dir : args) {
            List<byte[]> set = read(dir);
            sets.add(set);
            inputs.addAll(set);
        }
        Runnable[] both = passes(inputs);
        int warm = Warmup.untilCompiled(Integer.getInteger("warmup", 5), Integer.getInteger("maxWarmup", 60), both);
        int rounds = Integer.getInteger("rounds", 21);
        System.out.printf(Locale.ROOT, "%d rounds after %d of warm-up, median thread CPU per pass; share = (with - without) / with%n", rounds, warm);
        if (args.length > 1) {
            for (int k = 0; k < args.length; k++) {
                report(Path.of(args[k]).getFileName().toString(), sets.get(k).size(), passes(sets.get(k)), rounds);
            }
        }
        report(args.length > 1 ? "all" : Path.of(args[0]).getFileName().toString(), inputs.size(), both, rounds);
    }

    /** The texts ({@code .txt}) of a folder, in name order. */
    private static List<byte[]> read(String dir) throws IOException {
        List<byte[]> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of(dir))) {
            for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                out.add(Files.readAllBytes(p));
            }
        }
        return out;
    }

    /**
     * A pass of the full parse over the texts of {@code dirs} and a pass of the parse less the quote
     * stage, in that order: a harness that loads two builds side by side (a class loader each) alternates
     * them to compare the stage's cost inside a parse.
     */
    public static Runnable[] passes(String... dirs) throws IOException {
        List<byte[]> inputs = new ArrayList<>();
        for (String dir : dirs) {
            inputs.addAll(read(dir));
        }
        return passes(inputs);
    }

    private static Runnable[] passes(List<byte[]> inputs) {
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
        return new Runnable[] {() -> pass(with, inputs), () -> pass(without, inputs)};
    }

    private static void report(String name, int count, Runnable[] both, int rounds) {
        long[] tWith = new long[rounds];
        long[] tWithout = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            // the order alternates: a pass pays for the garbage the one before it left
            if (i % 2 == 0) {
                tWithout[i] = timed(both[1]);
                tWith[i] = timed(both[0]);
            } else {
                tWith[i] = timed(both[0]);
                tWithout[i] = timed(both[1]);
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
        System.out.printf(Locale.ROOT, "%-18s %4d inputs: without quotes %6.1f ms, with %6.1f ms, stage %6.1f ms, share %5.1f%% (lower quartiles %.1f / %.1f ms: %.1f%%)%n",
                name, count, mWithout, mWith, mWith - mWithout, 100 * (mWith - mWithout) / mWith, qWithout, qWith, 100 * (qWith - qWithout) / qWith);
    }

    /** Which compilers and collector this JVM runs, from its flags: C1 alone is the launcher's batches and single files. */
    static String jitMode() {
        String level = "4";
        String gc = "";
        HotSpotDiagnosticMXBean hs = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        if (hs != null) {
            level = hs.getVMOption("TieredStopAtLevel").getValue();
            for (String flag : List.of("UseSerialGC", "UseParallelGC", "UseG1GC", "UseZGC", "UseShenandoahGC", "UseEpsilonGC")) {
                try {
                    if (hs.getVMOption(flag).getValue().equals("true")) {
                        gc = flag.substring(3, flag.length() - 2);
                    }
                } catch (IllegalArgumentException absent) {
                    // a collector this JVM was built without
                }
            }
        }
        String jit = level.equals("1") ? "C1 only (-XX:TieredStopAtLevel=1: the launcher's path)" : "tiered, C2 (TieredStopAtLevel=" + level + ")";
        return "JIT: " + jit + "; GC: " + gc + "; java " + System.getProperty("java.version");
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long timed(Runnable pass) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        pass.run();
        return THREADS.getCurrentThreadCpuTime() - t0;
    }

    /** One pass over the inputs. */
    private static void pass(Parser p, List<byte[]> inputs) {
        int sink = 0;
        for (byte[] b : inputs) {
            sink += p.parse(b).quotes().size();
        }
        if (sink < 0) {
            throw new IllegalStateException();
        }
    }
}
