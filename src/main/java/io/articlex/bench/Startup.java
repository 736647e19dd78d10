package io.articlex.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Start-up latency of one parse, as a shell loop sees it: the wall time of a whole process, measured
 * side by side with {@code java -Xshare:auto -version} (the JVM's own floor on this machine), runs
 * interleaved so that both see the same load, medians kept. The ratio is the figure to compare
 * across machines.
 */
public final class Startup {

    public record Result(double javaVersionMs, double parseMs, int runs) {
        public double ratio() {
            return parseMs / javaVersionMs;
        }
    }

    private Startup() {
    }

    /**
     * @param articlex the command that runs articlex (the launcher, or java -jar), without arguments
     * @param article  the article to parse
     */
    public static Result measure(List<String> articlex, Path article, int runs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> version = List.of(java, "-Xshare:auto", "-version");
        List<String> parse = new ArrayList<>(articlex);
        parse.add("parse");
        parse.add(article.toString());
        // One untimed run of each: fills the page cache and makes the launcher's archive if missing.
        ChildRun.run(version, Map.of(), false);
        ChildRun.run(parse, Map.of(), false);
        List<Double> v = new ArrayList<>();
        List<Double> p = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            v.add(ChildRun.run(version, Map.of(), false).seconds() * 1000);
            ChildRun r = ChildRun.run(parse, Map.of(), false);
            if (r.exitCode() != 0 || r.lines() != 1) {
                throw new IllegalStateException("the start-up probe did not parse (exit " + r.exitCode() + ")");
            }
            p.add(r.seconds() * 1000);
        }
        return new Result(Stats.median(v), Stats.median(p), runs);
    }
}
