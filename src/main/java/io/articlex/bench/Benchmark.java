package io.articlex.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * {@code articlex bench}: throughput on each text corpus and on all of them, one thread and all
 * cores; the same for each corpus of saved web pages (with the milliseconds per MB of HTML); start-up latency of one parse against {@code java -version}; peak memory of a large batch.
 * Prints a table headed by the machine. Progress notes go to the log (stderr), figures to the table.
 */
public final class Benchmark {

    /**
     * @param corpusRoot    a directory whose subdirectories are corpora (or itself one corpus)
     * @param runs          timed passes per throughput figure (the median is kept)
     * @param warmups       untimed passes before them
     * @param startupRuns   process runs per start-up figure, 0 to skip
     * @param batch         articles in the peak-memory batch, 0 to skip
     * @param heap          the heap cap of that batch (-Xmx)
     * @param articlex      the command that runs articlex, or null when there is no jar to run
     * @param viaLauncher   whether {@code articlex} is the launcher script
     * @param e2eArticles   articles in the end-to-end inputs (as files and as JSON Lines), 0 to skip them
     * @param e2eRuns       child runs per end-to-end figure, each of -j 1 and -j N
     */
    public record Settings(Path corpusRoot, int runs, int warmups, int startupRuns, int batch, String heap,
                           List<String> articlex, boolean viaLauncher, int e2eArticles, int e2eRuns) {
    }

    private final Settings settings;
    private final PrintWriter table;
    private final PrintWriter log;

    public Benchmark(Settings settings, PrintWriter table, PrintWriter log) {
        this.settings = settings;
        this.table = table;
        this.log = log;
    }

    public void run() throws Exception {
        List<Corpus> corpora = corpora(settings.corpusRoot());
        List<Corpus> pages = pageCorpora(settings.corpusRoot());
        if (corpora.isEmpty() && pages.isEmpty()) {
            throw new IOException("no *.txt article or *.html page under " + settings.corpusRoot());
        }
        table.println("articlex bench on " + Machine.current());
        table.println(loadNote());
        table.println();
        int cores = Runtime.getRuntime().availableProcessors();
        endToEnd(corpora, pages, cores);
        table.printf(Locale.ROOT, "Throughput in one JVM (bytes -> article -> JSON line), median of %d passes after %d warm-up;%n"
                        + "a pass covers at least 4 MB (small corpora repeated); MB/cpu-s = MB per second of the JVM's CPU time%n",
                settings.runs(), settings.warmups());
        table.printf(Locale.ROOT, "%-16s %9s %8s %8s %12s %8s %10s%n", "corpus", "articles", "MB", "threads", "articles/s", "MB/s",
                "MB/cpu-s");
        for (Corpus c : corpora) {
            for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                log.println("bench: " + c.name() + " on " + threads + (threads == 1 ? " thread" : " threads") + " ...");
                log.flush();
                Throughput.Result r = Throughput.measure(c, threads, settings.warmups(), settings.runs());
                table.printf(Locale.ROOT, "%-16s %9d %8.2f %8d %12.0f %8.2f %10.2f%n", r.corpus(), r.articles(),
                        r.bytes() / 1e6, r.threads(), r.articlesPerSecond(), r.megabytesPerSecond(),
                        r.megabytesPerCpuSecond());
                table.flush();
            }
        }
        if (!pages.isEmpty()) {
            table.println();
            table.printf(Locale.ROOT, "HTML pages in one JVM (bytes -> page -> article -> JSON line), median of %d passes after %d warm-up%n",
                    settings.runs(), settings.warmups());
            table.printf(Locale.ROOT, "ms/MB = wall milliseconds per MB of HTML; cpu-ms/MB = the JVM's CPU milliseconds per MB (the figure to compare on a busy machine)%n");
            table.printf(Locale.ROOT, "%-16s %9s %8s %8s %12s %8s %8s %10s%n", "corpus", "pages", "MB", "threads", "pages/s", "MB/s", "ms/MB", "cpu-ms/MB");
            for (Corpus c : pages) {
                for (int threads : cores > 1 ? new int[] {1, cores} : new int[] {1}) {
                    log.println("bench: " + c.name() + " on " + threads + (threads == 1 ? " thread" : " threads") + " ...");
                    log.flush();
                    Throughput.Result r = Throughput.measure(c, threads, settings.warmups(), settings.runs());
                    table.printf(Locale.ROOT, "%-16s %9d %8.2f %8d %12.0f %8.2f %8.1f %10.1f%n", r.corpus(), r.articles(),
                            r.bytes() / 1e6, r.threads(), r.articlesPerSecond(), r.megabytesPerSecond(),
                            1000 / r.megabytesPerSecond(), 1000 / r.megabytesPerCpuSecond());
                    table.flush();
                }
            }
        }
        if (corpora.isEmpty()) {
            table.flush();
            return;
        }
        Corpus all = corpora.get(corpora.size() - 1);
        table.println();
        if (settings.startupRuns() > 0 && settings.articlex() != null) {
            Path article = Files.createTempFile("articlex-bench-", ".txt");
            try {
                byte[] a = nearest(all, 3000);
                Files.write(article, a);
                log.println("bench: start-up, " + settings.startupRuns() + " runs ...");
                log.flush();
                Startup.Result s = Startup.measure(settings.articlex(), article, settings.startupRuns());
                table.printf(Locale.ROOT, "Start-up, median of %d runs each, interleaved%n", s.runs());
                table.printf(Locale.ROOT, "  %-44s %8.1f ms%n", "java -Xshare:auto -version", s.javaVersionMs());
                table.printf(Locale.ROOT, "  %-44s %8.1f ms  (%.2fx)%n",
                        String.join(" ", tail(settings.articlex())) + " parse (" + a.length + " B)", s.parseMs(), s.ratio());
            } finally {
                Files.deleteIfExists(article);
            }
        } else {
            table.println("Start-up: skipped" + (settings.articlex() == null ? " (not running from a jar)" : ""));
        }
        table.println();
        if (settings.batch() > 0 && settings.articlex() != null) {
            log.println("bench: peak memory of " + settings.batch() + " articles ...");
            log.flush();
            PeakMemory.Result m = PeakMemory.measure(settings.articlex(), settings.viaLauncher(), all,
                    settings.batch(), settings.heap());
            ChildRun r = m.run();
            table.printf(Locale.ROOT, "Large batch: parse DIR of %d articles (%.1f MB), -Xmx%s, all cores%n",
                    m.articles(), m.bytes() / 1e6, m.heap());
            table.printf(Locale.ROOT, "  peak RSS %s, %d/%d lines, exit %d, %.1f s (%.0f articles/s, %.2f MB/s end to end)%s%n",
                    r.peakRssKb() < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f MB", r.peakRssKb() / 1024.0),
                    r.lines(), m.articles(), r.exitCode(), r.seconds(), m.articles() / r.seconds(),
                    m.bytes() / 1e6 / r.seconds(), m.complete() ? "" : "  INCOMPLETE");
        } else {
            table.println("Large batch: skipped" + (settings.articlex() == null ? " (not running from a jar)" : ""));
        }
        table.flush();
    }

    /**
     * The figures a user sees first: {@code articlex parse INPUT -o FILE} as a child process, start-up
     * included, -j 1 beside -j N. Text inputs are the last corpus ("all") repeated to the count asked.
     */
    private void endToEnd(List<Corpus> corpora, List<Corpus> pages, int cores) throws IOException, InterruptedException {
        if (settings.articlex() == null || settings.e2eRuns() <= 0) {
            table.println("End to end: skipped" + (settings.articlex() == null ? " (not running from a jar)" : ""));
            table.println();
            return;
        }
        int n = Math.max(2, cores);
        EndToEnd e2e = new EndToEnd(settings.articlex(), n, settings.e2eRuns());
        table.printf(Locale.ROOT, "End to end: %s parse INPUT -o FILE as a child process (start-up included), -j 1 and -j %d%n"
                + "interleaved, median of %d runs each; rate columns are for -j %d%n",
                String.join(" ", tail(settings.articlex())), n, settings.e2eRuns(), n);
        table.printf(Locale.ROOT, "%-28s %8s %8s %8s %8s %8s %10s %8s %8s%n", "input", "items", "MB", "-j 1 s",
                "-j " + n + " s", "speed-up", "items/s", "MB/s", "ms/MB");
        if (!corpora.isEmpty() && settings.e2eArticles() > 0) {
            Corpus all = corpora.get(corpora.size() - 1);
            log.println("bench: end to end, " + settings.e2eArticles() + " files ...");
            log.flush();
            e2eRow(e2e.files(all, settings.e2eArticles()));
            log.println("bench: end to end, one JSON Lines file ...");
            log.flush();
            e2eRow(e2e.jsonLines(all, settings.e2eArticles()));
        }
        for (Corpus c : pages) {
            log.println("bench: end to end, " + c.name() + " pages ...");
            log.flush();
            e2eRow(e2e.pages(c.name(), settings.corpusRoot().resolve(c.name())));
        }
        table.println();
    }

    private void e2eRow(EndToEnd.Row r) {
        table.printf(Locale.ROOT, "%-28s %8d %8.2f %8.2f %8.2f %7.2fx %10.0f %8.2f %8.1f%s%n", r.input(), r.items(),
                r.bytes() / 1e6, r.one(), r.many(), r.speedUp(), r.itemsPerSecond(), r.megabytesPerSecond(),
                1000 / r.megabytesPerSecond(), r.complete() ? "" : "  INCOMPLETE");
        table.flush();
    }

    /** The machine's load when the run started: wall-time figures on a busy machine are not its capacity. */
    private static String loadNote() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "load average: n/a" : String.format(Locale.ROOT, "load average at start: %.2f (%d cores)",
                load, Runtime.getRuntime().availableProcessors());
    }

    /** Each subdirectory holding articles is a corpus; "all" (every one together) comes last. */
    static List<Corpus> corpora(Path root) throws IOException {
        List<Corpus> list = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path d : s.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (!Corpus.textFiles(d).isEmpty()) {
                    dirs.add(d);
                    list.add(Corpus.load(d.getFileName().toString(), List.of(d)));
                }
            }
        }
        if (dirs.isEmpty()) {
            Corpus one = Corpus.load(root.getFileName().toString(), List.of(root));
            return one.size() == 0 ? List.of() : List.of(one);
        }
        if (dirs.size() > 1) {
            List<byte[]> every = new ArrayList<>();
            list.forEach(c -> every.addAll(c.articles()));
            list.add(new Corpus("all", every));
        }
        return list;
    }

    /** Each subdirectory holding saved web pages is an HTML corpus, measured apart from the text ones. */
    static List<Corpus> pageCorpora(Path root) throws IOException {
        List<Corpus> list = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            for (Path d : s.filter(Files::isDirectory).sorted(Comparator.comparing(Path::toString)).toList()) {
                if (!Corpus.pageFiles(d).isEmpty()) {
                    list.add(Corpus.loadPages(d.getFileName().toString(), d));
                }
            }
        }
        return list;
    }

    private static byte[] nearest(Corpus c, int size) {
        byte[] best = c.articles().get(0);
        for (byte[] a : c.articles()) {
            if (Math.abs(a.length - size) < Math.abs(best.length - size)) {
                best = a;
            }
        }
        return best;
    }

    private static List<String> tail(List<String> cmd) {
        String first = Path.of(cmd.get(0)).getFileName().toString();
        List<String> out = new ArrayList<>();
        out.add(first.equals("articlex") ? "./articlex" : first);
        if (!first.equals("articlex")) {
            out.addAll(cmd.subList(1, cmd.size()).stream().map(a -> a.endsWith(".jar") ? Path.of(a).getFileName().toString() : a).toList());
        }
        return out;
    }
}
