package io.articlex;

import io.articlex.assembly.Presets;
import io.articlex.input.DecodeOptions;
import io.articlex.input.Decoder;
import io.articlex.normalize.Normalizer;
import io.articlex.pipeline.Draft;
import io.articlex.pipeline.PageMeta;
import io.articlex.pipeline.Stage;
import io.articlex.quotes.QuoteStage;
import io.articlex.segment.Segmenter;

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
 * The quote stage alone: the texts are taken through the stages before it once, and then only
 * {@link QuoteStage#apply} runs, pass after pass, so that a profiler's samples all fall in the stage
 * and its CPU time is read without the rest of the parse around it. {@link QuoteBenchmark} gives the
 * stage's share of a parse; this gives its own cost. Run by hand, like that one.
 */
public final class QuoteStageBenchmark {

    private QuoteStageBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Runnable pass = prepared(args);
        int rounds = Integer.getInteger("rounds", 40);
        int warm = Warmup.untilCompiled(Integer.getInteger("warmup", 5), Integer.getInteger("maxWarmup", 60), pass);
        long[] t = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            t[i] = timed(pass);
        }
        Arrays.sort(t);
        System.out.printf(Locale.ROOT, "%d folders x %d rounds after %d of warm-up: quote stage alone, median thread CPU %.2f ms/pass (min %.2f)%n",
                args.length, rounds, warm, t[rounds / 2] / 1e6, t[0] / 1e6);
    }

    /**
     * One pass of the quote stage over the drafts of the texts in {@code dirs}, made ready: a harness
     * that loads two builds side by side in one JVM (a class loader each) alternates their passes.
     */
    public static Runnable prepared(String... dirs) throws IOException {
        Presets all = Presets.builtIn();
        List<Stage> before = new ArrayList<>();
        QuoteStage quotes = null;
        for (Stage st : all.text().stages()) {
            if (st instanceof QuoteStage q) {
                quotes = q;
            } else {
                before.add(st);
            }
        }
        List<Draft> drafts = new ArrayList<>();
        for (String dir : dirs) {
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String text = Normalizer.normalize(Decoder.decode(Files.readAllBytes(p), DecodeOptions.DEFAULT).text());
                    Draft d = Draft.of(Segmenter.segment(text, all.chromeLines()), PageMeta.NONE, List.of());
                    for (Stage st : before) {
                        d = st.apply(d);
                    }
                    drafts.add(d);
                }
            }
        }
        QuoteStage stage = quotes;
        return () -> {
            int sink = 0;
            for (Draft d : drafts) {
                sink += stage.apply(d).quotes().size();
            }
            if (sink < 0) {
                throw new IllegalStateException();
            }
        };
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private static long timed(Runnable pass) {
        long t0 = THREADS.getCurrentThreadCpuTime();
        pass.run();
        return THREADS.getCurrentThreadCpuTime() - t0;
    }
}
