package io.articlex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The bench's table and the generator, on a tiny corpus; figures themselves are never asserted. */
class BenchCommandTest {

    @Test
    void printsTheMachineAndARowPerCorpusAndThreadCount(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("wire"));
        Files.writeString(dir.resolve("wire/a.txt"), "LONDON (Reuters) - Prices rose, \"a lot,\" said Ann Lee.\n");
        CliRunner.Result r = CliRunner.run("bench", "--corpus", dir.toString(), "--runs", "1", "--warmups", "0",
                "--startup-runs", "0", "--batch", "0");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("articlex bench on ").contains(" cores ").contains("Start-up: skipped");
        int cores = Runtime.getRuntime().availableProcessors();
        assertThat(r.out().lines().filter(l -> l.startsWith("wire "))).hasSize(cores > 1 ? 2 : 1);
    }

    @Test
    void generateWritesTheCountAsked(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("c"));
        Files.writeString(dir.resolve("c/a.txt"), "Text.\n");
        Path out = dir.resolve("gen.jsonl");
        CliRunner.Result r = CliRunner.run("bench", "generate", "--corpus", dir.resolve("c").toString(),
                "--count", "7", "--jsonl", out.toString());
        assertThat(r.code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(7);
        CliRunner.Result parsed = CliRunner.run("parse", "-j", "2", out.toString());
        assertThat(parsed.out().lines()).hasSize(7);
    }

    @Test
    void missingCorpusIsAUsageError(@TempDir Path dir) {
        CliRunner.Result r = CliRunner.run("bench", "--corpus", dir.resolve("none").toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).startsWith("articlex: no corpus directory");
    }
}
