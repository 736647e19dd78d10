package io.articlex.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Throughput as a user sees it from the shell: {@code articlex parse INPUT -o FILE} run as a child
 * process over inputs on disk, timed from start to exit (start-up, JIT warm-up, reading, writing and
 * the file's commit included), with {@code -j 1} and {@code -j N} run interleaved so that both see
 * the same load, medians kept. The inputs are made in a temporary directory and deleted afterwards:
 * many small articles as files in nested directories, the same articles as one JSON Lines file, and
 * each corpus of saved pages copied as it is.
 */
public final class EndToEnd {

    /**
     * @param input   what was parsed
     * @param items   inputs (files or records), each one output line
     * @param bytes   article text or HTML bytes
     * @param threads the N of {@code -j N}
     * @param one     median wall seconds with {@code -j 1}
     * @param many    median wall seconds with {@code -j N}
     * @param complete whether every run exited 0 and wrote one line per item
     */
    public record Row(String input, long items, long bytes, int threads, double one, double many, boolean complete) {
        public double speedUp() {
            return one / many;
        }

        public double itemsPerSecond() {
            return items / many;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / many;
        }
    }

    private final List<String> articlex;
    private final int threads;
    private final int runs;

    /**
     * @param articlex the command that runs articlex, without arguments
     * @param threads  the N compared with one thread
     * @param runs     runs of each, interleaved; the median is kept
     */
    public EndToEnd(List<String> articlex, int threads, int runs) {
        this.articlex = articlex;
        this.threads = threads;
        this.runs = Math.max(1, runs);
    }

    /** {@code count} articles of the corpus as files, 1,000 to a directory. */
    public Row files(Corpus corpus, int count) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("articlex-e2e-");
        try {
            Path in = dir.resolve("in");
            long bytes = Generator.files(corpus, in, count);
            return measure(String.format("%,d files in %d dirs", count, (count + 999) / 1000), in, count, bytes, dir);
        } finally {
            PeakMemory.deleteTree(dir);
        }
    }

    /** The same articles as one JSON Lines file. */
    public Row jsonLines(Corpus corpus, int count) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("articlex-e2e-");
        try {
            Path in = dir.resolve("all.jsonl");
            long bytes = Generator.jsonLines(corpus, in, count);
            return measure("one JSON Lines file", in, count, bytes, dir);
        } finally {
            PeakMemory.deleteTree(dir);
        }
    }

    /** The saved pages of a corpus, copied into a directory of their own (the corpus may hold other files). */
    public Row pages(String name, Path corpusDir) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("articlex-e2e-");
        try {
            Path in = Files.createDirectory(dir.resolve("in"));
            long bytes = 0;
            List<Path> pages = Corpus.pageFiles(corpusDir);
            for (Path p : pages) {
                Path copy = in.resolve(corpusDir.relativize(p).toString().replace('/', '_'));
                Files.copy(p, copy);
                bytes += Files.size(copy);
            }
            return measure(name + " pages", in, pages.size(), bytes, dir);
        } finally {
            PeakMemory.deleteTree(dir);
        }
    }

    private Row measure(String label, Path input, long items, long bytes, Path work) throws IOException, InterruptedException {
        Path out = work.resolve("out.jsonl");
        List<Double> one = new ArrayList<>();
        List<Double> many = new ArrayList<>();
        boolean complete = true;
        for (int i = 0; i < runs; i++) {
            for (int j : new int[] {1, threads}) {
                Files.deleteIfExists(out);
                List<String> cmd = new ArrayList<>(articlex);
                cmd.addAll(List.of("parse", "-j", String.valueOf(j), input.toString(), "-o", out.toString()));
                ChildRun r = ChildRun.run(cmd, Map.of(), false);
                complete &= r.exitCode() == 0 && countLines(out) == items;
                (j == 1 ? one : many).add(r.seconds());
            }
        }
        return new Row(label, items, bytes, threads, Stats.median(one), Stats.median(many), complete);
    }

    private static long countLines(Path file) throws IOException {
        if (!Files.exists(file)) {
            return -1;
        }
        long n = 0;
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int r;
            while ((r = in.read(buf)) > 0) {
                for (int i = 0; i < r; i++) {
                    if (buf[i] == '\n') {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
