package io.articlex.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code -o} never replaces what it points at, write errors on standard output are failures, an
 * interrupted run leaves no debris, FIFOs are refused wherever a file is read, and stderr never
 * carries raw control characters. Most cases run the CLI as a real process: file modes, the umask,
 * signals and {@code /dev/full} exist only there.
 */
class OutputSafetyTest {

    private static final String STORY = "LONDON (Reuters) - Officials met on Monday to discuss prices.\n\n"
            + "\u201cWe will act on prices this week,\u201d the minister said.\n";

    record Run(int code, String out, String err) {
    }

    private static List<String> javaCommand(String... args) {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "io.articlex.cli.Main"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static Run run(ProcessBuilder pb) throws Exception {
        Path out = Files.createTempFile("articlex-out", ".txt");
        Path err = Files.createTempFile("articlex-err", ".txt");
        try {
            if (pb.redirectOutput() == ProcessBuilder.Redirect.PIPE) {
                pb.redirectOutput(out.toFile());
            }
            pb.redirectError(err.toFile());
            Process p = pb.start();
            assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("process ends").isTrue();
            return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static Run articlex(String... args) throws Exception {
        return run(new ProcessBuilder(javaCommand(args)));
    }

    private static boolean mkfifo(Path p) throws Exception {
        try {
            return new ProcessBuilder("mkfifo", p.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void fullDiskOnStandardOutputIsExitThreeWithOneLine() throws Exception {
        assumeThat(Path.of("/dev/full")).exists();
        Path story = Files.writeString(Files.createTempFile("story", ".txt"), STORY);
        try {
            for (String[] args : new String[][]{
                    {"parse", story.toString()},
                    {"parse", story.toString(), story.toString()},
                    {"parse", "--format", "text", story.toString()},
                    {"parse", "--explain", story.toString()},
                    {"schema"}}) {
                ProcessBuilder pb = new ProcessBuilder(javaCommand(args)).redirectOutput(new File("/dev/full"));
                Run r = run(pb);
                assertThat(r.code()).as(String.join(" ", args)).isEqualTo(3);
                assertThat(r.err().lines().toList()).as(String.join(" ", args))
                        .containsExactly("articlex: cannot write standard output: No space left on device");
            }
        } finally {
            Files.delete(story);
        }
    }

    @Test
    void outputThroughASymbolicLinkWritesItsTargetAndKeepsItsMode(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path real = Files.writeString(dir.resolve("real.jsonl"), "previous\n");
        Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-------"));
        Path link = Files.createSymbolicLink(dir.resolve("link.jsonl"), real.getFileName());

        Run r = articlex("parse", "-o", link.toString(), story.toString());

        assertThat(r.code()).isZero();
        assertThat(Files.isSymbolicLink(link)).as("the link stays a link").isTrue();
        assertThat(Files.readString(real)).startsWith("{\"file\":");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(real))).isEqualTo("rw-------");
        assertThat(names(dir)).containsExactly("link.jsonl", "real.jsonl", "story.txt");
    }

    @Test
    void aNewOutputFileGetsTheModeTheUmaskGives(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path out = dir.resolve("new.jsonl");
        StringBuilder cmd = new StringBuilder("umask 077 && exec");
        for (String a : javaCommand("parse", "-o", out.toString(), story.toString())) {
            cmd.append(" '").append(a.replace("'", "'\\''")).append('\'');
        }
        Run r = run(new ProcessBuilder("sh", "-c", cmd.toString()));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(out))).isEqualTo("rw-------");
    }

    @Test
    void outputThatIsAFifoADirectoryOrAMissingDirectoryIsRefusedUntouched(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path fifo = dir.resolve("pipe");
        assumeThat(mkfifo(fifo)).isTrue();

        CliRunner.Result toFifo = CliRunner.run("parse", "-o", fifo.toString(), story.toString());
        assertThat(toFifo.code()).isEqualTo(2);
        assertThat(toFifo.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(fifo)).as("the FIFO stays a FIFO").isFalse();
        assertThat(Files.exists(fifo)).isTrue();

        CliRunner.Result toDir = CliRunner.run("parse", "-o", dir.toString(), story.toString());
        assertThat(toDir.code()).isEqualTo(2);
        assertThat(toDir.err()).isEqualTo("articlex: cannot write " + dir + ": is a directory (give a file name)\n");

        CliRunner.Result toNowhere = CliRunner.run("parse", "-o", dir.resolve("no/such/o.jsonl").toString(), story.toString());
        assertThat(toNowhere.code()).isEqualTo(2);
        assertThat(toNowhere.err()).contains("no such directory");
        assertThat(names(dir)).containsExactly("pipe", "story.txt");
    }

    /** As root, {@code -o} on a device node must leave it a device (tried on a private copy of /dev/null). */
    @Test
    void outputThatIsADeviceIsRefusedUntouched(@TempDir Path dir) throws Exception {
        assumeThat(System.getProperty("user.name")).isEqualTo("root");
        Path dev = dir.resolve("null");
        assumeThat(new ProcessBuilder("mknod", dev.toString(), "c", "1", "3").start().waitFor()).isZero();
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);

        CliRunner.Result r = CliRunner.run("parse", "-o", dev.toString(), story.toString());

        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("not a regular file");
        assertThat(Files.isRegularFile(dev)).isFalse();
        assertThat(names(dir)).containsExactly("null", "story.txt");
    }

    @Test
    void outputInsideTheWalkedDirectoryIsNotReadBack(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), STORY);
        Files.writeString(dir.resolve("b.txt"), STORY);
        Path out = dir.resolve("out.txt");
        assertThat(CliRunner.run("parse", "-o", out.toString(), dir.toString()).code()).isZero();

        CliRunner.Result again = CliRunner.run("parse", "-o", out.toString(), dir.toString());

        assertThat(again.code()).isZero();
        assertThat(Files.readAllLines(out)).hasSize(2).allSatisfy(l -> assertThat(l).doesNotContain("out.txt"));
    }

    @Test
    void fifosAreRefusedAsJsonLinesRulesAndNameLists(@TempDir Path dir) throws Exception {
        Path fifo = dir.resolve("feed.jsonl");
        assumeThat(mkfifo(fifo)).isTrue();
        Path plain = dir.resolve("plain");
        assumeThat(mkfifo(plain)).isTrue();

        CliRunner.Result named = CliRunner.run("parse", fifo.toString());
        assertThat(named.code()).isEqualTo(1);
        assertThat(named.out()).contains("not a regular file");

        CliRunner.Result forced = CliRunner.run("parse", "--input-format", "jsonl", plain.toString());
        assertThat(forced.code()).isEqualTo(1);
        assertThat(forced.out()).contains("not a regular file");

        CliRunner.Result list = CliRunner.run("parse", "--files-from", plain.toString());
        assertThat(list.code()).isEqualTo(2);
        assertThat(list.err()).contains("--files-from").contains("not a regular file");

        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        CliRunner.Result rules = CliRunner.run("parse", "--rules", plain.toString(), story.toString());
        assertThat(rules.code()).isEqualTo(2);
        assertThat(rules.err()).contains("--rules").contains("not a regular file");
    }

    @Test
    void controlCharactersInNamesAreEscapedOnStandardError() throws Exception {
        Run r = articlex("parse", "no\u001b[31mred\nsuch");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo("articlex: no\\x1b[31mred\\x0asuch: no such file\n");
    }

    @Test
    void interruptedRunLeavesTheTargetAsItWasAndNoTemporaryFile(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectory(dir.resolve("in"));
        for (int i = 0; i < 4000; i++) {
            Files.writeString(in.resolve(String.format("a%04d.txt", i)), "PARIS (AFP) - Story " + i + ". " + STORY);
        }
        Path out = Files.writeString(dir.resolve("out.jsonl"), "previous\n");
        // SIGTERM only: a process started in the background by a non-interactive shell (CI) inherits
        // SIGINT as ignored, and the JVM then never sees it; the hook that runs is the same.
        for (String signal : new String[]{"TERM"}) {
            Process p = new ProcessBuilder(javaCommand("parse", "-j", "1", "-o", out.toString(), in.toString()))
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (names(dir).size() < 3 && System.nanoTime() < deadline && p.isAlive()) {
                Thread.sleep(5);
            }
            assertThat(names(dir)).as("a temporary file while the run writes").hasSize(3);
            new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(signal.equals("TERM") ? 143 : 130);
            assertThat(names(dir)).containsExactly("in", "out.jsonl");
            assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo("previous\n");
        }
    }
}
