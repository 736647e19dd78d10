package io.articlex.bench;

import io.articlex.Articlex;
import io.articlex.Parser;
import io.articlex.batch.OrderedParallel;
import io.articlex.output.ArticleJson;

import java.util.ArrayList;
import java.util.List;

/**
 * Parse throughput inside one JVM: each pass runs every article of a corpus through what a batch does
 * to it (bytes decoded, parsed, written as JSON) on the batch's own ordered executor, and the median of
 * several passes is kept, after warm-up passes that let the JIT compile the hot code.
 */
public final class Throughput {

    /** The median pass. */
    public record Result(String corpus, int threads, int articles, long bytes, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    private Throughput() {
    }

    public static Result measure(Corpus corpus, int threads, int warmups, int runs) throws Exception {
        Parser parser = Articlex.parser();
        for (int i = 0; i < warmups; i++) {
            pass(corpus, parser, threads);
        }
        List<Double> secs = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            secs.add(pass(corpus, parser, threads));
        }
        return new Result(corpus.name(), threads, corpus.size(), corpus.bytes(), Stats.median(secs));
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
