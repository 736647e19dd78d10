package io.articlex.spark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reference: the real articlex CLI, run as its own process on the dev corpora, one line per file.
 * The CLI jar is the self-contained artifact (classifier {@code cli}) of the core version this module
 * was built against, copied by the build beside it, so the comparison is with the program users run,
 * Jackson version and all, not with a re-implementation.
 */
final class CliOutput {

    /** The article files of the dev corpora (text, then saved pages), absolute paths in a stable order. */
    static List<Path> corpusFiles(Path corpus) throws IOException {
        List<Path> files = new ArrayList<>();
        files.addAll(corpusFiles(corpus, ".txt", "reuters-dev", "synthetic-dev", "quotes-dev"));
        files.addAll(corpusFiles(corpus, ".html", "html-dev"));
        return files;
    }

    private static List<Path> corpusFiles(Path corpus, String extension, String... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String name : folders) {
            Path dir = corpus.resolve(name);
            assertThat(dir).as("dev corpus %s (the tests need ../shared/corpus beside the checkout)", dir)
                    .isDirectory();
            try (Stream<Path> s = Files.list(dir)) {
                List<Path> txt = s.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
                assertThat(txt).as("%s inputs in %s", extension, dir).isNotEmpty();
                files.addAll(txt);
            }
        }
        return files;
    }

    static Path corpus() {
        Path corpus = Path.of(System.getProperty("articlex.corpus", "../../shared/corpus")).toAbsolutePath().normalize();
        assertThat(corpus).as("corpus folder %s is missing: the Spark tests read the dev corpora from it", corpus)
                .isDirectory();
        return corpus;
    }

    /** Runs {@code articlex parse FILE...} once and returns its lines keyed by their {@code file} member. */
    static Map<String, String> linesByFile(List<Path> files, Path workDir) throws Exception {
        List<String> args = new ArrayList<>();
        files.forEach(f -> args.add(f.toString()));
        List<String> lines = run(args, workDir, 0);
        assertThat(lines).hasSameSizeAs(files);
        Map<String, String> byFile = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String prefix = "{\"file\":" + JsonText.quote(files.get(i).toString()) + ",";
            assertThat(lines.get(i)).as("CLI line %d names its input", i).startsWith(prefix);
            byFile.put(files.get(i).toString(), lines.get(i));
        }
        return byFile;
    }

    /** Runs {@code articlex parse ARGS...} as its own process and returns its stdout lines. */
    static List<String> run(List<String> parseArgs, Path workDir, int expectedExit) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", cliJar().toString(), "parse"));
        command.addAll(parseArgs);
        Path out = Files.createTempFile(workDir, "cli", ".jsonl");
        Path err = Files.createTempFile(workDir, "cli", ".err");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as("CLI finished").isTrue();
        assertThat(p.exitValue()).as("CLI exit code; stderr: %s", Files.readString(err)).isEqualTo(expectedExit);
        return Files.readAllLines(out, StandardCharsets.UTF_8);
    }

    private static Path cliJar() {
        Path jar = Path.of(System.getProperty("articlex.cli.jar", "target/cli/articlex-cli.jar"));
        assertThat(jar).as("the CLI jar, copied by the build (run `mvn install` at the top first)").isRegularFile();
        return jar;
    }

    private CliOutput() {
    }
}
