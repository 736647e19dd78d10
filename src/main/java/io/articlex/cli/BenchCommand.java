package io.articlex.cli;

import io.articlex.bench.Benchmark;
import io.articlex.bench.Corpus;
import io.articlex.bench.Generator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code articlex bench}: throughput, start-up and memory figures; {@code bench generate}: a large batch. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure end-to-end throughput as the shell sees it (articlex parse over files, one JSON Lines "
                + "file and saved pages, start-up included, -j 1 beside -j N), parse throughput in one JVM "
                + "(one thread and all cores) on the corpora, the start-up latency of one parse, and the "
                + "peak memory of a large batch; print a table.",
                "Figures are medians of several runs; compare ratios across machines."},
        subcommands = BenchCommand.Generate.class,
        footer = {"  articlex bench", "  articlex bench --batch 200000"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
            description = "Directory of corpora (each subdirectory with *.txt articles is one; default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--runs", paramLabel = "N", defaultValue = "5", description = "Timed passes per throughput figure (default: ${DEFAULT-VALUE}).")
    int runs;

    @Option(names = "--warmups", paramLabel = "N", defaultValue = "2", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
    int warmups;

    @Option(names = "--startup-runs", paramLabel = "N", defaultValue = "15",
            description = "Processes per start-up figure, 0 to skip (default: ${DEFAULT-VALUE}).")
    int startupRuns;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "20000",
            description = "Articles in the peak-memory batch, 0 to skip (default: ${DEFAULT-VALUE}).")
    int batch;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "256m", description = "-Xmx of that batch (default: ${DEFAULT-VALUE}).")
    String heap;

    @Option(names = "--e2e-articles", paramLabel = "N", defaultValue = "96000",
            description = "Articles in the end-to-end inputs (N files in nested directories, and one JSON Lines file of them); "
                    + "0 to skip those two (default: ${DEFAULT-VALUE}).")
    int e2eArticles;

    @Option(names = "--e2e-runs", paramLabel = "N", defaultValue = "3",
            description = "Child runs of each of -j 1 and -j N per end-to-end figure, 0 to skip the end-to-end table (default: ${DEFAULT-VALUE}).")
    int e2eRuns;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(corpus)) {
            err.println("articlex: no corpus directory " + corpus + " (use --corpus DIR)");
            return Errors.USAGE;
        }
        String launcher = System.getProperty("articlex.launcher");
        List<String> articlex = null;
        if (launcher != null && Files.isExecutable(Path.of(launcher))) {
            articlex = List.of(launcher);
        } else {
            Path jar = ownJar();
            if (jar != null) {
                articlex = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xshare:auto", "-jar", jar.toString());
            }
        }
        new Benchmark(new Benchmark.Settings(corpus, runs, warmups, startupRuns, batch, heap, articlex,
                launcher != null && articlex != null && articlex.size() == 1, e2eArticles, e2eRuns), out, err).run();
        return Errors.OK;
    }

    private static Path ownJar() {
        try {
            Path p = Path.of(BenchCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return p.toString().endsWith(".jar") ? p : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** {@code articlex bench generate}: writes a large batch made from the corpora, for load tests. */
    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"Write COUNT articles taken in turn from the corpora's *.txt files: as files "
                    + "OUT/000/000000.txt (1,000 per directory), or with --jsonl as one JSON Lines file OUT.",
                    "For load tests: generate into /tmp, never into the repository."},
            footer = {"  articlex bench generate --count 200000 /tmp/articlex-200k",
                    "  articlex bench generate --count 200000 --jsonl /tmp/articlex-200k.jsonl"})
    static final class Generate implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "../shared/corpus",
                description = "Where the articles come from (default: ${DEFAULT-VALUE}).")
        Path corpus;

        @Option(names = "--count", paramLabel = "N", required = true, description = "How many articles.")
        int count;

        @Option(names = "--jsonl", description = "One JSON Lines file of {\"id\", \"text\"} records instead of files.")
        boolean jsonl;

        @Parameters(paramLabel = "OUT", description = "The directory (or with --jsonl, the file) to write.")
        Path out;

        @Override
        public Integer call() throws Exception {
            PrintWriter err = spec.commandLine().getErr();
            if (!Files.isDirectory(corpus)) {
                err.println("articlex: no corpus directory " + corpus + " (use --corpus DIR)");
                return Errors.USAGE;
            }
            List<Path> dirs = new ArrayList<>();
            dirs.add(corpus);
            Corpus c = Corpus.load("all", dirs);
            long bytes = jsonl ? Generator.jsonLines(c, out, count) : Generator.files(c, out, count);
            err.printf(Locale.ROOT, "articlex: wrote %d articles (%.1f MB of text) to %s%n", count, bytes / 1e6, out);
            return Errors.OK;
        }
    }
}
