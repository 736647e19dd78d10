package io.articlex.batch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFileOutputTest {

    @Test
    void fileAppearsOnlyOnCommit(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.jsonl");
        try (AtomicFileOutput out = new AtomicFileOutput(target)) {
            out.write("{\"a\":1}");
            out.write("{\"a\":2}");
            assertThat(target).doesNotExist();
            out.commit();
        }
        assertThat(Files.readAllLines(target)).containsExactly("{\"a\":1}", "{\"a\":2}");
        assertThat(list(dir)).containsExactly(target);
    }

    @Test
    void failedRunLeavesNoPartialFileAndKeepsThePreviousOne(@TempDir Path dir) throws Exception {
        Path target = Files.writeString(dir.resolve("out.jsonl"), "previous\n");
        try (AtomicFileOutput out = new AtomicFileOutput(target)) {
            out.write("{\"half\":true}");
            throw new IllegalStateException("the run broke");
        } catch (IllegalStateException expected) {
            // the run failed before commit
        }
        assertThat(Files.readString(target)).isEqualTo("previous\n");
        assertThat(list(dir)).containsExactly(target);
    }

    private static java.util.List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
