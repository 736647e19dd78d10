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

    /** Forces ahead of the commit's, asked for every few bytes here: the same file, and the thread ends with the commit. */
    @Test
    void forcesAheadOfTheCommitLeaveTheSameFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.jsonl");
        StringBuilder expected = new StringBuilder();
        AtomicFileOutput.Flusher flusher;
        try (AtomicFileOutput out = new AtomicFileOutput(target, 100)) {
            for (int i = 0; i < 2_000; i++) {
                String line = "{\"n\":" + i + ",\"text\":\"" + "é".repeat(i % 7) + "\"}";
                out.write(line);
                expected.append(line).append('\n');
            }
            flusher = flusherOf(out);
            assertThat(flusher).isNotNull();
            out.commit();
            assertThat(flusher.isAlive()).isFalse();
        }
        assertThat(Files.readString(target)).isEqualTo(expected.toString());
        assertThat(list(dir)).containsExactly(target);
    }

    /** A run that fails after forces ahead still leaves nothing behind. */
    @Test
    void failedRunAfterForcesLeavesNoFile(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("out.jsonl");
        try (AtomicFileOutput out = new AtomicFileOutput(target, 10)) {
            for (int i = 0; i < 500; i++) {
                out.write("{\"n\":" + i + "}");
            }
        }
        assertThat(list(dir)).isEmpty();
    }

    private static AtomicFileOutput.Flusher flusherOf(AtomicFileOutput out) throws Exception {
        java.lang.reflect.Field f = AtomicFileOutput.class.getDeclaredField("flusher");
        f.setAccessible(true);
        return (AtomicFileOutput.Flusher) f.get(out);
    }

    private static java.util.List<Path> list(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }
}
