package io.articlex.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Peak memory of a large batch: a corpus is repeated into a temporary directory of N files, one
 * {@code articlex parse DIR} runs over it with a capped heap, and the child's peak RSS, its output line
 * count and its wall time are recorded. The directory is deleted afterwards.
 */
public final class PeakMemory {

    public record Result(int articles, long bytes, String heap, ChildRun run) {
        public boolean complete() {
            return run.exitCode() == 0 && run.lines() == articles;
        }
    }

    private PeakMemory() {
    }

    /**
     * @param articlex   the command that runs articlex, without arguments
     * @param viaLauncher whether that command is the launcher (which takes JVM options from
     *                    ARTICLEX_JAVA_OPTS) or a java command line (which takes them directly)
     */
    public static Result measure(List<String> articlex, boolean viaLauncher, Corpus corpus, int count, String heap)
            throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("articlex-bench-");
        try {
            long bytes = Generator.files(corpus, dir, count);
            List<String> cmd = new ArrayList<>();
            if (viaLauncher) {
                cmd.addAll(articlex);
            } else {
                cmd.add(articlex.get(0));
                cmd.add("-Xmx" + heap);
                cmd.addAll(articlex.subList(1, articlex.size()));
            }
            cmd.add("parse");
            cmd.add(dir.toString());
            Map<String, String> env = viaLauncher ? Map.of("ARTICLEX_JAVA_OPTS", "-Xmx" + heap) : Map.of();
            return new Result(count, bytes, heap, ChildRun.run(cmd, env, true));
        } finally {
            deleteTree(dir);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
